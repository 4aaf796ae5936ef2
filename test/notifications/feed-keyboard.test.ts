import { expect } from '@open-wc/testing';
import '../../components/notifications/gu-notification-bell.js';
import {
  byName,
  deepActiveElement,
  deepText,
  expectAccessible,
  mountNotifications,
  recordRequests,
  sendKeys,
  tabTo,
  until,
  type RequestLog,
} from './harness.js';

const rows = (root: ShadowRoot) => [...root.querySelectorAll<HTMLLIElement>('li[data-id]')];
const focusedRowId = () => (deepActiveElement() as HTMLElement | null)?.closest?.('li')?.dataset['id'];

describe('<gu-notifications> feed by keyboard only', () => {
  it('filter → open → back with focus restored → mark all read, and the bell updating', async () => {
    let log: RequestLog | undefined;
    const h = await mountNotifications({
      beforeMount: (worker) => void (log = recordRequests(worker)),
      around: (wrapper) => wrapper.append(document.createElement('gu-notification-bell')),
    });
    const bell = h.wrapper.querySelector('gu-notification-bell')!;
    const bellName = () => bell.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? '';
    const root = await h.waitForView('feed', (r) => rows(r).length > 0);
    await until(() => /Уведомления, \d+ непрочитанн/.test(bellName()), 10_000, 'the bell with its count');

    // Filter: a category (arrow keys on the select apply it).
    await tabTo(byName('Категория'), 'the category filter');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await until(
      () => log!.calls.some((c) => c.path.endsWith('/notifications') && c.search.get('category') === 'applications'),
      10_000,
      'the filtered request',
    );
    await h.waitForView('feed', (r) => rows(r).length > 1);
    expect(rows(root).map((row) => row.querySelector('.cat')?.textContent?.trim())).to.satisfy((names: string[]) =>
      names.every((name) => name === 'Заявления'),
    );

    // Open the second one; back with «Назад к уведомлениям»: focus on it again.
    const id = rows(root)[1]!.dataset['id']!;
    await tabTo((el) => el.getAttribute('data-action') === 'open' && focusedRowId() === id, 'the second notification');
    await sendKeys({ press: 'Enter' });
    await h.waitForView('notification', (r) => r.querySelector('#title'));
    await until(() => deepActiveElement()?.id === 'title', 15_000, 'the title focused');
    await tabTo(byName('Назад к уведомлениям'), '«Назад»');
    await sendKeys({ press: 'Enter' });
    await until(() => focusedRowId() === id, 10_000, 'focus back on the notification');
    expect((h.part().querySelector('#category') as HTMLSelectElement).value).to.equal('applications');

    // Mark all read: the confirmation says the count; «before» is sent; the bell follows.
    const unread = Number(/(\d+) непрочитанн/.exec(bellName())![1]);
    await tabTo(byName('Отметить все прочитанными'), 'mark all read', { back: true });
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.hasAttribute('data-confirm-all'), 15_000, 'the confirmation focused');
    expect(deepText(h.part())).to.match(new RegExp(`Отметить прочитанными ${unread} уведомлени`));
    await sendKeys({ press: 'Enter' });
    await until(() => bellName() === 'Уведомления, нет непрочитанных', 10_000, 'the bell with none unread');
    const readAll = log!.calls.find((c) => c.method === 'POST' && c.path.endsWith('/notifications/read-all'))!;
    await until(() => readAll.body !== undefined, 15_000, 'the body read');
    expect(Date.parse((readAll.body as { before: string }).before)).to.be.a('number').and.not.NaN;
    await until(() => deepActiveElement()?.hasAttribute('data-mark-all'), 10_000, 'focus back on «Отметить все»');
    expect(deepText(h.part())).to.include('Все уведомления прочитаны');
    await expectAccessible(h.wrapper);
  });
});
