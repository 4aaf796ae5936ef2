import { html, type TemplateResult } from 'lit';
import { baseStyles } from '../../core/theme/base-styles.js';
import { PaymentsPart } from './part.js';

// SCAFFOLD (issue 14): the lead's starting point for this view; its owner replaces the whole file.
const ru = { heading: 'History' };

export class GuPaymentsHistory extends PaymentsPart<typeof ru> {
  static override styles = [baseStyles];
  protected readonly i18n = new (class {
    locale = 'ru' as const;
    msg = ru;
  })() as never;
  override render(): TemplateResult {
    return html`<h3 tabindex="-1">History</h3>`;
  }
}
if (!customElements.get('gu-payments-history')) customElements.define('gu-payments-history', GuPaymentsHistory);
