import type { OidcMetadata } from 'oidc-client-ts';
import { SessionError, isNetworkFailure } from './errors.js';
import { normaliseIssuer } from './claims.js';

const cache = new Map<string, Promise<Partial<OidcMetadata>>>();

function isUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Loads and checks the provider's discovery document (issuer = authority, endpoints are URLs). A malformed or
 * unreachable document is a SessionError ('discovery' or 'network'); failures are not cached, so retry re-fetches.
 */
export function loadDiscovery(authority: string): Promise<Partial<OidcMetadata>> {
  let pending = cache.get(authority);
  if (!pending) {
    pending = fetchDiscovery(authority);
    cache.set(authority, pending);
    pending.catch(() => cache.delete(authority));
  }
  return pending;
}

/** Forgets cached discovery documents (tests only). */
export function resetDiscoveryForTests(): void {
  cache.clear();
}

async function fetchDiscovery(authority: string): Promise<Partial<OidcMetadata>> {
  const url = `${normaliseIssuer(authority)}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (cause) {
    throw new SessionError(isNetworkFailure(cause) ? 'network' : 'discovery', `Discovery failed: ${url}`, { cause });
  }
  if (!response.ok) throw new SessionError('discovery', `Discovery answered ${response.status}: ${url}`);
  let document: unknown;
  try {
    document = await response.json();
  } catch (cause) {
    throw new SessionError('discovery', `Discovery is not JSON: ${url}`, { cause });
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new SessionError('discovery', `Discovery is not an object: ${url}`);
  }
  const metadata = document as Record<string, unknown>;
  if (typeof metadata['issuer'] !== 'string' || normaliseIssuer(metadata['issuer']) !== normaliseIssuer(authority)) {
    throw new SessionError('discovery', `Discovery issuer ${String(metadata['issuer'])} is not ${authority}`);
  }
  for (const field of ['authorization_endpoint', 'token_endpoint']) {
    if (!isUrl(metadata[field])) throw new SessionError('discovery', `Discovery ${field} is missing or not a URL`);
  }
  for (const field of ['userinfo_endpoint', 'revocation_endpoint', 'end_session_endpoint', 'jwks_uri']) {
    if (metadata[field] !== undefined && !isUrl(metadata[field])) {
      throw new SessionError('discovery', `Discovery ${field} is not a URL`);
    }
  }
  return metadata as Partial<OidcMetadata>;
}
