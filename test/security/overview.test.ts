/**
 * «Обзор» (`gu-security-overview`) as a citizen meets it: every section's state in one line (two-factor with its
 * methods, backup codes left as a plural with a warning at 0–2, questions, devices, sessions, alerts), «Рекомендации»
 * only while two-factor is off, failed sign-ins warned about and leading to the history — each action opened by
 * keyboard, focus on the opened view's heading — and a change made in another section shown when the citizen comes
 * back.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SecurityOverview } from '../../components/security/types.js';
import {
  byName,
  deepActiveElement,
  deepText,
  expectAccessible,
  mountSecurity,
  sendKeys,
  tabTo,
  until,
  type SecurityHarness,
} from './harness.js';

const rowText = (root: ShadowRoot, id: string): string =>
  (root.querySelector(`[data-row="${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const toneOf = (root: ShadowRoot, id: string): string | null | undefined =>
  root.querySelector(`[data-row="${id}"] [data-tone]`)?.getAttribute('data-tone');

/** The overview the mock gives, changed by `change` (GET /security answered once more with it each time). */
async function mountWith(change: (overview: SecurityOverview) => void): Promise<SecurityHarness> {
  return mountSecurity({
    beforeMount: (worker) => {
      worker.use(http.get('*/api/security', () => HttpResponse.json(overviewFixture(change))));
    },
  });
}

function overviewFixture(change: (overview: SecurityOverview) => void): SecurityOverview {
  const overview: SecurityOverview = {
    password: { changedAt: '2026-10-01T09:00:00Z', policy: 'default', minLength: 8, maxLength: 128 },
    twoFactor: { enabled: false, methods: [], backupCodes: { left: 0 }, version: 1 },
    passkeys: { count: 0 },
    questions: { count: 0 },
    devices: { count: 0 },
    sessions: { count: 3 },
    recentFailures: 3,
    alerts: {
      newDevice: { enabled: true, channels: ['portal'] },
      passwordChanged: { enabled: false, channels: [] },
      twoFactorChanged: { enabled: false, channels: [] },
      version: 1,
    },
  };
  change(overview);
  return overview;
}

describe('<gu-security-settings> overview', () => {
  it('shows each section’s state from the account, and opens a section by keyboard', async () => {
    const h = await mountSecurity();
    const root = await h.waitForView('overview', (shadow) => shadow.querySelector('[data-row]'));
    // person-1 signs in with SMS, e-mail or an app, and has two backup codes left (a warning: 0–2).
    expect(rowText(root, 'two-factor')).to.include('Включён: SMS, e-mail и приложение');
    expect(toneOf(root, 'two-factor')).to.equal('success');
    expect(rowText(root, 'backup-codes')).to.include('Осталось 2 резервных кода');
    expect(rowText(root, 'backup-codes')).to.include('Создайте новые, пока коды не кончились.');
    expect(toneOf(root, 'backup-codes')).to.equal('warning');
    expect(rowText(root, 'questions')).to.include('Выбраны');
    expect(rowText(root, 'password')).to.include('Не менялся с регистрации');
    expect(rowText(root, 'alerts')).to.include('Включены: о входе с нового устройства');
    // Two-factor is on: the only advice is about the backup codes running out.
    expect(deepText(root)).to.include('Создайте новые резервные коды');
    expect(deepText(root)).not.to.include('Включите двухфакторный вход');
    await expectAccessible(h.wrapper);

    // The section's data held back: focus goes to its heading while it loads, and stays there when it has loaded.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    h.worker.use(http.get('*/api/security', () => held.then(() => undefined), { once: true }));
    await tabTo(byName('Настроить оповещения'), '«Настроить оповещения»');
    await sendKeys({ press: 'Enter' });
    await until(() => h.partElement()?.localName === 'gu-security-alerts', 10_000, 'the alerts view');
    const alerts = h.part();
    await until(() => alerts.contains(deepActiveElement()), 5000, 'focus in the alerts view');
    release();
    await until(() => alerts.querySelector('form'), 10_000, 'the alerts loaded');
    expect(deepActiveElement()?.matches('h3'), 'focus still on the heading').to.equal(true);
    expect(alerts.contains(deepActiveElement())).to.equal(true);
  });

  it('recommends two-factor while it is off, warns about failed sign-ins and leads to the history', async () => {
    const h = await mountWith(() => {});
    const root = await h.waitForView('overview', (shadow) => shadow.querySelector('[data-row]'));
    const advice = root.querySelector('[data-recommendations]');
    expect(advice?.textContent).to.include('Рекомендации');
    expect(advice?.textContent).to.include('Включите двухфакторный вход');
    expect(advice?.textContent).to.include('Выберите контрольные вопросы');
    expect(rowText(root, 'two-factor')).to.include('Выключен');
    expect(toneOf(root, 'two-factor')).to.equal('warning');
    expect(root.querySelector('[data-row="backup-codes"]'), 'no backup codes row while off and none').to.equal(null);
    expect(rowText(root, 'history')).to.include('За 7 дней 3 неудачные попытки входа');
    expect(toneOf(root, 'history')).to.equal('warning');
    expect(rowText(root, 'sessions')).to.include('3 сеанса');
    expect(rowText(root, 'password')).to.match(/Изменён 1 октября 2026/);
    await expectAccessible(h.wrapper);

    await tabTo(byName('Посмотреть историю входов'), '«Посмотреть историю входов»');
    await sendKeys({ press: 'Enter' });
    await h.waitForView('history');
    expect(h.widget.view).to.equal('history');
  });

  it('shows a change made in another section when the citizen comes back, and says when it cannot load', async () => {
    let fail = true;
    const h = await mountSecurity({
      beforeMount: (worker) => {
        worker.use(
          http.get('*/api/security', () =>
            fail ? HttpResponse.json({ code: 'server-error', message: 'boom' }, { status: 500 }) : undefined,
          ),
        );
      },
    });
    const root = await h.waitForView('overview', (shadow) => shadow.querySelector('[role="alert"]'));
    expect(deepText(root)).to.include('Не удалось загрузить состояние защиты');
    fail = false;
    await tabTo(byName('Повторить'), '«Повторить»');
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('[data-row="alerts"]'), 5000, 'the overview after retry');
    expect(rowText(root, 'alerts')).to.include('о входе с нового устройства');

    // The alerts changed elsewhere (the server says so): the overview reloads in place.
    const auth = { Authorization: 'Bearer test-token-elsewhere' };
    const { alerts } = (await (await fetch('/api/security', { headers: auth })).json()) as SecurityOverview;
    const off = { enabled: false, channels: [] };
    const saved = await fetch('/api/security/alerts', {
      method: 'PUT',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ newDevice: off, passwordChanged: off, twoFactorChanged: off, version: alerts.version }),
    });
    expect(saved.status).to.equal(200);
    await until(() => rowText(root, 'alerts').includes('Выключены'), 10_000, 'the alerts row follows the change');
  });
});
