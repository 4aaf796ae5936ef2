import { html, type TemplateResult } from 'lit';
import { baseStyles } from '../../core/theme/base-styles.js';
import { PaymentsPart } from './part.js';

// SCAFFOLD (issue 14): the lead's starting point for this view; its owner replaces the whole file.
const ru = { heading: 'Checkout' };

export class GuPaymentsCheckout extends PaymentsPart<typeof ru> {
  static override styles = [baseStyles];
  protected readonly i18n = new (class {
    locale = 'ru' as const;
    msg = ru;
  })() as never;
  override render(): TemplateResult {
    return html`<h3 tabindex="-1">Checkout</h3>`;
  }
}
if (!customElements.get('gu-payments-checkout')) customElements.define('gu-payments-checkout', GuPaymentsCheckout);
