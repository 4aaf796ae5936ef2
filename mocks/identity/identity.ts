/**
 * The identity service of the embedded <gu-login>, in memory: accounts and passwords, flows (sign-in, registration,
 * recovery, e-signature, bank, passkey, QR), one-time codes and every rule a real service enforces server-side —
 * lockout, code lifetime and attempts, resend throttling, password policy and blocklist. Handlers: handlers.ts.
 *
 * One module per flow: store.ts (state, rules, test controls), flows.ts (what every flow shares),
 * password-sign-in.ts, codes.ts, passwords.ts, registration.ts, recovery.ts, signature.ts, bank.ts, passkey.ts, qr.ts,
 * test-flows.ts. This module is what the handlers and index.ts import.
 */
export {
  IdentityProblem,
  advanceMockIdentityClock,
  configureMockIdentity,
  endedSessionsOf,
  isTrustedDevice,
  lastDeliveredCode,
  mockIdentityConfig,
  mockIdentityInbox,
  nowMs,
  resetMockIdentity,
} from './store.js';
export type {
  DeliveredCode,
  DeviceTrust,
  IdentityAuthorization,
  IdentityStep,
  MockIdentityConfig,
  PasswordPolicyName,
} from './store.js';
export { flowOf, normaliseIdentifier, type IdentifierKind } from './flows.js';
export { signIn } from './password-sign-in.js';
export { sendCode, verifyCode } from './codes.js';
export { passwordProblems, setPassword } from './passwords.js';
export { register } from './registration.js';
export { answerQuestions, recover } from './recovery.js';
export { startSignature, verifySignature } from './signature.js';
export { completeBank, startBank } from './bank.js';
export {
  registerPasskey,
  registerTestPasskey,
  startPasskey,
  startPasskeyRegistration,
  verifyPasskey,
} from './passkey.js';
export { approveQrFlow, pollQr, startQr } from './qr.js';
export { createTestFlow } from './test-flows.js';
