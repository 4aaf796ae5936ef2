import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { GuSession } from '../../../components/core/session/session-element.js';
import { SESSION_ENDING_EVENT } from '../../../components/core/session/session-context.js';
import { oidcStats } from '../../../mocks/oidc/index.js';
import { deepActiveElement, freshSession, mountSession, signInEmbedded, waitForStatus } from './session-harness.js';

/** idle-timeout=3, idle-warning=2: the warning opens 1 s after the last activity, the session ends 2 s later. */
async function signedInWithShortIdle(): Promise<{ element: GuSession; opener: HTMLButtonElement }> {
  const container = await fixture<HTMLDivElement>(html`<div><button type="button">Моя кнопка</button></div>`);
  const element = await mountSession({ 'idle-timeout': '3', 'idle-warning': '2' });
  container.append(element);
  await signInEmbedded(element);
  const opener = container.querySelector('button')!;
  opener.focus();
  return { element, opener };
}

function timeoutDialog(element: GuSession) {
  const part = element.shadowRoot!.querySelector('gu-session-timeout-dialog')!;
  const dialog = part.shadowRoot!.querySelector('gu-dialog')!;
  return { part, dialog, native: () => dialog.shadowRoot!.querySelector('dialog')! };
}

async function waitForWarning(element: GuSession): Promise<void> {
  await waitUntil(() => timeoutDialog(element).native()?.open === true, 'the idle warning did not open', {
    timeout: 4000,
    interval: 20,
  });
  await timeoutDialog(element).dialog.updateComplete;
}

function focusedLabel(): string {
  const root = deepActiveElement()?.getRootNode();
  return root instanceof ShadowRoot ? (root.host.textContent?.trim() ?? '') : '';
}

describe('gu-session: idle timeout and the warning dialog (keyboard only)', function () {
  this.timeout(60_000);
  beforeEach(async () => {
    await freshSession();
    GuSession.minimumIdleWarningSeconds = 0;
  });
  afterEach(() => {
    GuSession.minimumIdleWarningSeconds = 20;
  });

  it('keeps the warning at least 20 s unless the test-only minimum is lowered', async () => {
    GuSession.minimumIdleWarningSeconds = 20;
    const element = await mountSession({ 'idle-timeout': '900', 'idle-warning': '5' });
    expect(element.effectiveWarningSeconds).to.equal(20);
  });

  it('opens an alertdialog with focus on «Остаться в системе»; Tab cycles; Esc extends; focus returns', async () => {
    const { element, opener } = await signedInWithShortIdle();
    await waitForWarning(element);
    expect(element.session.status).to.equal('expiring');
    const { native } = timeoutDialog(element);
    expect(native().getAttribute('role')).to.equal('alertdialog');
    expect(native().getAttribute('aria-modal')).to.equal('true');
    const headingId = native().getAttribute('aria-labelledby')!;
    const root = native().getRootNode() as ShadowRoot;
    expect(root.getElementById(headingId)?.textContent).to.equal('Сеанс скоро завершится');
    expect(timeoutDialog(element).part.shadowRoot!.textContent).to.contain('Введённые данные сохранятся');
    expect(timeoutDialog(element).part.shadowRoot!.textContent).to.match(/завершится через\s+\d+ секунд/);
    expect(focusedLabel()).to.equal('Остаться в системе');
    await sendKeys({ press: 'Tab' });
    expect(focusedLabel()).to.equal('Выйти');
    await sendKeys({ press: 'Tab' });
    expect(focusedLabel()).to.equal('Остаться в системе');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedLabel()).to.equal('Выйти');
    const renewals = oidcStats().refreshCalls;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !native().open, 'Esc did not close the warning');
    expect(deepActiveElement()).to.equal(opener);
    await waitForStatus(element, ['signed-in']);
    await waitUntil(() => oidcStats().refreshCalls === renewals + 1, 'extend did not renew (keep-alive)');
  });

  it('extends with Enter on «Остаться в системе», 10 times in a row, keyboard only', async () => {
    const { element, opener } = await signedInWithShortIdle();
    for (let round = 1; round <= 10; round += 1) {
      await waitForWarning(element);
      expect(focusedLabel(), `round ${round}: focus`).to.equal('Остаться в системе');
      await sendKeys({ press: round % 2 === 0 ? 'Escape' : 'Enter' });
      await waitUntil(() => !timeoutDialog(element).native().open, `round ${round}: not closed`);
      expect(deepActiveElement(), `round ${round}: focus returned`).to.equal(opener);
      expect(element.session.status).to.equal('signed-in');
    }
  });

  it('announces the countdown once on open, not every second', async () => {
    const { element } = await signedInWithShortIdle();
    const writes: string[] = [];
    const observer = new MutationObserver(() => {
      const region = document.querySelector('[data-gu-announcer="assertive"]');
      if (region?.textContent) writes.push(region.textContent);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    await waitForWarning(element);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    observer.disconnect();
    // On a loaded machine the short session may also expire in that time: its own message is another announcement.
    const countdown = writes.filter((text) => text.startsWith('Сеанс скоро завершится'));
    expect(new Set(countdown).size, writes.join(' | ')).to.equal(1);
    expect(countdown[0]).to.match(/Сеанс скоро завершится\. До завершения сеанса: \d+ секунд/);
  });

  it('on expiry fires gu-session-ending first, then shows expired (idle-timeout) and drops the tokens', async () => {
    const { element } = await signedInWithShortIdle();
    const order: string[] = [];
    const onEnding = () => order.push(`ending:${element.session.status}`);
    window.addEventListener(SESSION_ENDING_EVENT, onEnding);
    element.addEventListener('gu-session-signed-out', (event) => order.push(`signed-out:${event.detail.reason}`));
    await waitForStatus(element, ['expired'], 6000);
    window.removeEventListener(SESSION_ENDING_EVENT, onEnding);
    expect(order[0]).to.equal('ending:expiring');
    expect(order).to.include('signed-out:idle-timeout');
    expect(element.session.reason).to.equal('idle-timeout');
    expect(await element.session.apiAuth.getAccessToken()).to.equal(null);
    expect(timeoutDialog(element).native().open).to.equal(false);
    const notice = element.querySelector('gu-session-notice')!;
    await notice.updateComplete;
    expect(notice.shadowRoot!.textContent).to.contain('Вы вышли из системы в целях безопасности');
    await waitUntil(() => oidcStats().revokeCalls > 0, 'tokens were not revoked');
  });
});
