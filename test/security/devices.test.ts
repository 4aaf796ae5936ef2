/**
 * «Доверенные устройства» of <gu-security-settings> against the in-page mock: the seeded devices with their facts,
 * «Это устройство» from the device cookie; forgetting one by keyboard (focus moves on, announced, and the identity
 * mock no longer trusts it); «Забыть все устройства» after a confirmation; English.
 */
import { expect } from '@open-wc/testing';
import { isTrustedDevice } from '../../mocks/identity/index.js';
import { seededDeviceToken } from '../../mocks/security/sessions.js';
import {
  byName,
  deepActiveElement,
  deepText,
  expectAccessible,
  mountSecurity,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
} from './harness.js';

const items = (root: ShadowRoot): HTMLLIElement[] => [...root.querySelectorAll<HTMLLIElement>('ul.items > li')];
const text = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
const COOKIE = 'gu_trusted_device';

describe('<gu-security-settings> trusted devices', () => {
  afterEach(() => {
    document.cookie = `${COOKIE}=; path=/; max-age=0`;
  });

  it('lists the devices with their facts and marks «Это устройство» from the device cookie', async () => {
    document.cookie = `${COOKIE}=${seededDeviceToken('phone')}; path=/`;
    const h = await mountSecurity({ view: 'devices' });
    const root = await h.waitForView('devices', (r) => items(r).length === 3);
    // The device carrying the cookie is this browser: first (used now), described from this request.
    const [current, ...others] = items(root);
    expect(text(current!)).to.contain('Это устройство');
    expect(text(current!)).to.contain('Chrome');
    expect(text(current!)).to.contain('Архангельск');
    expect(text(current!)).to.contain('Доверено до');
    for (const item of others) expect(text(item)).to.not.contain('Это устройство');
    expect(text(others[0]!)).to.contain('Компьютер, Firefox, Windows'); // then the most recently used
    expect(text(others[1]!)).to.contain('Планшет, Safari, iOS');
    await expectAccessible(h.widget);
  });

  it('forgets one device by keyboard: announced, focus on the next, and it is no longer trusted', async () => {
    const h = await mountSecurity({ view: 'devices' });
    const root = await h.waitForView('devices', (r) => items(r).length === 3);
    const calls = h.recordRequests();
    const said = recordAnnouncements();
    expect(isTrustedDevice(seededDeviceToken('phone'), 'person-1')).to.equal(true);
    root.querySelector<HTMLElement>('#devices-heading')!.focus();
    await tabTo(byName('Забыть устройство: Телефон'), 'the phone’s «Забыть»');
    await sendKeys({ press: 'Enter' });
    await until(() => items(root).length === 2, 5000, 'the phone gone');
    expect(calls.count('DELETE', 'security/devices/device-seed-phone')).to.equal(1);
    await said.until('Устройство забыто: Телефон, Safari, iOS — Москва. При входе с него снова понадобится код.');
    await until(
      () => (deepActiveElement()?.getAttribute('aria-label') ?? '').startsWith('Забыть устройство: Планшет'),
      5000,
      'focus on the next device’s «Забыть»',
    );
    expect(isTrustedDevice(seededDeviceToken('phone'), 'person-1')).to.equal(false);
    said.stop();
  });

  it('«Забыть все устройства» asks first, then forgets every one', async () => {
    const h = await mountSecurity({ view: 'devices' });
    const root = await h.waitForView('devices', (r) => items(r).length === 3);
    const calls = h.recordRequests();
    const said = recordAnnouncements();
    root.querySelector<HTMLElement>('#devices-heading')!.focus();
    await tabTo(byName('Забыть все устройства'), '«Забыть все устройства»');
    await sendKeys({ press: 'Enter' });
    const dialog = root.querySelector<HTMLElement & { open: boolean }>('gu-dialog')!;
    await until(() => dialog.open, 5000, 'the confirmation');
    expect(deepText(dialog)).to.contain('понадобится одноразовый код');
    await tabTo((el) => el.id === 'confirm-forget-all', 'the dialog’s «Забыть все»');
    await sendKeys({ press: 'Enter' });
    await said.until('Забыто 3 устройства.');
    expect(calls.count('DELETE', 'security/devices')).to.equal(1);
    expect(items(root).length).to.equal(0);
    expect(deepText(root)).to.contain('Доверенных устройств нет');
    for (const name of ['laptop', 'phone', 'tablet'] as const)
      expect(isTrustedDevice(seededDeviceToken(name), 'person-1')).to.equal(false);
    await until(() => deepActiveElement()?.id === 'devices-heading', 5000, 'focus on the heading');
    said.stop();
  });

  it('speaks English', async () => {
    const h = await mountSecurity({ view: 'devices', locale: 'en' });
    const root = await h.waitForView('devices', (r) => items(r).length === 3);
    expect(text(root.querySelector('h3')!)).to.equal('Trusted devices');
    expect(deepText(root)).to.contain('Forget all devices');
    expect(deepText(root)).to.contain('Tablet, Safari, iOS');
    await expectAccessible(h.widget);
  });
});
