/**
 * What the citizen perceives of the list around a detail and a refused search (issue 12, defects 3 and 12).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { useMockBackend } from '../helpers/mock-backend.js';
import { deepText, expectNotVisible, expectVisible } from '../helpers/perceive.js';
import { firstWith, mountTracker, until } from './harness.js';

describe('gu-application-tracker: list and detail', () => {
  beforeEach(async () => {
    await useMockBackend('default');
  });

  it('an opened detail replaces the list on screen; back shows the list again', async () => {
    const h = await mountTracker();
    await h.waitForList();
    const heading = h.root.querySelector('#heading');
    const firstRow = h.rowButtons()[0]!;
    expectVisible(heading, 'the list heading before opening');
    const detail = await h.openDetail(firstWith('processing').id);
    expectVisible(detail.querySelector('#detail-heading'), 'the detail heading');
    expectNotVisible(heading, 'the list heading while a detail is open');
    expectNotVisible(firstRow, 'a row of the list while a detail is open');
    expectNotVisible(h.root.querySelector('#q'), 'the search field while a detail is open');
    [...detail.querySelectorAll<HTMLButtonElement>('button.btn--link')]
      .find((b) => b.textContent!.includes('К списку'))!
      .click();
    await until(() => !h.detail(), 4000, 'back to the list');
    expectVisible(h.root.querySelector('#heading'), 'the list heading after going back');
  });
});

describe('gu-application-tracker: a refused search', () => {
  let worker: Awaited<ReturnType<typeof useMockBackend>>;
  beforeEach(async () => {
    worker = await useMockBackend('default');
  });

  it('after a 4xx it says what happened with «Повторить», and the same query submitted again is sent again', async () => {
    const searched: string[] = [];
    let refuse = true;
    worker.use(
      http.get('*/api/applications', ({ request }) => {
        const q = new URL(request.url).searchParams.get('q');
        if (q === null) return undefined;
        searched.push(q);
        if (!refuse) return undefined;
        return HttpResponse.json(
          {
            code: 'validation-failed',
            message: 'Проверьте данные запроса.',
            fields: [{ field: 'q', code: 'invalid', message: 'Недопустимое значение.' }],
          },
          { status: 400 },
        );
      }),
    );
    const h = await mountTracker();
    await h.waitForList();
    const input = h.root.querySelector<HTMLInputElement>('#q')!;
    input.focus();
    await sendKeys({ type: 'паспорт' });
    await sendKeys({ press: 'Enter' });
    await until(() => h.root.querySelector('gu-error-state')?.shadowRoot?.querySelector('.text'), 8000, 'the error');
    const error = h.root.querySelector('gu-error-state')!;
    expect(searched).to.deep.equal(['паспорт']);
    expectVisible(error.shadowRoot!.querySelector('.text'), 'what happened');
    expect(error.shadowRoot!.querySelector('.text')!.textContent).to.contain('Проверьте');
    await until(() => error.shadowRoot!.querySelector('button.retry'), 4000, 'the retry button');
    expectVisible(error.shadowRoot!.querySelector('button.retry'), '«Повторить»');

    // The same query, submitted again from the search field, is sent again.
    input.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => searched.length === 2, 4000, 'the same query sent again');
    await until(() => h.root.querySelector('gu-error-state'), 4000, 'the error again');

    // «Повторить» sends it too; once the server answers, the list is back.
    refuse = false;
    error.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
    await until(() => searched.length === 3, 4000, 'the retry sent');
    await h.waitForList();
    expect(h.root.querySelector('gu-error-state')).to.equal(null);
  });
});

describe('gu-application-tracker: the empty list says whether a search or filter emptied it', () => {
  it('no application at all, then none matching a search typed by the citizen', async () => {
    await useMockBackend('empty');
    const h = await mountTracker();
    await h.waitForList();
    await until(() => h.root.querySelector('gu-empty-state'), 8000, 'the empty state');
    expect(deepText(h.root.querySelector('gu-empty-state')!)).to.include('У вас пока нет заявлений');

    await useMockBackend('default');
    const search = h.root.querySelector<HTMLInputElement>('#q')!;
    search.focus();
    await sendKeys({ type: 'нет такого заявления' });
    await sendKeys({ press: 'Enter' });
    await until(
      () => deepText(h.root.querySelector('gu-empty-state') ?? h.root).includes('Ничего не найдено'),
      8000,
      'the no-match state',
    );
    expect(deepText(h.root.querySelector('gu-empty-state')!)).not.to.include('У вас пока нет заявлений');
  });
});
