/**
 * «История входов» of <gu-security-settings> against the in-page mock: the rows as the citizen reads them (this
 * sign-in, failures with their reasons), filters and paging by keyboard, the CSV the server writes (every filtered row,
 * BOM, header), a failed load with a retry, English — and a sign-in failure made through <gu-login> on the same page
 * appearing in the history live.
 */
import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import '../../components/login/gu-login.js';
import type { GuLogin } from '../../components/login/login.js';
import { resetMockIdentity } from '../../mocks/identity/index.js';
import { input, internals } from '../login/harness.js';
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

const rows = (root: ShadowRoot): HTMLTableRowElement[] => [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')];
const text = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An authorization request as <gu-session> makes one (the test session has none of its own). */
const authorizationSession = {
  createAuthorizationRequest: async () => ({
    url: `${location.origin}/mock-oidc/authorize`,
    clientId: 'gu-kit-demo',
    redirectUri: `${location.origin}/callback`,
    scope: 'openid profile',
    state: 'state-history-test',
    nonce: 'nonce-history-test',
    codeChallenge: 'a'.repeat(43),
    codeChallengeMethod: 'S256' as const,
  }),
};

describe('<gu-security-settings> login history', () => {
  it('shows the sign-ins as text, filters and pages by keyboard, and keeps axe quiet', async () => {
    const h = await mountSecurity({ view: 'history', pageSize: 10 });
    const root = await h.waitForView('history', (r) => rows(r).length === 10);
    const [first] = rows(root);
    expect(text(first!)).to.contain('Этот вход');
    expect(text(first!)).to.contain('Успешный вход');
    expect(text(first!)).to.contain('Архангельск');
    expect(text(first!)).to.contain('Пароль + код из СМС');
    expect(first!.querySelector('[data-not-me]'), 'not offered for this very sign-in').to.equal(null);
    const offered = rows(root).find((row) => row.querySelector('[data-not-me]'))!;
    expect(offered.querySelector('[data-not-me]')!.getAttribute('aria-label')).to.match(/^Это был не я: вход .+, .+/);
    await expectAccessible(h.widget);

    const calls = h.recordRequests();
    const said = recordAnnouncements();
    root.querySelector<HTMLElement>('#history-heading')!.focus();
    await tabTo((el) => el.id === 'result', 'the result filter');
    await sendKeys({ press: 'ArrowDown' }); // «Успешные входы»
    await sendKeys({ press: 'ArrowDown' }); // «Неудачные попытки»
    await until(() => calls.calls.some((call) => call.search.get('result') === 'failure'), 5000, 'the filter sent');
    await until(
      () => rows(root).length > 0 && rows(root).every((row) => text(row).includes('Неудачная попытка')),
      5000,
      'only failures',
    );
    await said.until(/^Найден[оа]? \d+ вход/);
    const failures = rows(root);
    expect(failures.some((row) => text(row).includes('Неудачная попытка: неверный пароль'))).to.equal(true);
    expect(failures.some((row) => text(row).includes('вход заблокирован после неудачных попыток'))).to.equal(true);
    expect(
      failures.every((row) => !row.querySelector('[data-not-me]')),
      '«Это был не я» only on sign-ins',
    ).to.equal(true);

    // Back to all, then the next page: the summary takes focus, the page says where it is.
    const result = root.querySelector<HTMLSelectElement>('#result')!;
    result.focus();
    await sendKeys({ press: 'Home' });
    await until(() => rows(root).some((row) => text(row).includes('Этот вход')), 5000, 'all sign-ins again');
    const firstPageIds = rows(root).map((row) => row.dataset['eventId']);
    await tabTo((el) => el.hasAttribute('data-next'), '«Следующая»');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.id === 'summary', 5000, 'focus on the summary');
    expect(deepText(root)).to.contain('Страница 2 из');
    expect(rows(root).map((row) => row.dataset['eventId'])).not.to.include(firstPageIds[0]);
    expect(
      calls.calls.some((call) => call.search.get('page') === '2' && call.search.get('pageSize') === '10'),
    ).to.equal(true);
    said.stop();
  });

  it('«Скачать CSV»: the server’s file with every filtered row, saved by keyboard', async () => {
    const h = await mountSecurity({ view: 'history', pageSize: 5 });
    const root = await h.waitForView('history', (r) => rows(r).length === 5);
    const saved: Array<{ name: string; blob: Blob }> = [];
    const blobs = new Map<string, Blob>();
    const createObjectURL = URL.createObjectURL.bind(URL);
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = createObjectURL(blob);
      if (blob instanceof Blob) blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) saved.push({ name: this.download, blob: blobs.get(this.href)! });
      else click.call(this);
    };
    const said = recordAnnouncements();
    try {
      root.querySelector<HTMLElement>('#history-heading')!.focus();
      await tabTo((el) => el.id === 'method', 'the method filter');
      await sendKeys({ press: 'ArrowDown' }); // «Пароль»
      await until(() => rows(root).every((row) => text(row).includes('Пароль')), 5000, 'password sign-ins only');
      const total = Number(/\d+/.exec(text(root.querySelector('#summary')!))![0]);
      expect(total).to.be.greaterThan(5, 'more than one page');
      await tabTo(byName('Скачать CSV'), '«Скачать CSV»');
      await sendKeys({ press: 'Enter' });
      await until(() => saved.length === 1, 5000, 'the file saved');
      const file = saved[0]!;
      expect(file.name).to.match(/^login-history-\d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      expect([...bytes.slice(0, 3)], 'UTF-8 BOM for Excel').to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
      expect(lines[0]).to.match(/^Дата и время \(МСК\);IP-адрес;Устройство;/);
      expect(lines.length - 1, 'every filtered row, not one page').to.equal(total);
      expect(lines.slice(1).every((line) => line.includes(';Пароль;'))).to.equal(true);
      await said.until(`Файл ${file.name} сохранён.`);
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
      said.stop();
    }
  });

  it('a sign-in failure made through <gu-login> on the same page shows in the history, live', async () => {
    let login: GuLogin | undefined;
    const h = await mountSecurity({
      view: 'history',
      session: authorizationSession,
      around: (wrapper) => {
        resetMockIdentity();
        login = document.createElement('gu-login');
        login.setAttribute('password-policy', 'default');
        wrapper.append(login);
      },
    });
    const root = await h.waitForView('history', (r) => rows(r).length > 0);
    const before = rows(root)[0]!.dataset['eventId'];
    await internals(login!).ready();
    const said = recordAnnouncements();
    const phone = input(login!, 'Телефон');
    phone.focus();
    await sendKeys({ type: 'confirmed' });
    input(login!, 'Пароль').focus();
    await sendKeys({ type: 'not-my-password' });
    await sendKeys({ press: 'Enter' });
    await until(
      () => rows(root)[0]?.dataset['eventId'] !== before && text(rows(root)[0]!).includes('неверный пароль'),
      10_000,
      'the failed attempt at the top of the history',
    );
    const row = rows(root)[0]!;
    expect(text(row)).to.contain('Неудачная попытка: неверный пароль');
    expect(text(row)).to.contain('Пароль');
    expect(text(row)).to.contain('Архангельск');
    await said.until('История входов обновлена: есть новые записи.');
    said.stop();
  });

  it('a failed load says so and retries; English throughout', async () => {
    let fail = true;
    const h = await mountSecurity({
      view: 'history',
      locale: 'en',
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/security/login-history', () =>
            fail ? HttpResponse.json({ code: 'server-error', message: 'x' }, { status: 500 }) : undefined,
          ),
        ),
    });
    const root = await h.waitForView('history', (r) => r.querySelector('gu-error-state') !== null);
    expect(deepText(root)).to.contain('Could not load the sign-in history');
    fail = false;
    const retry = [...root.querySelector('gu-error-state')!.shadowRoot!.querySelectorAll('button')][0]!;
    retry.click();
    await until(() => rows(root).length > 0, 5000, 'the rows after the retry');
    expect(text(rows(root)[0]!)).to.contain('This sign-in');
    expect(text(rows(root)[0]!)).to.contain('Arkhangelsk');
    expect(text(rows(root)[0]!)).to.contain('Password + SMS code');
    await expectAccessible(h.widget);
  });
});
