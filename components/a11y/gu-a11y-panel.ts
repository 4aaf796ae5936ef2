import { GuA11yPanel } from './panel.js';

export { GuA11yPanel };
export { GuA11yChangeEvent, GuA11yCloseEvent, GuA11yOpenEvent } from './events.js';
export type { A11yPreferences } from './preferences.js';

if (!customElements.get('gu-a11y-panel')) customElements.define('gu-a11y-panel', GuA11yPanel);

declare global {
  interface HTMLElementTagNameMap {
    'gu-a11y-panel': GuA11yPanel;
  }
}
