/** Typed events of <gu-login>; all bubble and are composed. */
import type { Session } from '../core/session/session-context.js';

/** How the citizen got in. */
export type LoginMethod = 'password' | 'registration' | 'recovery' | 'esia' | 'signature' | 'bank' | 'passkey' | 'qr';

/** `gu-signed-in` from <gu-login>: the session is established (`session`), and how (`method`). */
export class GuLoginSignedInEvent extends CustomEvent<{ session: Session; method: LoginMethod }> {
  constructor(
    readonly session: Session,
    readonly method: LoginMethod,
  ) {
    super('gu-signed-in', { bubbles: true, composed: true, detail: { session, method } });
  }
}

/** `gu-registered`: a simplified account was created and signed in. */
export class GuRegisteredEvent extends CustomEvent<{ session: Session }> {
  constructor(readonly session: Session) {
    super('gu-registered', { bubbles: true, composed: true, detail: { session } });
  }
}

/** `gu-recovered`: access was recovered with a new password (`endedOtherSessions`: the citizen ended the others). */
export class GuRecoveredEvent extends CustomEvent<{ session: Session; endedOtherSessions: boolean }> {
  constructor(
    readonly session: Session,
    readonly endedOtherSessions: boolean,
  ) {
    super('gu-recovered', { bubbles: true, composed: true, detail: { session, endedOtherSessions } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-registered': GuRegisteredEvent;
    'gu-recovered': GuRecoveredEvent;
  }
}
