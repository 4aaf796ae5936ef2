/**
 * <gu-notifications-latest> (issue 15, «In the portals»: the home page shows the latest few): `count` of the store's
 * newest with category, title, date and «Новое» as text; no request of its own (one summary shared with a bell on the
 * page); a live notification appears; its links ask the page first; signed out nothing personal; errors retried.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../components/notifications/gu-notification-bell.js';
import '../../components/notifications/gu-notifications-latest.js';
import type { GuNotificationLinkEvent } from '../../components/notifications/events.js';
import type { GuNotificationsLatest } from '../../components/notifications/latest.js';
import type { Notification } from '../../components/notifications/types.js';
import { onLiveStreamOpened } from '../../mocks/db/live-events.js';
import { pushNotification } from '../../mocks/notifications/index.js';
import {
  accessibleName,
  deepText,
  expectAccessible,
  mountNotifications,
  recordRequests,
  until,
  type MountOptions,
  type RequestLog,
} from './harness.js';

/** The mock's default citizen (the test session's token selects it). */
const OWNER = 'person-1';

const item = (n: number, overrides: Partial<Notification> = {}): Notification => ({
  id: `n-${n}`,
  category: n === 5 ? 'security' : 'applications',
  title: `Уведомление ${n}`,
  body: 'Текст.',
  sender: 'МВД России',
  createdAt: `2026-12-0${n}T10:00:00Z`,
  read: n < 4,
  archived: false,
  ...overrides,
});

/** The summary answered with five (two unread), counting the requests. */
function summary(counter: { summaries: number }, latest = [5, 4, 3, 2, 1].map((n) => item(n))) {
  return ((worker) =>
    worker.use(
      http.get('*/api/notifications/summary', () => {
        counter.summaries += 1;
        return HttpResponse.json({ unreadCount: 2, latest });
      }),
    )) satisfies MountOptions['beforeMount'];
}

/** Mounts <gu-notifications-latest> (and a bell with `bell`) on a signed-in page. */
async function mountLatest(options: MountOptions & { bell?: boolean; attributes?: Record<string, string> } = {}) {
  let latest!: GuNotificationsLatest;
  const h = await mountNotifications({
    widget: false,
    ...options,
    around: (wrapper) => {
      if (options.bell) wrapper.append(document.createElement('gu-notification-bell'));
      latest = document.createElement('gu-notifications-latest');
      for (const [name, value] of Object.entries(options.attributes ?? {})) latest.setAttribute(name, value);
      wrapper.append(latest);
    },
  });
  const root = latest.shadowRoot!;
  const items = () => [...root.querySelectorAll<HTMLLIElement>('li')];
  return { ...h, latest, root, items };
}

describe('<gu-notifications-latest>', () => {
  it('shows `count` of the newest: category in words, title as a link, date, «Новое»; heading level; axe', async () => {
    const counter = { summaries: 0 };
    const h = await mountLatest({
      beforeMount: summary(counter),
      attributes: { count: '2', 'heading-level': '3', 'feed-href': '/lk/notifications' },
    });
    await until(() => h.items().length === 2, 'two items');
    const heading = h.root.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(heading.textContent?.trim()).to.equal('Последние уведомления');
    const [first, second] = h.items();
    expect(first!.querySelector('.cat')!.textContent?.trim()).to.equal('Безопасность');
    expect(accessibleName(first!.querySelector('a')!)).to.equal('Уведомление 5');
    expect(
      new URL(first!.querySelector('a')!.href).pathname + new URL(first!.querySelector('a')!.href).search,
    ).to.equal('/lk/notifications?notification=n-5');
    expect(first!.querySelector('time')!.textContent).to.match(/2026/);
    expect(first!.textContent).to.include('Новое');
    expect(second!.querySelector('.cat')!.textContent?.trim()).to.equal('Заявления');
    expect(accessibleName(h.root.querySelector('.all a')!)).to.equal('Все уведомления');
    await expectAccessible(h.latest);

    h.latest.count = 9; // at most five
    await until(() => h.items().length === 5, 'five at most');
    expect(h.items()[3]!.textContent).to.not.include('Новое');
    h.latest.removeAttribute('count');
    h.latest.count = Number.NaN; // nothing usable: the default three
    await until(() => h.items().length === 3, 'the default three');
    expect(counter.summaries).to.equal(1);
  });

  it('shares the store with a bell on the page: one summary request, nothing else asked', async () => {
    const counter = { summaries: 0 };
    let log!: RequestLog;
    const h = await mountLatest({
      bell: true,
      beforeMount: (worker) => {
        log = recordRequests(worker);
        summary(counter)(worker);
      },
    });
    const bell = h.wrapper.querySelector('gu-notification-bell')!;
    await until(() => h.items().length === 3, 'the latest three');
    await until(
      () => accessibleName(bell.shadowRoot!.querySelector('button')!) === 'Уведомления, 2 непрочитанных',
      'the bell',
    );
    log.stop();
    expect(counter.summaries).to.equal(1);
    // The live updates' stream (or its polling) aside, the page asked for nothing but the one summary.
    expect(log.calls.map((call) => call.path).filter((path) => !path.endsWith('/events'))).to.deep.equal([
      '/api/notifications/summary',
    ]);
  });

  it('shows a live notification as it arrives', async () => {
    let opened = false;
    const stop = onLiveStreamOpened(() => (opened = true));
    // Older ones than the new one, none of them an unread security alert (those come first).
    const older = [5, 4, 3].map((n) => item(n, { category: 'news', createdAt: `2026-01-0${n}T10:00:00Z` }));
    const h = await mountLatest({ beforeMount: summary({ summaries: 0 }, older) });
    await until(() => h.items().length === 3, 10_000, 'the list');
    await until(() => opened, 10_000, 'the live stream');
    stop();
    pushNotification(OWNER, { category: 'documents', title: 'Готова выписка' });
    await until(() => h.items()[0]?.querySelector('.title')?.textContent === 'Готова выписка', 15_000, 'the new one');
    expect(h.items()[0]!.querySelector('.cat')!.textContent?.trim()).to.equal('Документы');
    expect(h.items()[0]!.textContent).to.include('Новое');
    expect(h.items()).to.have.length(3);
  });

  it('asks the page before following a link (cancelable), for a notification and «Все уведомления»', async () => {
    const h = await mountLatest({ beforeMount: summary({ summaries: 0 }) });
    await until(() => h.items().length === 3, 'the list');
    const heard: GuNotificationLinkEvent[] = [];
    h.wrapper.addEventListener('gu-notification-link', (event) => {
      heard.push(event);
      event.preventDefault();
    });
    const click = () => new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 });
    const onItem = click();
    h.items()[1]!.querySelector('a')!.dispatchEvent(onItem);
    expect(heard[0]!.cancelable).to.equal(true);
    expect(heard[0]!.detail).to.deep.include({ kind: 'page', id: 'n-4', notificationId: 'n-4' });
    expect(onItem.defaultPrevented, 'the browser does not follow it').to.equal(true);
    const onAll = click();
    h.root.querySelector('.all a')!.dispatchEvent(onAll);
    expect(heard[1]!.detail).to.deep.equal({ kind: 'page', href: new URL('/notifications', location.href).href });
    expect(onAll.defaultPrevented).to.equal(true);
  });

  it('signed out shows nothing personal, only an invitation to sign in', async () => {
    const h = await mountLatest({ beforeMount: summary({ summaries: 0 }) });
    await until(() => h.items().length === 3, 'the list');
    h.session.update({ status: 'signed-out', reason: 'user' });
    await until(() => h.items().length === 0, 'the list goes');
    const text = deepText(h.latest);
    expect(text).to.not.include('Уведомление');
    expect(text).to.include('Войдите, чтобы увидеть свои уведомления.');
    expect(h.root.querySelector('.all')).to.equal(null);
    expect(accessibleName(h.root.querySelector('button')!)).to.equal('Войти');
    await expectAccessible(h.latest);
  });

  it('a failed summary says so and retries; then empty; English', async () => {
    let answer: 'fail' | 'empty' = 'fail';
    const h = await mountLatest({
      locale: 'en',
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/notifications/summary', () =>
            answer === 'fail'
              ? new HttpResponse(null, { status: 503 })
              : HttpResponse.json({ unreadCount: 0, latest: [] }),
          ),
        ),
    });
    await until(() => h.root.querySelector('[role="alert"]'), 10_000, 'the failure');
    expect(deepText(h.latest)).to.include('Could not load the notifications');
    await expectAccessible(h.latest);
    answer = 'empty';
    h.root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await until(() => deepText(h.latest).includes('No notifications yet.'), 10_000, 'empty after the retry');
    expect(h.root.querySelector('[role="heading"]')!.textContent?.trim()).to.equal('Latest notifications');
    expect(h.root.querySelector('[role="alert"]')).to.equal(null);
  });
});
