import { GuApplicationFilters, type GuFiltersChangeEvent } from './application-filters.js';

export { GuApplicationFilters };

if (!customElements.get('gu-application-filters'))
  customElements.define('gu-application-filters', GuApplicationFilters);

declare global {
  interface HTMLElementTagNameMap {
    'gu-application-filters': GuApplicationFilters;
  }
  interface GlobalEventHandlersEventMap {
    'gu-filters-change': GuFiltersChangeEvent;
  }
}
