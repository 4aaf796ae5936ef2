import { GuApplicationUpload } from './application-upload.js';

export { GuApplicationUpload };

if (!customElements.get('gu-application-upload')) customElements.define('gu-application-upload', GuApplicationUpload);

declare global {
  interface HTMLElementTagNameMap {
    'gu-application-upload': GuApplicationUpload;
  }
}
