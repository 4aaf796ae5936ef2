/**
 * <gu-payments> and <gu-payments-due> hold under the low-vision version (issue 17): at 320 px with the largest text
 * and spacing, images off, in every colour scheme and under forced colours — no sideways scrolling of the page, no
 * clipped text, a visible focus ring, axe (test/helpers/holds.ts). The busiest states: the charges of every category
 * (fines with УИН and discounts, taxes, utilities, duties) with three selected and the total explained line by line;
 * the payment history with its chart and the chart's table twin; and the «К оплате» card of a portal's home page.
 */
import { expect } from '@open-wc/testing';
import '../../components/payments/gu-payments.js';
import '../../components/payments/gu-payments-due.js';
import type { PaymentsView } from '../../components/payments/context.js';
import { provideTestSession } from '../../mocks/test-session.js';
import { describeHolds } from '../helpers/holds.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import { expectVisible } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';

/** <gu-payments> on `view` in `root`, signed in, as its stories render it; the view's part drawn and settled. */
async function mountPayments(root: HTMLElement, view: PaymentsView, ready: (part: ShadowRoot) => unknown) {
  await useMockBackend('default');
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const widget = document.createElement('gu-payments');
  widget.view = view;
  wrapper.append(widget);
  root.append(wrapper);
  const part = () => widget.shadowRoot?.querySelector(`gu-payments-${view}`)?.shadowRoot;
  await until(() => part() && ready(part()!) && !part()!.querySelector('[aria-busy="true"]'), `the ${view} view`);
  return part()!;
}

describeHolds('gu-payments: every category of charges, three selected', async (root) => {
  const part = await mountPayments(root, 'charges', (p) => p.querySelector('[data-group="duty"]'));
  for (const box of [...part.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].slice(0, 3)) box.click();
  await until(() => part.querySelector('[data-total-lines]'), 'the total explained');
});

describeHolds('gu-payments: the history with its chart', async (root) => {
  const part = await mountPayments(root, 'history', (p) => p.querySelector('ol.rows'));
  part.querySelector<HTMLButtonElement>('[aria-controls="chart-region"]')!.click();
  const chart = () => part.querySelector('gu-payments-history-chart')?.shadowRoot;
  await until(() => chart()?.querySelector('table') && chart()?.querySelector('canvas'), 'the chart');
  // Under forced colours too the figures are read in the chart's table twin, in its own labelled scroll region.
  const table = chart()!.querySelector('table')!;
  expectVisible(table, "the chart's table twin");
  const region = table.closest('[role="region"]');
  expect(region, "the table's scroll region").to.exist;
  expect(region!.getAttribute('tabindex')).to.equal('0');
  expect(region!.getAttribute('aria-label') ?? region!.getAttribute('aria-labelledby')).to.be.ok;
});

describeHolds('gu-payments-due: what is due, on a home page card', async (root) => {
  await useMockBackend('default');
  const wrapper = document.createElement('section');
  wrapper.setAttribute('aria-label', 'К оплате');
  provideTestSession(wrapper);
  const due = document.createElement('gu-payments-due');
  due.setAttribute('href', '/payments');
  wrapper.append(due);
  root.append(wrapper);
  await until(() => due.shadowRoot?.querySelector('[part="link"]'), 'the summary');
  await due.updateComplete;
});
