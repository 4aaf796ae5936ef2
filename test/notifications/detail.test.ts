import { expect } from '@open-wc/testing';
import { getDb } from '../../mocks/db/index.js';
import {
  buttonsNamed,
  deepActiveElement,
  deepText,
  expectAccessible,
  mountNotifications,
  recordRequests,
  sendKeys,
  tabTo,
  byName,
  until,
  type RequestLog,
} from './harness.js';

const OWNER = 'person-1';
const rows = (root: ShadowRoot) => [...root.querySelectorAll<HTMLLIElement>('li[data-id]')];

/** An unread, not archived notification of the citizen's that is not a security alert. */
function unreadOne() {
  const item = getDb().notifications.find(
    (n) => n.ownerId === OWNER && !n.read && !n.archived && n.category !== 'security' && n.link,
  );
  if (!item) throw new Error('the seed has no unread notification with a link');
  return item;
}

describe('<gu-notifications> detail', () => {
  it('shows the whole notification, marks it read when opened and unread again on request', async () => {
    let log: RequestLog | undefined;
    let target = { id: '', title: '' };
    const h = await mountNotifications({
      view: 'notification',
      beforeMount: (worker) => {
        const item = unreadOne();
        target = { id: item.id, title: item.title };
        log = recordRequests(worker);
      },
    });
    h.widget.notificationId = target.id;
    const root = await h.waitForView(
      'notification',
      (r) => r.querySelector('#title')?.textContent?.trim() === target.title,
    );
    await until(() => log!.count('POST', `notifications/${target.id}/read`) === 1, 10_000, 'the read request');
    await until(() => !deepText(root).includes('Новое'), 15_000, 'the unread mark gone');
    expect(deepText(root)).to.include('Отправитель');
    expect(root.querySelector('a[data-action="link"]')).to.not.equal(null);
    await expectAccessible(h.wrapper);
    buttonsNamed(root, 'Отметить непрочитанным')[0]!.click();
    await until(() => log!.count('POST', `notifications/${target.id}/unread`) === 1, 10_000, 'the unread request');
    await until(() => deepText(root).includes('Уведомление снова непрочитанное.'), 15_000, 'said so');
    expect(getDb().notifications.find((n) => n.id === target.id)!.read).to.equal(false);
  });

  it('deletes after saying the deletion is logged, then names the log entry', async () => {
    const h = await mountNotifications();
    const feed = await h.waitForView('feed', (r) => rows(r).length > 1);
    const row = rows(feed)[1]!;
    const id = row.dataset['id']!;
    row.querySelector<HTMLButtonElement>('.open')!.click();
    const root = await h.waitForView('notification', (r) => r.querySelector('#title'));
    buttonsNamed(root, 'Удалить')[0]!.click();
    await until(() => deepActiveElement()?.hasAttribute('data-confirm-remove'), 15_000, 'the confirmation focused');
    expect(deepText(root)).to.include('Удаление будет записано в историю операций');
    expect(getDb().notifications.some((n) => n.id === id)).to.equal(true);
    (deepActiveElement() as HTMLButtonElement).click();
    await until(() => deepActiveElement()?.id === 'done', 10_000, 'the result focused');
    expect(deepText(root)).to.match(/В историю операций добавлена запись «[^»]+/);
    expect(getDb().notifications.some((n) => n.id === id)).to.equal(false);
    buttonsNamed(root, 'Назад к уведомлениям')[0]!.click();
    const back = await h.waitForView('feed', (r) => rows(r).length > 0);
    expect(rows(back).map((r) => r.dataset['id'])).to.not.include(id);
  });

  it('archives from the detail: back in the feed «Отменить» takes focus', async () => {
    const h = await mountNotifications();
    const feed = await h.waitForView('feed', (r) => rows(r).length > 1);
    const row = rows(feed)[1]!;
    const id = row.dataset['id']!;
    row.querySelector<HTMLButtonElement>('.open')!.focus();
    await sendKeys({ press: 'Enter' });
    await h.waitForView('notification', (r) => r.querySelector('#title'));
    await tabTo(byName('В архив'), '«В архив»');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.hasAttribute('data-undo'), 10_000, '«Отменить» focused in the feed');
    expect(getDb().notifications.find((n) => n.id === id)!.archived).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => !getDb().notifications.find((n) => n.id === id)!.archived, 10_000, 'unarchived');
  });
});
