import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { useMockBackend } from '../helpers/mock-backend.js';
import { expectAccessible } from '../helpers/a11y.js';
import { setScenario } from '../../mocks/scenarios.js';
import '../../shells/demo/demo-page.js';

/** Text a user sees in the demo's server-data panel (across its shadow roots). */
function accountText(page: Element): string {
  const account = page.shadowRoot!.querySelector('gu-demo-account')!;
  const parts = [account.shadowRoot!.textContent ?? ''];
  for (const el of account.shadowRoot!.querySelectorAll('*'))
    if (el.shadowRoot) parts.push(el.shadowRoot.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('demo page (npm start)', () => {
  it('shows the citizen and unpaid charges from the mock backend and is accessible', async () => {
    await useMockBackend('default');
    const page = await fixture(html`<gu-demo-page></gu-demo-page>`);
    await waitUntil(() => accountText(page).includes('Уровень учётной записи'), 'profile never loaded', {
      timeout: 5000,
    });
    expect(accountText(page)).to.match(/\d+ начислени/);
    await expectAccessible(page);
  });

  it('switching the scenario changes what the page shows: server-error → retry → data', async () => {
    await useMockBackend('server-error');
    const page = await fixture(html`<gu-demo-page></gu-demo-page>`);
    const account = () => page.shadowRoot!.querySelector('gu-demo-account')!;
    await waitUntil(() => account().shadowRoot!.querySelector('gu-error-state'), 'no error state', { timeout: 5000 });
    expect(accountText(page)).to.contain('Сервис временно недоступен');
    await expectAccessible(page);

    setScenario('default');
    const retry = account().shadowRoot!.querySelector('gu-error-state')!.shadowRoot!.querySelector('button')!;
    expect(retry.textContent?.trim()).to.equal('Повторить');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => accountText(page).includes('Уровень учётной записи'), 'retry did not load', {
      timeout: 5000,
    });
  });

  it('a double-clicked payment sends one request, and the paid charge leaves the list', async () => {
    const worker = await useMockBackend('default');
    const posts: string[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/payments') {
        posts.push(request.headers.get('Idempotency-Key') ?? '');
      }
    });
    const page = await fixture(html`<gu-demo-page></gu-demo-page>`);
    await waitUntil(() => accountText(page).includes('Оплатить'), 'charges never loaded', { timeout: 5000 });
    const unpaidCount = () => Number(accountText(page).match(/(\d+) начислени/)![1]);
    const before = unpaidCount();
    const payButton = page.shadowRoot!.querySelector('gu-demo-account')!.shadowRoot!.querySelector('gu-button')!;
    payButton.click();
    payButton.click();
    await waitUntil(() => unpaidCount() === before - 1, 'the paid charge is still unpaid', { timeout: 5000 });
    worker.events.removeAllListeners();
    expect(posts.length).to.equal(1);
    expect(posts[0]).to.match(/^[0-9a-f-]{36}$/);
  });
});
