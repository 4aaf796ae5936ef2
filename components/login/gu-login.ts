import { GuLogin } from './login.js';

export { GuLogin };
export type { FlowKind, LoginStep } from './login.js';
// The event classes are in ./events.js (loaded with the engine, not in the first render).
export type { GuLoginRecoveredEvent, GuLoginRegisteredEvent, GuLoginSignedInEvent, LoginMethod } from './events.js';

if (!customElements.get('gu-login')) customElements.define('gu-login', GuLogin);

declare global {
  interface HTMLElementTagNameMap {
    'gu-login': GuLogin;
  }
}
