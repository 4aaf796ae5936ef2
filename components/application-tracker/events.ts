/**
 * The events the detail, the upload and live status fire (loaded with them, not with the list's first render).
 */
import type { ApplicationAction, ApplicationDocument } from './api.js';
import type { Application, ApplicationStatus } from './list-api.js';

/** `gu-application-status-changed`: a live status change arrived (or a cancellation succeeded). */
export class GuApplicationStatusChangedEvent extends Event {
  constructor(
    readonly applicationId: string,
    readonly number: string,
    readonly status: ApplicationStatus,
    readonly previousStatus: ApplicationStatus,
  ) {
    super('gu-application-status-changed', { bubbles: true, composed: true });
  }
}

/** `gu-application-action`: the citizen chose an action that continues in the service form (the portal opens it). */
export class GuApplicationActionEvent extends Event {
  constructor(
    readonly action: Extract<ApplicationAction, 'continue-draft' | 'resubmit' | 'create-new'>,
    readonly application: Application,
    /** What to pre-fill the service form with (resubmit: the rejected application and its documents). */
    readonly prefill: { serviceId: string; fromApplicationId: string; documentIds: string[] },
  ) {
    super('gu-application-action', { bubbles: true, composed: true, cancelable: true });
  }
}

/** `gu-application-document-added`: a document was uploaded to an application. */
export class GuApplicationDocumentAddedEvent extends Event {
  constructor(
    readonly applicationId: string,
    readonly document: ApplicationDocument,
  ) {
    super('gu-application-document-added', { bubbles: true, composed: true });
  }
}

/** Internal: the detail asks the tracker to go back to the list. */
export class GuApplicationBackEvent extends Event {
  constructor() {
    super('gu-application-back', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-application-status-changed': GuApplicationStatusChangedEvent;
    'gu-application-action': GuApplicationActionEvent;
    'gu-application-document-added': GuApplicationDocumentAddedEvent;
    'gu-application-back': GuApplicationBackEvent;
  }
}
