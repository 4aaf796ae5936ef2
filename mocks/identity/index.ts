/** The identity mock of <gu-login> (MSW) and its test controls; see mocks/identity/README.md. */
export { DEVICE_COOKIE, identityGate, identityHandlers, overrideIdentityMessage } from './handlers.js';
export {
  advanceMockIdentityClock,
  approveQrFlow,
  configureMockIdentity,
  createTestFlow,
  endedSessionsOf,
  isTrustedDevice,
  lastDeliveredCode,
  mockIdentityConfig,
  mockIdentityInbox,
  normaliseIdentifier,
  passwordProblems,
  registerTestPasskey,
  resetMockIdentity,
} from './identity.js';
export type { DeliveredCode, IdentityStep, MockIdentityConfig } from './identity.js';
export { BANKS, CERTIFICATES, seedIdentityProfiles } from './data.js';
export type { CodeMethod, IdentityProfile } from './data.js';
