import { GuButton } from './button.js';

if (!customElements.get('gu-button')) customElements.define('gu-button', GuButton);

declare global {
  interface HTMLElementTagNameMap {
    'gu-button': GuButton;
  }
}

export { GuButton };
