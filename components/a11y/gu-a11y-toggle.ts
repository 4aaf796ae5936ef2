import { GuA11yToggle } from './toggle.js';

export { GuA11yToggle };
export type { GuA11yChangeEvent, GuA11yCloseEvent, GuA11yOpenEvent } from './events.js';

if (!customElements.get('gu-a11y-toggle')) customElements.define('gu-a11y-toggle', GuA11yToggle);

declare global {
  interface HTMLElementTagNameMap {
    'gu-a11y-toggle': GuA11yToggle;
  }
}
