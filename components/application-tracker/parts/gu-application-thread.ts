import { GuApplicationThread } from './application-thread.js';

export { GuApplicationThread };

if (!customElements.get('gu-application-thread')) customElements.define('gu-application-thread', GuApplicationThread);

declare global {
  interface HTMLElementTagNameMap {
    'gu-application-thread': GuApplicationThread;
  }
}
