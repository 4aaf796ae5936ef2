import { GuSignOutButton } from './sign-out-button.js';

export { GuSignOutButton };

if (!customElements.get('gu-sign-out-button')) customElements.define('gu-sign-out-button', GuSignOutButton);

declare global {
  interface HTMLElementTagNameMap {
    'gu-sign-out-button': GuSignOutButton;
  }
}
