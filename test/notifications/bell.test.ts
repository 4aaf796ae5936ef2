/**
 * <gu-notification-bell> (issue 15, «The bell»): the unread count in the button's name and on a badge, the popover with
 * the five newest and «Все уведомления» by keyboard (Esc closes it and gives focus back to the button), links the
 * page can route, one summary request for every bell and feed of the page, the other tabs followed.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../components/notifications/gu-notification-bell.js';
import type * as RequestModule from '../../components/core/api/request.js';
import type { GuNotificationBell } from '../../components/notifications/bell.js';
import type * as StoreModule from '../../components/notifications/store.js';
import type { Notification } from '../../components/notifications/types.js';
import { expectNotVisible, expectVisible, isPerceivable } from '../helpers/perceive.js';
import {
  accessibleName,
  deepActiveElement,
  deepText,
  expectAccessible,
  mountNotifications,
  sendKeys,
  tabTo,
  until,
  type MountOptions,
} from './harness.js';

const item = (n: number, overrides: Partial<Notification> = {}): Notification => ({
  id: `n-${n}`,
  category: 'applications',
  title: `Заявление ${n}: статус изменён`,
  body: 'Текст.',
  sender: 'МВД России',
  createdAt: `2026-12-0${n}T10:00:00Z`,
  read: n > 2,
  archived: false,
  ...overrides,
});

/** The mock's summary answered with `unreadCount` and `latest` (the default: five, two unread). */
const summary =
  (unreadCount: number, latest: Notification[] = [5, 4, 3, 2, 1].map((n) => item(n))): MountOptions['beforeMount'] =>
  (worker) => {
    worker.use(http.get('*/api/notifications/summary', () => HttpResponse.json({ unreadCount, latest })));
  };

/** Mounts bells (and the feed with `widget`) on a signed-in page. */
async function mountBells(options: MountOptions & { bells?: number } = {}) {
  const bells: GuNotificationBell[] = [];
  const h = await mountNotifications({
    widget: false,
    ...options,
    around: (wrapper) => {
      for (let i = 0; i < (options.bells ?? 1); i += 1) {
        const bell = document.createElement('gu-notification-bell');
        bells.push(bell);
        wrapper.append(bell);
      }
    },
  });
  const button = (bell = bells[0]!) => bell.shadowRoot?.querySelector<HTMLButtonElement>('button') ?? null;
  const popover = (bell = bells[0]!) => bell.shadowRoot!.querySelector<HTMLElement>('#popover')!;
  const content = (bell = bells[0]!) =>
    bell.shadowRoot!.querySelector('gu-notification-bell-popover')?.shadowRoot ?? null;
  return { ...h, bells, button, popover, content };
}

describe('<gu-notification-bell>', () => {
  it('says the unread count in its name and on a badge; none; 150', async () => {
    const h = await mountBells({ beforeMount: summary(3) });
    await until(() => h.button()?.getAttribute('aria-label') === 'Уведомления, 3 непрочитанных', 'the count');
    const badge = h.bells[0]!.shadowRoot!.querySelector<HTMLElement>('.badge')!;
    expectVisible(badge, 'the badge');
    expect(badge.textContent?.trim()).to.equal('3');
    await expectAccessible(h.bells[0]!);

    // Each page below is another page: the one before leaves (its store goes with its last listener).
    h.wrapper.remove();
    const again = await mountBells({ beforeMount: summary(0, []) });
    await until(() => accessibleName(again.button()!) === 'Уведомления, нет непрочитанных', 'none unread');
    expectNotVisible(again.bells[0]!.shadowRoot!.querySelector('.badge'), 'the badge');
    again.wrapper.remove();

    const many = await mountBells({ beforeMount: summary(150) });
    await until(() => accessibleName(many.button()!) === 'Уведомления, 150 непрочитанных', '150 unread');
    // The badge says what the name says (axe: label-content-name-mismatch), not «99+».
    expect(many.bells[0]!.shadowRoot!.querySelector('.badge')!.textContent?.trim()).to.equal('150');
    many.wrapper.remove();

    const one = await mountBells({ beforeMount: summary(21), locale: 'en' });
    await until(() => accessibleName(one.button()!) === 'Notifications, 21 unread', 'English');
  });

  it('shows nothing while signed out, and forgets the count when the citizen signs out', async () => {
    const h = await mountBells({ beforeMount: summary(3) });
    await until(() => accessibleName(h.button()!).includes('3'), 'the count');
    h.session.update({ status: 'signed-out', reason: 'user' });
    await until(() => h.button() === null, 'the button goes');
    expect(deepText(h.bells[0]!)).to.not.include('3');
  });

  it('keyboard: opens the five newest, Tab into them, Esc closes and focus returns to the button', async () => {
    const h = await mountBells({ beforeMount: summary(2) });
    await until(() => h.content() !== null && accessibleName(h.button()!).includes('2'), 'the bell ready');
    await tabTo((el) => el === h.button(), 'the bell');
    await sendKeys({ press: 'Enter' });
    await until(() => isPerceivable(h.popover()), 'the popover opens');
    expect(h.button()!.getAttribute('aria-expanded')).to.equal('true');
    const content = h.content()!;
    await until(() => content.querySelectorAll('li a').length === 5, 'five links');
    const text = deepText(h.popover());
    expect(text).to.include('Заявление 5: статус изменён');
    expect(text).to.include('Не прочитано');
    expect(content.querySelectorAll('.unread')).to.have.length(2);
    await expectAccessible(h.popover());

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.include('Заявление 5');
    await sendKeys({ press: 'Escape' });
    await until(() => !isPerceivable(h.popover()), 'Esc closes it');
    expect(deepActiveElement()).to.equal(h.button());
    expect(h.button()!.getAttribute('aria-expanded')).to.equal('false');

    // Open again; a click outside the bell closes it.
    await sendKeys({ press: 'Enter' });
    await until(() => isPerceivable(h.popover()), 'open again');
    document.body.click();
    await until(() => !isPerceivable(h.popover()), 'a click outside closes it');
  });

  it('a notification opens in the feed, «Все уведомления» leads to the feed: events the page can route', async () => {
    const h = await mountBells({ beforeMount: summary(2) });
    h.bells[0]!.feedHref = '/portal/notifications';
    const heard: unknown[] = [];
    h.wrapper.addEventListener('gu-notification-link', (event) => {
      heard.push(event.detail);
      event.preventDefault();
    });
    await until(() => h.content()?.querySelector('li a'), 'the list');
    h.button()!.click();
    await until(() => isPerceivable(h.popover()), 'open');
    const links = [...h.content()!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(new URL(links[0]!.href).pathname + new URL(links[0]!.href).search).to.equal(
      '/portal/notifications?notification=n-5',
    );
    links[0]!.click();
    expect(heard[0]).to.deep.include({ kind: 'page', id: 'n-5', notificationId: 'n-5' });
    await until(() => !isPerceivable(h.popover()), 'closed after the page routed it');
    expect(location.search).to.not.include('notification=');

    h.button()!.click();
    const all = links.at(-1)!;
    expect(all.textContent?.trim()).to.equal('Все уведомления');
    all.click();
    expect(heard[1]).to.deep.include({ kind: 'page', href: new URL('/portal/notifications', location.href).href });
  });

  it('HTML in a title is text; empty and failed summaries say so and retry', async () => {
    const h = await mountBells({
      beforeMount: summary(1, [item(1, { title: '<img src=x onerror="window.hacked=1"><b>жирный</b>' })]),
    });
    await until(() => h.content()?.querySelector('li'), 'the list');
    h.button()!.click();
    const title = h.content()!.querySelector('.title')!;
    expect(title.textContent).to.equal('<img src=x onerror="window.hacked=1"><b>жирный</b>');
    expect(h.content()!.querySelector('img, b')).to.equal(null);

    h.wrapper.remove(); // another page below: this one's store leaves with it
    let failing = true;
    const failed = await mountBells({
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/notifications/summary', () =>
            failing ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ unreadCount: 0, latest: [] }),
          ),
        ),
    });
    await until(() => failed.content()?.querySelector('[role="alert"]'), 'the failure');
    expect(accessibleName(failed.button()!)).to.equal('Уведомления');
    failed.button()!.click();
    expect(deepText(failed.popover())).to.include('Не удалось загрузить уведомления');
    failing = false;
    failed.content()!.querySelector<HTMLButtonElement>('.retry')!.click();
    await until(() => deepText(failed.popover()).includes('Уведомлений пока нет'), 'empty after the retry');
    expect(accessibleName(failed.button()!)).to.equal('Уведомления, нет непрочитанных');
  });

  it('two bells and the feed on one page: one summary request', async () => {
    let summaries = 0;
    const h = await mountBells({
      bells: 2,
      widget: true,
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/notifications/summary', () => {
            summaries += 1;
            return HttpResponse.json({ unreadCount: 4, latest: [item(1)] });
          }),
        ),
    });
    await until(
      () => h.bells.every((bell) => accessibleName(h.button(bell)!) === 'Уведомления, 4 непрочитанных'),
      'both bells',
    );
    await h.waitForView('feed');
    expect(summaries).to.equal(1);
  });

  it('follows another tab: the citizen reads every notification there, the bell here says none', async () => {
    const h = await mountBells({ beforeMount: summary(3) });
    await until(() => accessibleName(h.button()!) === 'Уведомления, 3 непрочитанных', 'the count');
    const frame = document.createElement('iframe');
    frame.title = 'another tab';
    frame.srcdoc = '<!doctype html><title>tab</title>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { eval(code: string): unknown };
      const [storeModule, requestModule] = (await win.eval(
        "Promise.all([import('/components/notifications/store.ts'), import('/components/core/api/request.ts')])",
      )) as [typeof StoreModule, typeof RequestModule];
      // That tab's own store (its own modules), as its bell or feed would make it; its server answers by hand.
      const client = requestModule.createApiClient({
        baseUrl: '/api',
        fetch: (input, init) =>
          String(input).includes('notifications/summary')
            ? Promise.resolve(Response.json({ unreadCount: 3, latest: [] }))
            : new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
      });
      const store = storeModule.notificationsStore({ client, baseUrl: '/api', citizenId: 'citizen-1' });
      const leave = store.subscribe({ onChange: () => undefined });
      await until(() => store.snapshot.status === 'ready', "that tab's summary");
      store.applied({ change: 'read-all', ids: [], unreadCount: 0 });
      await until(() => accessibleName(h.button()!) === 'Уведомления, нет непрочитанных', 'this tab follows');
      leave();
    } finally {
      frame.remove();
    }
  });
});
