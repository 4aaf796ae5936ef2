import { GuLoadingState } from './state.js';

export { GuLoadingState };

if (!customElements.get('gu-loading-state')) customElements.define('gu-loading-state', GuLoadingState);

declare global {
  interface HTMLElementTagNameMap {
    'gu-loading-state': GuLoadingState;
  }
}
