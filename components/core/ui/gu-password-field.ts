import { GuPasswordField } from './password-field.js';

if (!customElements.get('gu-password-field')) customElements.define('gu-password-field', GuPasswordField);

declare global {
  interface HTMLElementTagNameMap {
    'gu-password-field': GuPasswordField;
  }
}

export { GuPasswordField };
