/**
 * The parts of DPoP (requirement 8) the session needs before oidc-client-ts is loaded: whether the provider and the
 * browser support it, whether a token is DPoP-bound, a proof's `htu`. The proofs themselves are in dpop.ts.
 */
import type { OidcMetadata } from 'oidc-client-ts';

/** The only proof algorithm oidc-client-ts 3.5 signs with. */
export const DPOP_ALG = 'ES256';

/** Whether the provider supports DPoP proofs this browser can make (ES256, WebCrypto, IndexedDB). */
export function providerSupportsDpop(metadata: Partial<OidcMetadata> | undefined): boolean {
  const algs = (metadata as Record<string, unknown> | undefined)?.['dpop_signing_alg_values_supported'];
  return (
    Array.isArray(algs) &&
    algs.includes(DPOP_ALG) &&
    typeof indexedDB !== 'undefined' &&
    typeof crypto !== 'undefined' &&
    typeof crypto.subtle !== 'undefined'
  );
}

/** Whether a token response's `token_type` says the access token is DPoP-bound. */
export function isDpopTokenType(tokenType: string | undefined): boolean {
  return typeof tokenType === 'string' && tokenType.toLowerCase() === 'dpop';
}

/** A DPoP proof's `htu`: the request URL without query and fragment (RFC 9449 §4.2). */
export function proofTargetUri(url: string): string {
  const target = new URL(url, location.href);
  target.search = '';
  target.hash = '';
  return target.href;
}
