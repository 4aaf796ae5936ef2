/**
 * The tracker's events, one module loaded with the detail, the upload, the filters panel and live status — not with
 * the list's first render (the list fires `gu-application-opened` once the detail's modules are in). Public events
 * bubble and cross shadow roots; a part's request to the tracker (`internal`) stays in the tracker's shadow root.
 */
import { GuEvent } from '../core/widget/events.js';
import type { ApplicationAction, ApplicationDocument } from './api.js';
import type { Application, ApplicationStatus, ListQuery } from './list-api.js';

/** `gu-application-opened`: the citizen opened an application's detail. */
export class GuApplicationOpenedEvent extends GuEvent<{ applicationId: string; number: string }> {
  static readonly eventName = 'gu-application-opened';
  constructor(detail: { applicationId: string; number: string }) {
    super(GuApplicationOpenedEvent.eventName, detail);
  }
}

/** The payload of `gu-application-status-changed`. */
export interface ApplicationStatusChange {
  applicationId: string;
  number: string;
  status: ApplicationStatus;
  previousStatus: ApplicationStatus;
}

/** `gu-application-status-changed`: a live status change arrived (or a cancellation succeeded). */
export class GuApplicationStatusChangedEvent extends GuEvent<ApplicationStatusChange> {
  static readonly eventName = 'gu-application-status-changed';
  constructor(detail: ApplicationStatusChange) {
    super(GuApplicationStatusChangedEvent.eventName, detail);
  }
}

/** The payload of `gu-application-action`. */
export interface ApplicationActionRequest {
  action: Extract<ApplicationAction, 'continue-draft' | 'resubmit' | 'create-new'>;
  application: Application;
  /** What to pre-fill the service form with (resubmit: the rejected application and its documents). */
  prefill: { serviceId: string; fromApplicationId: string; documentIds: string[] };
}

/**
 * `gu-application-action` (cancelable): the citizen chose an action that continues in the service form; the portal
 * opens it (and calls `preventDefault()` when it takes over).
 */
export class GuApplicationActionEvent extends GuEvent<ApplicationActionRequest> {
  static readonly eventName = 'gu-application-action';
  constructor(detail: ApplicationActionRequest) {
    super(GuApplicationActionEvent.eventName, detail, { cancelable: true });
  }
}

/** `gu-application-document-added`: a document was uploaded to an application. */
export class GuApplicationDocumentAddedEvent extends GuEvent<{ applicationId: string; document: ApplicationDocument }> {
  static readonly eventName = 'gu-application-document-added';
  constructor(detail: { applicationId: string; document: ApplicationDocument }) {
    super(GuApplicationDocumentAddedEvent.eventName, detail);
  }
}

/** Internal: the detail asks the tracker to go back to the list. */
export class GuApplicationBackEvent extends GuEvent {
  static readonly eventName = 'gu-application-back';
  constructor() {
    super(GuApplicationBackEvent.eventName, undefined, { internal: true });
  }
}

/** Internal: the filters panel changed a filter (`changes` for the list's query; `reset`: all of them). */
export class GuApplicationFiltersChangeEvent extends GuEvent<{ changes: Partial<ListQuery>; reset: boolean }> {
  static readonly eventName = 'gu-application-filters-change';
  constructor(changes: Partial<ListQuery>, reset = false) {
    super(GuApplicationFiltersChangeEvent.eventName, { changes, reset }, { internal: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-application-opened': GuApplicationOpenedEvent;
    'gu-application-status-changed': GuApplicationStatusChangedEvent;
    'gu-application-action': GuApplicationActionEvent;
    'gu-application-document-added': GuApplicationDocumentAddedEvent;
    'gu-application-back': GuApplicationBackEvent;
    'gu-application-filters-change': GuApplicationFiltersChangeEvent;
  }
}
