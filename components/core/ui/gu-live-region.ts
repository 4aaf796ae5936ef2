import { GuLiveRegion } from './live-region.js';

export { GuLiveRegion };

if (!customElements.get('gu-live-region')) customElements.define('gu-live-region', GuLiveRegion);

declare global {
  interface HTMLElementTagNameMap {
    'gu-live-region': GuLiveRegion;
  }
}
