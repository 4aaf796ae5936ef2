import { GuErrorSummary } from './error-summary.js';

if (!customElements.get('gu-error-summary')) customElements.define('gu-error-summary', GuErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'gu-error-summary': GuErrorSummary;
  }
}

export { GuErrorSummary };
