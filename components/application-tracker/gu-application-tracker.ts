import { GuApplicationTracker } from './application-tracker.js';

export { GuApplicationTracker };
// Types only: the classes come with the parts that fire them (events.ts), not with the first render.
export type {
  GuApplicationOpenedEvent,
  GuApplicationActionEvent,
  GuApplicationDocumentAddedEvent,
  GuApplicationStatusChangedEvent,
} from './events.js';

if (!customElements.get('gu-application-tracker'))
  customElements.define('gu-application-tracker', GuApplicationTracker);

declare global {
  interface HTMLElementTagNameMap {
    'gu-application-tracker': GuApplicationTracker;
  }
}
