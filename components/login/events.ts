/**
 * The public events of <gu-login> (core/widget's event model: the payload is the typed `detail`; all bubble and are
 * composed). They load with the engine, not in the first render.
 */
import { GuEvent } from '../core/widget/events.js';
import type { Session } from '../core/session/session-context.js';

/** How the citizen got in. */
export type LoginMethod = 'password' | 'registration' | 'recovery' | 'esia' | 'signature' | 'bank' | 'passkey' | 'qr';

/** `gu-login-signed-in`: the session is established through <gu-login> (`detail.session`), and how (`detail.method`). */
export class GuLoginSignedInEvent extends GuEvent<{ session: Session; method: LoginMethod }> {
  static readonly eventName = 'gu-login-signed-in';
  constructor(detail: { session: Session; method: LoginMethod }) {
    super(GuLoginSignedInEvent.eventName, detail);
  }
}

/** `gu-login-registered`: a simplified account was created and signed in (`detail.session`). */
export class GuLoginRegisteredEvent extends GuEvent<{ session: Session }> {
  static readonly eventName = 'gu-login-registered';
  constructor(detail: { session: Session }) {
    super(GuLoginRegisteredEvent.eventName, detail);
  }
}

/**
 * `gu-login-recovered`: access was recovered with a new password (`detail.session`; `detail.endedOtherSessions`: the
 * citizen ended the other sessions).
 */
export class GuLoginRecoveredEvent extends GuEvent<{ session: Session; endedOtherSessions: boolean }> {
  static readonly eventName = 'gu-login-recovered';
  constructor(detail: { session: Session; endedOtherSessions: boolean }) {
    super(GuLoginRecoveredEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-login-signed-in': GuLoginSignedInEvent;
    'gu-login-registered': GuLoginRegisteredEvent;
    'gu-login-recovered': GuLoginRecoveredEvent;
  }
}
