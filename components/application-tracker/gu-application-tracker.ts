import { GuApplicationTracker } from './application-tracker.js';

export { GuApplicationTracker };
export {
  GuApplicationActionEvent,
  GuApplicationDocumentAddedEvent,
  GuApplicationOpenedEvent,
  GuApplicationStatusChangedEvent,
} from './shared.js';

if (!customElements.get('gu-application-tracker'))
  customElements.define('gu-application-tracker', GuApplicationTracker);

declare global {
  interface HTMLElementTagNameMap {
    'gu-application-tracker': GuApplicationTracker;
  }
}
