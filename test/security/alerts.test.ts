/**
 * «Оповещения» (`gu-security-alerts`) as a citizen meets them, by keyboard: channels changed and saved in ONE request
 * with the version read; the new-device alert is the notification settings' login alert (one store: saved here, read
 * there) and links to those settings; an unavailable channel (422) said next to it, nothing lost; an alert on without
 * a channel refused before sending; 409 (saved elsewhere) said, the choices kept, saved on the next try.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SecurityAlerts, SecurityOverview } from '../../components/security/types.js';
import {
  accessibleName,
  byName,
  deepActiveElement,
  expectAccessible,
  mountSecurity,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
} from './harness.js';

const box = (root: ShadowRoot, name: string): HTMLInputElement => {
  const found = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
    (input) => accessibleName(input) === name || input.parentElement?.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no checkbox «${name}»`);
  return found;
};
const problemText = (root: ShadowRoot) =>
  root.querySelector('[data-save-problem]')!.textContent!.replace(/\s+/g, ' ').trim();

/** Focuses a checkbox by Tab and flips it with Space. */
async function flip(name: string): Promise<void> {
  await tabTo((el) => el instanceof HTMLInputElement && accessibleName(el) === name, `«${name}»`);
  await sendKeys({ press: 'Space' });
}

async function submit(): Promise<void> {
  await tabTo(byName('Сохранить'), '«Сохранить»');
  await sendKeys({ press: 'Enter' });
}

const AUTH = { Authorization: 'Bearer test-token-elsewhere' };

describe('<gu-security-settings> alerts', () => {
  it('saves every alert in one request; the new-device alert is the notification settings’ login alert', async () => {
    const h = await mountSecurity({
      view: 'alerts',
      attributes: { 'notifications-href': '/severny/notifications' },
    });
    const root = await h.waitForView('alerts', (shadow) => shadow.querySelector('form'));
    const link = root.querySelector<HTMLAnchorElement>('[data-notifications-link]');
    expect(link?.textContent).to.equal('Открыть настройки уведомлений');
    expect(new URL(link!.href).pathname).to.equal('/severny/notifications');
    expect(root.querySelector('[data-kind="newDevice"]')?.textContent).to.include(
      'то же оповещение о входе, что и в настройках уведомлений',
    );
    await expectAccessible(h.wrapper);

    const said = recordAnnouncements();
    const calls = h.recordRequests();
    // Push has no browser yet: asked for, refused next to it, nothing else lost.
    await flip('Вход с нового устройства — по e-mail');
    await flip('Смена пароля — push-уведомлением');
    await submit();
    await until(() => problemText(root).includes('Некоторые способы сейчас недоступны'), 10_000, 'the 422');
    const push = box(root, 'Смена пароля — push-уведомлением');
    expect(push.getAttribute('aria-invalid')).to.equal('true');
    const why = root.querySelector(`#${push.getAttribute('aria-describedby')}`)?.textContent ?? '';
    expect(why).to.include('Push-уведомления не включены ни в одном браузере');
    await until(() => deepActiveElement() === push, 5000, 'focus on the refused channel');
    expect(box(root, 'Вход с нового устройства — по e-mail').checked, 'the other choice kept').to.equal(false);
    await said.until(/Некоторые способы сейчас недоступны/);

    await sendKeys({ press: 'Space' }); // push off again
    await submit();
    await until(
      () => root.querySelector('[data-notice]')?.textContent?.includes('Оповещения сохранены.'),
      10_000,
      'saved',
    );
    await said.until('Оповещения сохранены.');
    expect(calls.count('PUT', 'security/alerts'), 'one PUT per «Сохранить»').to.equal(2);
    const body = calls.calls.filter((c) => c.method === 'PUT').at(-1)!.body as SecurityAlerts;
    expect(body.newDevice.channels).to.not.include('email');
    expect(body.passwordChanged.channels).to.not.include('push');
    expect(body.version).to.be.a('number');

    // One store: the notification settings show the login alert as saved here.
    const settings = (await (await fetch('/api/notification-settings', { headers: AUTH })).json()) as {
      preferences: { loginAlerts: { channels: string[] } };
    };
    expect(settings.preferences.loginAlerts.channels).to.not.include('email');
    expect(settings.preferences.loginAlerts.channels).to.include('portal');
  });

  it('refuses an alert on without a channel; 409 keeps the choices and the next save goes through', async () => {
    const h = await mountSecurity({ view: 'alerts' });
    const root = await h.waitForView('alerts', (shadow) => shadow.querySelector('form'));
    const calls = h.recordRequests();
    for (const channel of ['на портале', 'по e-mail', 'по SMS'])
      if (box(root, `Изменение двухфакторного входа — ${channel}`).checked)
        await flip(`Изменение двухфакторного входа — ${channel}`);
    await submit();
    const fieldset = root.querySelector<HTMLElement>('#channels-twoFactorChanged')!;
    await until(() => deepActiveElement() === fieldset, 5000, 'focus on the alert without a channel');
    expect(fieldset.textContent).to.include('Выберите хотя бы один способ или выключите это оповещение.');
    expect(calls.count('PUT', 'security/alerts'), 'nothing sent').to.equal(0);

    // Someone saved the alerts elsewhere in between: the server refuses this page's version once.
    h.worker.use(
      http.put(
        '*/api/security/alerts',
        () => HttpResponse.json({ code: 'security-changed', message: 'changed' }, { status: 409 }),
        { once: true },
      ),
    );

    await flip('Изменение двухфакторного входа — на портале');
    await submit();
    await until(() => problemText(root).includes('успели изменить'), 10_000, 'the conflict said');
    expect(box(root, 'Изменение двухфакторного входа — на портале').checked, 'the choice kept').to.equal(true);
    await submit();
    await until(
      () => root.querySelector('[data-notice]')?.textContent?.includes('Оповещения сохранены.'),
      10_000,
      'saved',
    );
    const after = (await (await fetch('/api/security', { headers: AUTH })).json()) as SecurityOverview;
    expect(after.alerts.twoFactorChanged.channels).to.deep.equal(['portal']);
  });
});
