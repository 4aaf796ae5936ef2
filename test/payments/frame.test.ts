/** <gu-payments>' frame: the navigation between views, the view event, focus, the return from the acquirer's page. */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/payments/gu-payments.js';
import type { GuPayments } from '../../components/payments/payments.js';
import type { GuPaymentsViewEvent } from '../../components/payments/events.js';
import { freshSession, mountSession, signInEmbedded, waitForStatus } from '../core/session/session-harness.js';
import { deepActiveElement, expectNotVisible, expectVisible } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';

async function mountPayments(): Promise<GuPayments> {
  await freshSession();
  const session = await mountSession({}, html`<gu-payments></gu-payments>`);
  await signInEmbedded(session, 'confirmed');
  await waitForStatus(session, ['signed-in']);
  const widget = session.querySelector('gu-payments')!;
  await until(() => widget.shadowRoot?.querySelector('nav'), 'the navigation');
  return widget;
}

const navButtons = (widget: GuPayments): HTMLButtonElement[] => [
  ...widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button'),
];
const current = (widget: GuPayments): string | undefined =>
  navButtons(widget)
    .find((button) => button.getAttribute('aria-current') === 'page')
    ?.textContent?.trim();

describe('<gu-payments> frame', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('names its four views in a navigation and marks the open one', async () => {
    const widget = await mountPayments();
    const nav = widget.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Разделы платежей');
    expect(navButtons(widget).map((button) => button.textContent?.trim())).to.deep.equal([
      'Начисления',
      'История платежей',
      'Документы для поиска',
      'Карты и автоплатёж',
    ]);
    expect(current(widget)).to.equal('Начисления');
    expectVisible(nav, 'the navigation');
  });

  it('opens a view from the keyboard, says so with gu-payments-view and moves focus to its heading', async () => {
    const widget = await mountPayments();
    const views: string[] = [];
    widget.addEventListener('gu-payments-view', (event: GuPaymentsViewEvent) => views.push(event.detail.view));
    navButtons(widget)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('История платежей');
    await sendKeys({ press: 'Enter' });
    await until(() => current(widget) === 'История платежей', 'the history marked as current');
    expect(views).to.deep.equal(['history']);
    expect(widget.getAttribute('view')).to.equal('history');
    await until(() => widget.shadowRoot!.querySelector('gu-payments-history'), 'the history part');
    const part = widget.shadowRoot!.querySelector('gu-payments-history')!;
    await until(() => {
      const active = deepActiveElement();
      return active && /^H[1-6]$/.test(active.tagName) && part.shadowRoot?.contains(active);
    }, 'focus on the history heading');
    expect(widget.shadowRoot!.querySelector('gu-payments-charges')).to.equal(null);
  });

  it('opens the payment the acquirer page came back with and takes the parameter out of the URL', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1&gu-payment=payment-1`);
    const widget = await mountPayments();
    expect(widget.view).to.equal('payment');
    expect(widget.paymentId).to.equal('payment-1');
    expect(location.search).to.equal('?keep=1');
    await until(() => widget.shadowRoot!.querySelector('gu-payments-payment'), 'the payment part');
    expect(current(widget)).to.equal('История платежей');
  });

  it('closes the acquirer popup it was loaded in once the URL carries the result (the opener follows it)', async () => {
    const close = window.close;
    const name = window.name;
    let closed = 0;
    window.close = () => void (closed += 1);
    Object.defineProperty(window, 'opener', { value: window, configurable: true });
    try {
      window.name = 'gu-payments-acquirer';
      history.replaceState(null, '', `${location.pathname}?gu-payment=payment-1`);
      await mountPayments();
      expect(closed, 'the popup closed itself').to.equal(1);
      window.name = '';
      history.replaceState(null, '', `${location.pathname}?gu-payment=payment-1`);
      await mountPayments();
      expect(closed, 'a window the widget did not open stays').to.equal(1);
    } finally {
      window.close = close;
      window.name = name;
      Object.defineProperty(window, 'opener', { value: null, configurable: true });
    }
  });

  it('shows the sign-in notice and no view once the citizen signs out', async () => {
    const widget = await mountPayments();
    const session = widget.closest('gu-session')!;
    await until(() => widget.shadowRoot!.querySelector('[data-part]'), 'the charges part');
    const view = widget.shadowRoot!.querySelector('[data-part]')!;
    await session.session.signOut();
    await until(() => widget.shadowRoot!.querySelector('gu-session-notice'), 'the session notice');
    expect(widget.shadowRoot!.querySelector('[data-part]')).to.equal(null);
    expect(view.isConnected).to.equal(false);
    expectNotVisible(view, 'the charges view');
  });
});
