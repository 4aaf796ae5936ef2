import { GuErrorState } from './state.js';

export { GuErrorState };
export { GuErrorStateRetryEvent, type ErrorLike, type GuErrorStateRetryDetail } from './state.js';

if (!customElements.get('gu-error-state')) customElements.define('gu-error-state', GuErrorState);

declare global {
  interface HTMLElementTagNameMap {
    'gu-error-state': GuErrorState;
  }
}
