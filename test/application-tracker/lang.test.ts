/**
 * In English, the server's Russian data — service and agency names, timeline comments, document titles, operator
 * messages, agencies in the filters — is marked lang="ru", so a screen reader reads it with Russian rules (WCAG 3.1.2;
 * issue 12, defect 10). The UI's own text stays English.
 */
import { expect } from '@open-wc/testing';
import { useMockBackend } from '../helpers/mock-backend.js';
import { getDb } from '../../mocks/db/index.js';
import { messagesOf } from '../../mocks/db/application-extras.js';
import { mountTracker, until } from './harness.js';

/** The language an element's text is read in: its nearest lang, across shadow roots up to the page. */
function langOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]');
    if (lang) return lang.getAttribute('lang')!;
    node = (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return document.documentElement.lang;
}

describe('gu-application-tracker: Russian server data in an English page', () => {
  beforeEach(async () => {
    await useMockBackend('default');
  });

  it('marks service, agency, comments, documents, operator messages and agency options lang="ru"', async () => {
    const application = getDb().applications.find(
      (a) => a.ownerId === 'person-1' && a.documents.length > 0 && a.timeline.some((entry) => entry.comment),
    )!;
    messagesOf(application.id).push({
      id: 'message-lang',
      author: 'operator',
      text: 'Добрый день! Документы получены.',
      at: new Date().toISOString(),
    });
    const h = await mountTracker({ locale: 'en', pageSize: 100 });
    await h.waitForList();
    expect(langOf(h.root.querySelector('#heading')!), 'the UI heading').to.equal('en');
    const row = h.rowButtons().find((button) => button.dataset['id'] === application.id)!;
    expect(row.textContent!.trim()).to.equal(application.serviceTitle);
    expect(langOf(row), 'service name in the row').to.equal('ru');
    const agency = [...row.closest('li')!.querySelectorAll('dd')].find(
      (dd) => dd.textContent === application.agencyTitle,
    )!;
    expect(langOf(agency), 'agency name in the row').to.equal('ru');
    const status = row.closest('li')!.querySelector('.badge')!;
    expect(langOf(status), 'the status label is the UI’s').to.equal('en');

    // The filters panel's agencies.
    h.root.querySelector('details.filters')!.setAttribute('open', '');
    await until(
      () =>
        h.root.querySelector('gu-application-filters')?.shadowRoot?.querySelectorAll('option[value]:not([value=""])')
          .length,
      8000,
      'agency options',
    );
    const options = [
      ...h.root.querySelector('gu-application-filters')!.shadowRoot!.querySelectorAll('option[value]:not([value=""])'),
    ].filter(
      (option) => option.closest('select')?.querySelectorAll('option').length && /[а-я]/i.test(option.textContent!),
    );
    expect(options.length).to.be.greaterThan(0);
    for (const option of options) expect(langOf(option), `agency option ${option.textContent}`).to.equal('ru');

    // The detail.
    const detail = await h.openDetail(application.id);
    expect(langOf(detail.querySelector('#detail-heading')!), 'the detail heading').to.equal('en');
    const facts = [...detail.querySelectorAll('dl.facts dd')];
    expect(langOf(facts.find((dd) => dd.textContent === application.serviceTitle)!), 'service in the detail').to.equal(
      'ru',
    );
    expect(langOf(facts.find((dd) => dd.textContent === application.agencyTitle)!), 'agency in the detail').to.equal(
      'ru',
    );
    const comments = [...detail.querySelectorAll('.timeline .comment')];
    expect(comments.length).to.be.greaterThan(0);
    for (const comment of comments) expect(langOf(comment), `comment ${comment.textContent}`).to.equal('ru');
    const title = application.documents[0]!.title;
    const documentTitle = [...detail.querySelectorAll('.docs li span')].find((span) => span.textContent === title)!;
    expect(documentTitle, `document ${title}`).to.exist;
    expect(langOf(documentTitle), 'document title').to.equal('ru');

    const contact = [...detail.querySelectorAll('gu-button, button')].find((b) =>
      /contact/i.test(b.getAttribute('data-action') ?? b.textContent ?? ''),
    ) as HTMLElement | undefined;
    contact?.click();
    await until(() => detail.querySelector('.thread .operator p'), 8000, 'the operator thread');
    const message = [...detail.querySelectorAll('.thread .operator p')].find((p) =>
      p.textContent!.includes('Документы получены'),
    )!;
    expect(langOf(message), 'operator message').to.equal('ru');
  });
});
