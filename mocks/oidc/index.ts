/** The mock OpenID Connect provider (MSW) and its test controls; see mocks/oidc/README.md. */
export {
  API_AUDIENCE,
  MOCK_OIDC_PATH,
  configureMockOidc,
  issuerOf,
  mockOidcConfig,
  oidcHandlers,
  oidcStats,
  resetMockOidc,
  setOidcFault,
  subjectOfJwt,
  verifyAccessToken,
} from './provider.js';
export type { MockOidcConfig, OidcFault, OidcStats } from './provider.js';
export { ACR_PREFIX, TEST_CITIZENS, authenticateCitizen, citizenBySub, claimsOf } from './citizens.js';
export type { AccountLevelClaim, TestCitizen } from './citizens.js';
export { MOCK_KEY_ID, decodeJwt, isJwtShaped, publicJwk, s256, signJwt } from './jwt.js';
