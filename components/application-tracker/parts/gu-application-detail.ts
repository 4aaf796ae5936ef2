import { GuApplicationDetail } from './application-detail.js';

export { GuApplicationDetail };

if (!customElements.get('gu-application-detail')) customElements.define('gu-application-detail', GuApplicationDetail);

declare global {
  interface HTMLElementTagNameMap {
    'gu-application-detail': GuApplicationDetail;
  }
}
