/** core/session public exports: the session contract, the elements' classes, helpers for tests and widgets. */
export * from './session-context.js';
export { GuSession } from './session-element.js';
export {
  GuSessionChangeEvent,
  GuSessionEndingEvent,
  GuSessionSignedInEvent,
  GuSessionSignedOutEvent,
} from './events.js';
export { GuSessionNotice, sessionErrorMessage, signedOutReasonText } from './session-notice.js';
export { GuSignOutButton } from './sign-out-button.js';
export { GuSessionTimeoutDialog } from './parts/timeout-dialog.js';
export { SessionError, ConfigError } from './errors.js';
export { maskSnils, maskEmail, citizenFromClaims, levelFromClaims, validateIdTokenClaims } from './claims.js';
export { userManagerCount, getUserManager, findUserManager } from './user-manager-registry.js';
export { IdleController, type IdleClock, type IdleControllerOptions } from './idle-timer.js';
export { TabSync, TAB_CHANNEL, type TabMessage } from './tab-sync.js';
export type { SessionEndingDetail } from './events.js';
export { sessionRu, sessionEn, type SessionMessages } from './locales.js';
