import { GuSecuritySettings } from './security-settings.js';

export { GuSecuritySettings };
export type { GuSecurityChangedEvent, GuSecurityViewEvent } from './events.js';
export type { SecurityView } from './context.js';
export type { SecurityArea } from './types.js';

if (!customElements.get('gu-security-settings')) customElements.define('gu-security-settings', GuSecuritySettings);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-settings': GuSecuritySettings;
  }
}
