import { GuTextField } from './text-field.js';

if (!customElements.get('gu-text-field')) customElements.define('gu-text-field', GuTextField);

declare global {
  interface HTMLElementTagNameMap {
    'gu-text-field': GuTextField;
  }
}

export { GuTextField };
