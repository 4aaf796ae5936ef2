import { GuApplicationFilters } from './application-filters.js';

export { GuApplicationFilters };

if (!customElements.get('gu-application-filters'))
  customElements.define('gu-application-filters', GuApplicationFilters);

declare global {
  interface HTMLElementTagNameMap {
    'gu-application-filters': GuApplicationFilters;
  }
}
