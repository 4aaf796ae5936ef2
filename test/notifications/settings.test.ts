/**
 * «Настройки уведомлений» as a citizen meets them: changed and saved by keyboard in ONE request with every choice; a
 * failed save keeps every choice and retries with the same key; 409 and 422 said and recovered; quiet hours checked
 * next to the field; an unconfirmed e-mail confirmed in place; push asked for only when turned on, refused and
 * explained, granted and registered.
 */
import { expect } from '@open-wc/testing';
import type { GuNotificationsSettingsSavedEvent } from '../../components/notifications/events.js';
import type { NotificationPreferences } from '../../components/notifications/types.js';
import {
  accessibleName,
  byName,
  byText,
  deepActiveElement,
  expectAccessible,
  mountNotifications,
  recordAnnouncements,
  selectAll,
  sendKeys,
  tabTo,
  until,
  type NotificationsHarness,
} from './harness.js';
import { useSettingsBackend, type SettingsBackend } from './settings-backend.js';

interface Mounted {
  h: NotificationsHarness;
  backend: SettingsBackend;
  root: ShadowRoot;
}

async function mountSettings(
  change?: Parameters<typeof useSettingsBackend>[1],
  attributes?: Record<string, string>,
): Promise<Mounted> {
  let backend!: SettingsBackend;
  const h = await mountNotifications({
    view: 'settings',
    attributes,
    beforeMount: (worker) => {
      backend = useSettingsBackend(worker, change);
    },
  });
  const root = await h.waitForView('settings', (shadow) => shadow.querySelector('table[data-channels]'));
  return { h, backend, root };
}

const box = (root: ShadowRoot, name: string): HTMLInputElement => {
  const found = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
    (input) => accessibleName(input) === name,
  );
  if (!found) throw new Error(`no checkbox «${name}»`);
  return found;
};
const apply = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLButtonElement>('button[type="submit"]')].find((b) =>
    b.textContent?.includes('Применить'),
  )!;
const saveProblem = (root: ShadowRoot) =>
  root.querySelector('[data-save-problem]')!.textContent!.replace(/\s+/g, ' ').trim();
const notice = (root: ShadowRoot) => root.querySelector('[data-notice]')!.textContent!.trim();

/** Notification.permission and requestPermission as a test wants them (headless Chromium has no push service). */
function stubPermission(initial: NotificationPermission, answer: NotificationPermission) {
  let state = initial;
  const asked: number[] = [];
  const permission = Object.getOwnPropertyDescriptor(Notification, 'permission');
  const request = Object.getOwnPropertyDescriptor(Notification, 'requestPermission');
  Object.defineProperty(Notification, 'permission', { configurable: true, get: () => state });
  Object.defineProperty(Notification, 'requestPermission', {
    configurable: true,
    writable: true,
    value: async () => {
      asked.push(Date.now());
      state = answer;
      return answer;
    },
  });
  return {
    asked,
    restore() {
      if (permission) Object.defineProperty(Notification, 'permission', permission);
      else delete (Notification as unknown as Record<string, unknown>)['permission'];
      if (request) Object.defineProperty(Notification, 'requestPermission', request);
    },
  };
}

describe('«Настройки уведомлений»', () => {
  let permission: ReturnType<typeof stubPermission> | undefined;
  afterEach(() => {
    permission?.restore();
    permission = undefined;
  });

  it('is changed and saved by keyboard: one PUT with every choice, said, and the saved event', async () => {
    permission = stubPermission('default', 'granted');
    const { h, backend, root } = await mountSettings();
    const saved: number[] = [];
    h.wrapper.addEventListener('gu-notifications-settings-saved', (event: GuNotificationsSettingsSavedEvent) =>
      saved.push(event.detail.version),
    );
    // One table a screen reader reads as one: row and column headers.
    const table = root.querySelector('table[data-channels]')!;
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim())).to.include.members(
      ['Категория', 'На портале', 'E-mail', 'SMS', 'Push', 'Как часто'],
    );
    expect(table.querySelectorAll('tbody th[scope="row"]').length).to.equal(9);
    await expectAccessible(h.widget);

    const said = recordAnnouncements();
    await (h.partElement() as HTMLElement & { focusHeading(): Promise<void> }).focusHeading();
    await tabTo(byName('Заявления — по SMS'), 'the applications SMS checkbox');
    await sendKeys({ press: 'Space' });
    await tabTo(byName('Новости — как часто'), 'the news frequency');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo((el) => el.id === 'quiet-from', 'quiet hours from');
    await selectAll();
    await sendKeys({ type: '23:30' });
    await tabTo(byText('Применить'), '«Применить»');
    await sendKeys({ press: 'Enter' });

    await said.until('Настройки уведомлений сохранены.');
    expect(notice(root)).to.equal('Настройки уведомлений сохранены.');
    expect(backend.puts.length, 'one request for every choice').to.equal(1);
    const { body } = backend.puts[0]!;
    expect(body.version).to.equal(1);
    const of = (category: string) => body.preferences.categories.find((c) => c.category === category)!;
    expect(body.preferences.categories.length).to.equal(9);
    expect(of('applications').channels).to.deep.equal(['portal', 'sms']);
    expect(of('news').frequency).to.equal('daily');
    expect(of('security').channels).to.deep.equal(['portal', 'email']);
    expect(body.preferences.quietHours).to.deep.equal({
      enabled: true,
      from: '23:30',
      to: '08:00',
      timeZone: 'Europe/Moscow',
    });
    expect(body.preferences.loginAlerts).to.deep.equal({ enabled: true, channels: ['portal', 'email'] });
    await until(() => saved.length === 1, 'the saved event');
    expect(saved).to.deep.equal([2]);
    expect(permission.asked.length, 'push permission is asked only when push is turned on').to.equal(0);
    said.stop();
  });

  it('shows the autopay reminders read-only, linking to the portal payments and security pages', async () => {
    const { h, root } = await mountSettings(undefined, { 'payments-href': '/payments', 'security-href': '/security' });
    const reminders = root.querySelector('[data-reminders]')!;
    expect(reminders.textContent!.replace(/\s+/g, ' ')).to.include('АО «Мосводоканал» напомним за 3 дня до срока');
    expect(reminders.querySelector('input, select, button'), 'nothing to change here').to.equal(null);
    const links = [...root.querySelectorAll('a')];
    const payments = links.find((a) => a.textContent!.includes('Настроить в разделе «Платежи»'))!;
    const own = (path: string) => new URL(path, document.baseURI).href;
    expect(payments.getAttribute('href')).to.equal(own('/payments'));
    expect(links.find((a) => a.textContent!.includes('Другие настройки безопасности'))!.getAttribute('href')).to.equal(
      own('/security'),
    );
    const followed: unknown[] = [];
    h.wrapper.addEventListener('gu-notification-link', (event) => {
      followed.push(event.detail);
      event.preventDefault();
    });
    payments.click();
    expect(followed).to.deep.equal([{ kind: 'page', href: own('/payments') }]);
  });

  it('keeps every choice after a failed save and retries it with the same request', async () => {
    const { backend, root } = await mountSettings();
    backend.next.push('500');
    box(root, 'Заявления — по SMS').click();
    box(root, 'Оплаты — по e-mail').click();
    apply(root).click();
    await until(() => saveProblem(root).includes('Ваш выбор сохранён на экране.'), 'the failure said');
    expect(box(root, 'Заявления — по SMS').checked).to.equal(true);
    expect(box(root, 'Оплаты — по e-mail').checked).to.equal(true);
    const retry = root.querySelector<HTMLButtonElement>('[data-retry]')!;
    expect(retry.textContent!.trim()).to.equal('Повторить');
    retry.click();
    await until(() => notice(root) === 'Настройки уведомлений сохранены.', 'saved on retry');
    expect(backend.puts.length).to.equal(2);
    expect(backend.puts[1]!.body).to.deep.equal(backend.puts[0]!.body);
    expect(backend.puts[1]!.key, 'the same Idempotency-Key').to.equal(backend.puts[0]!.key);
    expect(saveProblem(root)).to.equal('');
  });

  it('after 409 reloads the version, keeps the choices and saves them on the next «Применить»', async () => {
    const { backend, root } = await mountSettings();
    backend.next.push('409');
    box(root, 'Заявления — по SMS').click();
    apply(root).click();
    await until(() => saveProblem(root).includes('в другой вкладке'), 'the conflict explained');
    expect(box(root, 'Заявления — по SMS').checked).to.equal(true);
    apply(root).click();
    await until(() => notice(root) === 'Настройки уведомлений сохранены.', 'saved');
    expect(backend.puts.length).to.equal(2);
    expect(backend.puts[1]!.body.version).to.equal(2);
    expect(
      backend.puts[1]!.body.preferences.categories.find((c) => c.category === 'applications')!.channels,
    ).to.include('sms');
  });

  it('says which channel a 422 refused, at its checkbox', async () => {
    const { backend, root } = await mountSettings();
    backend.next.push('422-sms');
    box(root, 'Заявления — по SMS').click();
    apply(root).click();
    await until(() => box(root, 'Заявления — по SMS').getAttribute('aria-invalid') === 'true', 'the checkbox marked');
    expect(saveProblem(root)).to.include('Заявления — SMS: телефон не подтверждён.');
    expect(box(root, 'Заявления — по SMS').getAttribute('aria-describedby')).to.include('channel-errors');
    expect(box(root, 'Оповещение о входе — по SMS').getAttribute('aria-invalid')).to.equal('true');
    expect(saveProblem(root)).to.include('Оповещение о входе — SMS: телефон не подтверждён.');
    expect(root.querySelector('[data-retry]'), 'nothing to retry as it is').to.equal(null);
  });

  it('checks quiet hours next to the field, says it and sends nothing', async () => {
    const { backend, root } = await mountSettings();
    const said = recordAnnouncements();
    const from = root.querySelector<HTMLInputElement>('#quiet-from')!;
    from.value = '25:00';
    from.dispatchEvent(new Event('input'));
    apply(root).click();
    await said.until('Введите время в формате ЧЧ:ММ');
    const error = root.querySelector<HTMLElement>('#quiet-from-error')!;
    expect(error.hidden).to.equal(false);
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(from.getAttribute('aria-describedby')).to.include('quiet-from-error');
    expect(deepActiveElement()).to.equal(from);
    expect(backend.puts.length).to.equal(0);
    said.stop();
  });

  it('offers «Подтвердить» for an unconfirmed e-mail and turns its column on once confirmed', async () => {
    const { h, root } = await mountSettings((s) => {
      s.contacts.email = { value: 'iv***@mail.ru', confirmed: false };
    });
    const email = box(root, 'Заявления — по e-mail');
    expect(email.getAttribute('aria-disabled')).to.equal('true');
    const why = root.getElementById(email.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(why.textContent).to.include('не подтверждён');
    email.click();
    expect(email.checked, 'an unavailable channel does not turn on').to.equal(false);
    await expectAccessible(h.widget);

    [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Подтвердить e-mail'))!.click();
    await until(() => root.querySelector('#contact-code'), 'the code field');
    expect(deepActiveElement()).to.equal(root.querySelector('#contact-code'));
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    await until(() => notice(root).includes('E-mail подтверждён'), 'confirmed');
    const enabled = box(root, 'Заявления — по e-mail');
    expect(enabled.hasAttribute('aria-disabled')).to.equal(false);
    enabled.click();
    expect(enabled.checked).to.equal(true);
  });

  it('asks for push permission only when turned on and explains a refusal', async () => {
    permission = stubPermission('default', 'denied');
    const { backend, root } = await mountSettings();
    expect(permission.asked.length).to.equal(0);
    const said = recordAnnouncements();
    root.querySelector<HTMLButtonElement>('#push-enable')!.click();
    await said.until('Вы запретили этому сайту показывать уведомления');
    expect(permission.asked.length).to.equal(1);
    const problem = root.querySelector('[data-push-problem]')!;
    expect(problem.textContent).to.include('«Разрешить»');
    expect(backend.pushPosts.length).to.equal(0);
    said.stop();
  });

  it('subscribes through the portal worker when push is granted, and turns it off again', async () => {
    permission = stubPermission('default', 'granted');
    const scopes: Array<string | undefined> = [];
    const subscribed: PushSubscriptionOptionsInit[] = [];
    let unsubscribed = 0;
    const subscription = {
      toJSON: () => ({
        endpoint: 'https://push.example.com/send/abc',
        expirationTime: null,
        keys: { p256dh: 'BPkey', auth: 'authkey' },
      }),
      unsubscribe: async () => {
        unsubscribed += 1;
        return true;
      },
    };
    let current: typeof subscription | null = null;
    const registration = {
      pushManager: {
        getSubscription: async () => current,
        subscribe: async (options: PushSubscriptionOptionsInit) => {
          subscribed.push(options);
          current = subscription;
          return subscription;
        },
      },
    };
    const original = navigator.serviceWorker.getRegistration;
    navigator.serviceWorker.getRegistration = (async (scope?: string) => {
      scopes.push(scope);
      return registration;
    }) as unknown as typeof original;
    try {
      const { backend, root } = await mountSettings(undefined, { 'push-worker-scope': '/push/' });
      expect(box(root, 'Заявления — push-уведомлением').getAttribute('aria-disabled')).to.equal('true');
      root.querySelector<HTMLButtonElement>('#push-enable')!.click();
      await until(() => backend.pushPosts.length === 1, 'POST /push-subscriptions');
      expect(permission.asked.length).to.equal(1);
      expect(scopes).to.deep.equal([new URL('/push/', document.baseURI).href]);
      expect(subscribed[0]!.userVisibleOnly).to.equal(true);
      expect((subscribed[0]!.applicationServerKey as Uint8Array).length).to.equal(65);
      expect(backend.pushPosts[0]).to.deep.include({
        endpoint: 'https://push.example.com/send/abc',
        keys: { p256dh: 'BPkey', auth: 'authkey' },
      });
      await until(() => root.querySelector('[data-devices]')?.textContent?.includes('этот браузер'), 'listed');
      expect(box(root, 'Заявления — push-уведомлением').hasAttribute('aria-disabled')).to.equal(false);

      const off = [...root.querySelectorAll<HTMLButtonElement>('[data-devices] button')][0]!;
      expect(accessibleName(off)).to.match(/^Отключить push: /);
      off.click();
      await until(() => backend.removedDevices.length === 1, 'DELETE /push-subscriptions/{id}');
      await until(() => unsubscribed === 1, 'the browser subscription ended');
      await until(() => root.querySelector('#push-enable'), 'the button offered again');
    } finally {
      navigator.serviceWorker.getRegistration = original;
      localStorage.removeItem('gu-notifications-push-device');
    }
  });

  it('against the mock: an unconfirmed e-mail confirmed in place, then saved with it on', async () => {
    const h = await mountNotifications({ view: 'settings', scenario: 'unconfirmed-contacts' });
    const root = await h.waitForView('settings', (shadow) => shadow.querySelector('table[data-channels]'));
    const calls = h.recordRequests();
    expect(box(root, 'Новости — по e-mail').getAttribute('aria-disabled')).to.equal('true');
    expect(box(root, 'Новости — по SMS').getAttribute('aria-disabled')).to.equal('true');
    [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Подтвердить e-mail'))!.click();
    await until(() => root.querySelector('#contact-code'), 'the code field');
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    await until(() => notice(root).includes('E-mail подтверждён'), 'confirmed');
    box(root, 'Новости — по e-mail').click();
    apply(root).click();
    await until(() => notice(root) === 'Настройки уведомлений сохранены.', 'saved by the mock');
    expect(calls.count('PUT', 'notification-settings')).to.equal(1);
    const put = calls.calls.find((call) => call.method === 'PUT')!;
    await until(() => put.body, 'the body read');
    const news = (put.body as { preferences: NotificationPreferences }).preferences.categories.find(
      (c) => c.category === 'news',
    )!;
    expect(news.channels).to.include('email');
    expect(box(root, 'Новости — по e-mail').checked).to.equal(true);
  });
});
