/** The Dev IdP (mocks/idp/dev-idp.ts) that `npm start` runs for the redirect sign-in. */
export const DEV_IDP_ORIGIN = 'http://127.0.0.1:9400';

/**
 * The strict host policy of requirement 30 that the preview and the e2e servers send. `connect-src` adds the dev IdP
 * (real-IdP mode); `trusted-types … default` is for the MSW worker of the demo build (shells/portal/mock-backend.ts).
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'none'",
  `connect-src 'self' ${DEV_IDP_ORIGIN}`,
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // `default`: the demo's policy that lets MSW register /mockServiceWorker.js (shells/portal/mock-backend.ts).
  'trusted-types lit-html gu-kit default',
].join('; ');
