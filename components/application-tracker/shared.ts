/**
 * What the tracker's element and its parts share: status tones, typed events, dates. (The catalogs: the list's in
 * application-tracker.ts, the parts' in parts/messages.ts — each loads English only when it is needed.)
 */
import type { StatusTone } from '../core/ui/status-badge.js';
import type { ApplicationAction, ApplicationDocument } from './api.js';
import type { Application, ApplicationStatus } from './list-api.js';

/** The badge tone of a status: the badge also shows the text and an icon of the tone's shape. */
export const STATUS_TONE: Record<ApplicationStatus, StatusTone> = {
  draft: 'neutral',
  sent: 'info',
  accepted: 'info',
  processing: 'progress',
  'additions-required': 'warning',
  approved: 'success',
  done: 'success',
  rejected: 'error',
  cancelled: 'neutral',
  expired: 'warning',
};

const FINAL: readonly ApplicationStatus[] = ['approved', 'done', 'rejected', 'cancelled', 'expired'];

/** Today in Moscow as YYYY-MM-DD. */
export function moscowToday(now: number = Date.now()): string {
  return new Date(now + 3 * 3_600_000).toISOString().slice(0, 10);
}

/** Days past the expected decision date (0 when not overdue or finished). */
export function overdueDays(application: Pick<Application, 'decisionDue' | 'status'>, now?: number): number {
  if (!application.decisionDue || FINAL.includes(application.status)) return 0;
  const days = Math.round((Date.parse(moscowToday(now)) - Date.parse(application.decisionDue)) / 86_400_000);
  return Math.max(0, days);
}

/** `gu-application-opened`: the citizen opened an application's detail. */
export class GuApplicationOpenedEvent extends Event {
  constructor(
    readonly applicationId: string,
    readonly number: string,
  ) {
    super('gu-application-opened', { bubbles: true, composed: true });
  }
}

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
    'gu-application-opened': GuApplicationOpenedEvent;
    'gu-application-status-changed': GuApplicationStatusChangedEvent;
    'gu-application-action': GuApplicationActionEvent;
    'gu-application-document-added': GuApplicationDocumentAddedEvent;
    'gu-application-back': GuApplicationBackEvent;
  }
}
