/**
 * A small protected resource of the dev IdP (`<issuer>/resource/me`) for the DPoP end-to-end test (requirement 8): it
 * looks up the opaque access token in the provider, rejects a DPoP-bound token presented as `Bearer`, and verifies the
 * `DPoP` proof per RFC 9449 §4.3/§7 with WebCrypto only — typ, ES256 signature with the header's `jwk` (public, no
 * `d`), htm, htu, iat (±60 s), jti not replayed, ath = base64url(SHA-256(access token)), the key's RFC 7638
 * thumbprint = the token's `cnf.jkt`, and (optionally) the resource's `DPoP-Nonce` (`use_dpop_nonce` first).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';

/** One call of the protected resource, as the tests read it. */
export interface ResourceCall {
  method: string;
  /** The path asked for (`/resource/me`, `/resource/events` …). */
  path: string;
  /** The Authorization scheme presented ('' without one). */
  scheme: string;
  status: number;
  /** The OAuth error of a rejection (`invalid_token`, `invalid_dpop_proof`, `use_dpop_nonce`). */
  error?: string;
  /** What was wrong, for test failure messages. */
  description?: string;
  /** The proof's claims of an accepted DPoP call. */
  proof?: { htm: string; htu: string; iat: number; ath: string; nonce?: string; jkt: string };
}

/** Options of the protected resource. */
export interface ProtectedResourceOptions {
  provider: Provider;
  issuer: string;
  /** Origins allowed by CORS (the client's redirect URI origins). */
  allowedOrigins: ReadonlySet<string>;
  /** Demand the resource's own `DPoP-Nonce` in proofs (answer `use_dpop_nonce` first) [true]. */
  requireNonce?: boolean;
}

/** The protected resource: `handle` answers `/resource/*` requests; `calls()` lists what it saw. */
export interface ProtectedResource {
  handle(req: IncomingMessage, res: ServerResponse): void;
  calls(): ResourceCall[];
}

const PROOF_MAX_AGE_S = 60;

function base64url(bytes: ArrayBuffer | Uint8Array): string {
  return Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('base64url');
}

async function sha256(text: string): Promise<string> {
  return base64url(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

class ProofError extends Error {
  constructor(
    readonly code: 'invalid_dpop_proof' | 'use_dpop_nonce' | 'invalid_token',
    message: string,
  ) {
    super(message);
  }
}

interface EcJwk {
  kty: string;
  crv: string;
  x: string;
  y: string;
  d?: string;
}

/** RFC 7638 thumbprint of an EC public key. */
export async function ecThumbprint(jwk: EcJwk): Promise<string> {
  return sha256(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }));
}

/** Verifies a DPoP proof for a request and an access token; returns its claims and the key's thumbprint. */
export async function verifyDpopProof(
  proof: string,
  expected: { htm: string; htu: string; accessToken: string; nonce?: string; seenJti?: Set<string> },
): Promise<NonNullable<ResourceCall['proof']>> {
  const parts = proof.split('.');
  if (parts.length !== 3) throw new ProofError('invalid_dpop_proof', 'the proof is not a compact JWS');
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  let header: { typ?: unknown; alg?: unknown; jwk?: EcJwk };
  let payload: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8')) as typeof header;
    payload = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new ProofError('invalid_dpop_proof', 'the proof is not JSON');
  }
  if (header.typ !== 'dpop+jwt') throw new ProofError('invalid_dpop_proof', `typ ${String(header.typ)}`);
  if (header.alg !== 'ES256') throw new ProofError('invalid_dpop_proof', `alg ${String(header.alg)} (ES256 only)`);
  const jwk = header.jwk;
  if (!jwk || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string')
    throw new ProofError('invalid_dpop_proof', 'no P-256 public jwk in the header');
  if (jwk.d !== undefined) throw new ProofError('invalid_dpop_proof', 'the header jwk contains a private key');
  const key = await globalThis.crypto.subtle.importKey(
    'jwk',
    { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y },
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  const valid = await globalThis.crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    Buffer.from(signaturePart, 'base64url'),
    new TextEncoder().encode(`${headerPart}.${payloadPart}`),
  );
  if (!valid) throw new ProofError('invalid_dpop_proof', 'the signature does not verify with the header jwk');
  const { htm, htu, iat, jti, ath, nonce } = payload;
  if (htm !== expected.htm) throw new ProofError('invalid_dpop_proof', `htm ${String(htm)} ≠ ${expected.htm}`);
  if (htu !== expected.htu) throw new ProofError('invalid_dpop_proof', `htu ${String(htu)} ≠ ${expected.htu}`);
  if (typeof iat !== 'number' || Math.abs(Date.now() / 1000 - iat) > PROOF_MAX_AGE_S)
    throw new ProofError('invalid_dpop_proof', `iat ${String(iat)} is not within ${PROOF_MAX_AGE_S} s`);
  if (typeof jti !== 'string' || jti === '') throw new ProofError('invalid_dpop_proof', 'no jti');
  if (expected.seenJti?.has(jti)) throw new ProofError('invalid_dpop_proof', 'the proof was replayed (jti)');
  if (ath !== (await sha256(expected.accessToken)))
    throw new ProofError('invalid_dpop_proof', 'ath is not the hash of the access token');
  if (expected.nonce !== undefined && nonce !== expected.nonce)
    throw new ProofError('use_dpop_nonce', 'the resource requires its DPoP-Nonce');
  expected.seenJti?.add(jti);
  return {
    htm,
    htu,
    iat,
    ath,
    ...(typeof nonce === 'string' ? { nonce } : {}),
    jkt: await ecThumbprint(jwk),
  };
}

/** Creates the protected resource of a dev IdP. */
export function createProtectedResource(options: ProtectedResourceOptions): ProtectedResource {
  const calls: ResourceCall[] = [];
  const seenJti = new Set<string>();
  const nonce = globalThis.crypto.randomUUID();
  const requireNonce = options.requireNonce ?? true;

  function cors(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin;
    if (!origin || !options.allowedOrigins.has(origin)) return;
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Expose-Headers', 'DPoP-Nonce, WWW-Authenticate');
  }

  function answer(
    res: ServerResponse,
    call: ResourceCall,
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): void {
    calls.push(call);
    res.writeHead(call.status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
    res.end(JSON.stringify(body));
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', options.issuer);
    const htu = `${options.issuer}${url.pathname}`;
    const authorization = req.headers.authorization ?? '';
    const [scheme = '', accessToken = ''] = authorization.split(' ', 2);
    const challenge = (error: string, description: string): Record<string, string> => ({
      'WWW-Authenticate': `DPoP algs="ES256", error="${error}", error_description="${description.replace(/"/g, "'")}"`,
      ...(requireNonce ? { 'DPoP-Nonce': nonce } : {}),
    });
    const reject = (error: string, description: string, status = 401): void =>
      answer(
        res,
        { method, path: url.pathname, scheme, status, error, description },
        { error, error_description: description },
        challenge(error, description),
      );

    if (!accessToken || !/^(Bearer|DPoP)$/i.test(scheme)) return reject('invalid_token', 'no access token');
    const token = await options.provider.AccessToken.find(accessToken);
    if (!token || !token.isValid) return reject('invalid_token', 'unknown or expired access token');
    if (/^Bearer$/i.test(scheme)) {
      if (token.jkt) return reject('invalid_token', 'a DPoP-bound access token presented as Bearer');
      return answer(
        res,
        { method, path: url.pathname, scheme, status: 200 },
        { sub: token.accountId, scheme: 'Bearer' },
      );
    }
    if (!token.jkt) return reject('invalid_token', 'a Bearer access token presented as DPoP');
    const proofs = req.headersDistinct['dpop'] ?? [];
    if (proofs.length !== 1) return reject('invalid_dpop_proof', `${proofs.length} DPoP headers`);
    try {
      const proof = await verifyDpopProof(proofs[0]!, {
        htm: method,
        htu,
        accessToken,
        seenJti,
        ...(requireNonce ? { nonce } : {}),
      });
      if (proof.jkt !== token.jkt) throw new ProofError('invalid_dpop_proof', 'the proof key is not the token key');
      answer(
        res,
        { method, path: url.pathname, scheme, status: 200, proof },
        { sub: token.accountId, scheme: 'DPoP', jkt: proof.jkt },
        requireNonce ? { 'DPoP-Nonce': nonce } : {},
      );
    } catch (error) {
      if (!(error instanceof ProofError)) throw error;
      reject(error.code, error.message);
    }
  }

  return {
    calls: () => [...calls],
    handle(req, res) {
      cors(req, res);
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'Authorization, DPoP, Content-Type, Accept, Accept-Language, Idempotency-Key',
          'Access-Control-Max-Age': '600',
        });
        res.end();
        return;
      }
      serve(req, res).catch((error: unknown) => {
        if (!res.headersSent)
          res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":"server_error"}');
        console.error('dev IdP resource error:', error);
      });
    },
  };
}
