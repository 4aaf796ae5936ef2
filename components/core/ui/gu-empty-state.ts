import { GuEmptyState } from './state.js';

export { GuEmptyState };

if (!customElements.get('gu-empty-state')) customElements.define('gu-empty-state', GuEmptyState);

declare global {
  interface HTMLElementTagNameMap {
    'gu-empty-state': GuEmptyState;
  }
}
