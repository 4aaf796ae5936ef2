/**
 * The session's events (core/widget's event model: the payload in `detail`, a static `eventName`, map entries).
 * <gu-session> fires `gu-session-signed-in`, `gu-session-signed-out` and `gu-session-change`; the session core fires
 * `gu-session-ending` on `window`; the idle warning tells its <gu-session> `gu-session-extend` / `gu-session-sign-out`
 * (internal: they stay inside the element's shadow root).
 */
import { GuEvent } from '../widget/events.js';
import type { Session, SignedOutReason } from './session-context.js';

/** The citizen became signed in: `detail.session` is the new snapshot. */
export class GuSessionSignedInEvent extends GuEvent<{ session: Session }> {
  static readonly eventName = 'gu-session-signed-in';
  constructor(detail: { session: Session }) {
    super(GuSessionSignedInEvent.eventName, detail);
  }
}

/** The session ended (`signed-out` or `expired`): `detail.reason` says why. */
export class GuSessionSignedOutEvent extends GuEvent<{ reason: SignedOutReason | undefined }> {
  static readonly eventName = 'gu-session-signed-out';
  constructor(detail: { reason: SignedOutReason | undefined }) {
    super(GuSessionSignedOutEvent.eventName, detail);
  }
}

/** A new snapshot: `detail.session`. */
export class GuSessionChangeEvent extends GuEvent<{ session: Session }> {
  static readonly eventName = 'gu-session-change';
  constructor(detail: { session: Session }) {
    super(GuSessionChangeEvent.eventName, detail);
  }
}

/** Detail of `gu-session-ending`. */
export interface SessionEndingDetail {
  reason: SignedOutReason;
}

/**
 * On `window`, before the session ends for any reason other than the citizen's own «Выйти» (idle timeout, another
 * tab, the provider, the API): widgets keep what was typed as a draft. `detail.reason`.
 */
export class GuSessionEndingEvent extends GuEvent<SessionEndingDetail> {
  static readonly eventName = 'gu-session-ending';
  constructor(detail: SessionEndingDetail) {
    super(GuSessionEndingEvent.eventName, detail);
  }
}

/** The idle warning → its <gu-session>: «Остаться в системе» or Esc. */
export class GuSessionExtendEvent extends GuEvent {
  static readonly eventName = 'gu-session-extend';
  constructor() {
    super(GuSessionExtendEvent.eventName, undefined, { internal: true });
  }
}

/** The idle warning → its <gu-session>: «Выйти». */
export class GuSessionSignOutEvent extends GuEvent {
  static readonly eventName = 'gu-session-sign-out';
  constructor() {
    super(GuSessionSignOutEvent.eventName, undefined, { internal: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-session-signed-in': GuSessionSignedInEvent;
    'gu-session-signed-out': GuSessionSignedOutEvent;
    'gu-session-change': GuSessionChangeEvent;
    'gu-session-ending': GuSessionEndingEvent;
    'gu-session-extend': GuSessionExtendEvent;
    'gu-session-sign-out': GuSessionSignOutEvent;
  }
}
