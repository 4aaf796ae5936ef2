/**
 * The mock OpenID Connect provider as MSW handlers under `/mock-oidc/…` on any origin: discovery, JWKS, the embedded
 * authorize hand-over, token (code + PKCE S256, rotated refresh tokens with reuse detection), userinfo, revocation.
 * See mocks/oidc/README.md.
 */
import { HttpResponse, delay, http } from 'msw';
import type { RequestHandler } from 'msw';
import { SLOW_LATENCY_MS, getScenario } from '../scenarios.js';
import { localeOf } from '../handlers/support.js';
import type { Locale } from '../handlers/support.js';
import { authenticateCitizen, claimsOf } from './citizens.js';
import { decodeJwt, publicJwk, randomToken, s256, signJwt, verifyJwtSignature } from './jwt.js';
import { readPortableCode } from './portable-code.js';
import {
  endOidcSession,
  isOidcSessionEnded,
  openOidcSession,
  resetOidcSessions,
  touchOidcSession,
} from './sessions.js';

/** The path of the mock provider on any origin; the authority is `${origin}${MOCK_OIDC_PATH}`. */
export const MOCK_OIDC_PATH = '/mock-oidc';
/** The `aud` of access tokens: the portal API. */
export const API_AUDIENCE = 'gu-kit-api';

/** A way to make the mock provider misbehave, for the session's error tests. */
export type OidcFault =
  'discovery-malformed' | 'token-500' | 'token-network' | 'refresh-invalid-grant' | 'wrong-audience' | 'wrong-nonce';

/** Lifetimes of the mock provider, in seconds. */
export interface MockOidcConfig {
  /** Access and ID token lifetime [300]. */
  accessTokenTtl: number;
  /** A refresh token unused this long expires (server-side idle timeout) [900]. */
  refreshIdleTtl: number;
  /** Absolute lifetime of a sign-in (refresh token family) [28 800 = 8 h]. */
  sessionTtl: number;
  /** Authorization code lifetime [60]. */
  codeTtl: number;
}

/** Calls the mock provider has answered since the last reset. */
export interface OidcStats {
  discoveryCalls: number;
  embeddedAuthorizeCalls: number;
  /** Every call of the token endpoint, whatever the grant or outcome. */
  tokenCalls: number;
  authorizationCodeCalls: number;
  refreshCalls: number;
  userinfoCalls: number;
  revokeCalls: number;
}

const DEFAULT_CONFIG: MockOidcConfig = { accessTokenTtl: 300, refreshIdleTtl: 900, sessionTtl: 28_800, codeTtl: 60 };

interface CodeRecord {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce?: string;
  scope: string;
  sub: string;
  authTime: number;
  expiresAt: number;
  /** The family the first exchange created: revoked when the code is replayed. */
  familyId?: string;
  used: boolean;
}

interface Family {
  clientId: string;
  sub: string;
  scope: string;
  authTime: number;
  expiresAt: number;
  revoked: boolean;
}

interface RefreshRecord {
  familyId: string;
  idleExpiresAt: number;
  rotated: boolean;
}

const emptyStats = (): OidcStats => ({
  discoveryCalls: 0,
  embeddedAuthorizeCalls: 0,
  tokenCalls: 0,
  authorizationCodeCalls: 0,
  refreshCalls: 0,
  userinfoCalls: 0,
  revokeCalls: 0,
});

let config: MockOidcConfig = { ...DEFAULT_CONFIG };
let fault: OidcFault | null = null;
let stats = emptyStats();
const codes = new Map<string, CodeRecord>();
const families = new Map<string, Family>();
const refreshTokens = new Map<string, RefreshRecord>();
/** Access token `jti` → its family, so revocation and sign-out reach access tokens too. */
const accessTokens = new Map<string, string>();

/** Makes the provider misbehave until `setOidcFault(null)` or `resetMockOidc()`. */
export function setOidcFault(next: OidcFault | null): void {
  fault = next;
}

/** A copy of the call counts since the last reset. */
export function oidcStats(): OidcStats {
  return { ...stats };
}

/** Changes lifetimes (seconds); omitted fields stay as they are. */
export function configureMockOidc(changes: Partial<MockOidcConfig>): void {
  config = { ...config, ...changes };
}

/** The current lifetimes. */
export function mockOidcConfig(): MockOidcConfig {
  return { ...config };
}

/** Forgets codes, tokens, families, the fault, the stats and the configuration (the signing key stays). */
export function resetMockOidc(): void {
  config = { ...DEFAULT_CONFIG };
  fault = null;
  stats = emptyStats();
  codes.clear();
  families.clear();
  refreshTokens.clear();
  accessTokens.clear();
  resetOidcSessions();
}

const now = (): number => Math.floor(Date.now() / 1000);

/** The authority (issuer) of the mock provider as a request reached it. */
export function issuerOf(request: Request): string {
  return `${new URL(request.url).origin}${MOCK_OIDC_PATH}`;
}

/**
 * The citizen (`sub`) and session (`sid`) of a valid access token: signed by the mock key, audience the API, not
 * expired, not revoked, its session not ended.
 */
export async function verifyAccessToken(
  token: string,
): Promise<{ sub: string; scope: string; sid: string } | undefined> {
  const payload = await verifyJwtSignature(token);
  if (!payload) return undefined;
  const { sub, aud, exp, jti, scope } = payload;
  if (typeof sub !== 'string' || aud !== API_AUDIENCE || typeof exp !== 'number' || exp <= now()) return undefined;
  const familyId = typeof jti === 'string' ? accessTokens.get(jti) : undefined;
  const family = familyId ? families.get(familyId) : undefined;
  if (!family || family.revoked || isOidcSessionEnded(familyId!)) return undefined;
  return { sub, scope: typeof scope === 'string' ? scope : '', sid: familyId! };
}

/** The `sub` of a JWT without checks (the API's scenario gate has verified it before handlers ask). */
export function subjectOfJwt(token: string): string | undefined {
  const sub = decodeJwt(token)?.sub;
  return typeof sub === 'string' ? sub : undefined;
}

const DESCRIPTIONS: Record<string, Record<Locale, string>> = {
  'missing-parameter': { ru: 'Не передан параметр {name}.', en: 'The {name} parameter is missing.' },
  'bad-parameter': { ru: 'Недопустимое значение параметра {name}.', en: 'The {name} parameter is invalid.' },
  'bad-credentials': { ru: 'Неверный логин или пароль.', en: 'Wrong login or password.' },
  'unsupported-response-type': {
    ru: 'Поддерживается только response_type=code.',
    en: 'Only response_type=code is supported.',
  },
  'no-openid-scope': { ru: 'В scope нет openid.', en: 'The scope has no openid.' },
  'unsupported-grant-type': {
    ru: 'Поддерживаются authorization_code и refresh_token.',
    en: 'Only authorization_code and refresh_token are supported.',
  },
  'bad-code': {
    ru: 'Код авторизации недействителен, истёк или уже использован.',
    en: 'The authorization code is invalid, expired or already used.',
  },
  'client-mismatch': { ru: 'Код выдан другому клиенту.', en: 'The code was issued to another client.' },
  'redirect-mismatch': {
    ru: 'redirect_uri не совпадает с запросом авторизации.',
    en: 'redirect_uri does not match the authorization request.',
  },
  'pkce-failed': {
    ru: 'code_verifier не соответствует code_challenge.',
    en: 'code_verifier does not match code_challenge.',
  },
  'bad-refresh': {
    ru: 'Refresh-токен недействителен, истёк или отозван. Войдите снова.',
    en: 'The refresh token is invalid, expired or revoked. Please sign in again.',
  },
  'refresh-reused': {
    ru: 'Refresh-токен уже использован: сеанс отозван. Войдите снова.',
    en: 'The refresh token was already used: the session is revoked. Please sign in again.',
  },
  'session-ended': {
    ru: 'Сеанс завершён поставщиком. Войдите снова.',
    en: 'The provider ended the session. Please sign in again.',
  },
  'session-ended-by-citizen': {
    ru: 'Сеанс завершён с другого устройства. Войдите снова.',
    en: 'The session was ended from another device. Please sign in again.',
  },
  'server-error': { ru: 'Внутренняя ошибка сервера авторизации.', en: 'Internal error of the authorization server.' },
  'bad-token': { ru: 'Токен доступа недействителен или истёк.', en: 'The access token is invalid or expired.' },
  'no-interaction': {
    ru: 'Вход через переадресацию недоступен в режиме MSW: используйте встроенную форму входа.',
    en: 'Redirect sign-in is not available in MSW mode: use the embedded sign-in form.',
  },
};

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

/** An OAuth error body `{ error, error_description }` with a localized description. */
function oauthError(
  request: Request,
  status: number,
  error: string,
  description: string,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
): Response {
  const locale = localeOf(request);
  const template = DESCRIPTIONS[description]?.[locale] ?? description;
  const errorDescription = template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
  return HttpResponse.json(
    { error, error_description: errorDescription },
    { status, headers: { ...NO_STORE, 'Content-Language': locale, ...headers } },
  );
}

/** The parameters of a form-encoded or JSON body (only string values). */
async function bodyParams(request: Request): Promise<Map<string, string>> {
  const params = new Map<string, string>();
  const type = request.headers.get('Content-Type') ?? '';
  try {
    if (type.includes('application/json')) {
      const body: unknown = await request.json();
      if (body && typeof body === 'object')
        for (const [key, value] of Object.entries(body)) if (typeof value === 'string') params.set(key, value);
    } else {
      for (const [key, value] of new URLSearchParams(await request.text())) params.set(key, value);
    }
  } catch {
    // An unreadable body has no parameters: the caller answers invalid_request.
  }
  return params;
}

/** Applies the scenarios that concern a provider: offline (network error) and slow; undefined = go on. */
async function scenarioAnswer(): Promise<Response | undefined> {
  const scenario = getScenario();
  if (scenario === 'offline') return HttpResponse.error();
  if (scenario === 'slow') await delay(SLOW_LATENCY_MS);
  return undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hash === '';
  } catch {
    return false;
  }
}

async function issueTokens(
  request: Request,
  familyId: string,
  family: Family,
  nonce: string | undefined,
): Promise<Response> {
  const issuedAt = now();
  const issuer = issuerOf(request);
  const jti = randomToken(16);
  accessTokens.set(jti, familyId);
  const accessToken = await signJwt(
    {
      iss: issuer,
      sub: family.sub,
      aud: API_AUDIENCE,
      client_id: family.clientId,
      scope: family.scope,
      sid: familyId,
      iat: issuedAt,
      exp: issuedAt + config.accessTokenTtl,
      jti,
    },
    'at+jwt',
  );
  const refreshToken = randomToken(32);
  refreshTokens.set(refreshToken, { familyId, idleExpiresAt: issuedAt + config.refreshIdleTtl, rotated: false });
  const idClaims: Record<string, unknown> = {
    ...claimsOf(family.sub),
    iss: issuer,
    aud: fault === 'wrong-audience' ? 'another-client' : family.clientId,
    iat: issuedAt,
    exp: issuedAt + config.accessTokenTtl,
    auth_time: family.authTime,
    sid: familyId,
  };
  if (fault === 'wrong-nonce') idClaims.nonce = 'not-the-nonce-of-this-request';
  else if (nonce !== undefined) idClaims.nonce = nonce;
  return HttpResponse.json(
    {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: config.accessTokenTtl,
      refresh_token: refreshToken,
      id_token: await signJwt(idClaims),
      scope: family.scope,
    },
    { headers: NO_STORE },
  );
}

/** Revokes a family (a sign-out, a replayed code or refresh token): its session leaves the account's list. */
function revokeFamily(familyId: string | undefined): void {
  const family = familyId ? families.get(familyId) : undefined;
  if (family) family.revoked = true;
  if (familyId) endOidcSession(familyId, 'signed-out');
}

/**
 * A code of the authorize page (build/mock-pages.ts) that this page has not seen yet: checked (MAC, expiry) and
 * remembered like a code of this page, so it is single use here too (portable-code.ts).
 */
async function adoptPortableCode(value: string): Promise<CodeRecord | undefined> {
  const claims = await readPortableCode(value, now());
  if (!claims) return undefined;
  const record: CodeRecord = {
    clientId: claims.clientId,
    redirectUri: claims.redirectUri,
    challenge: claims.codeChallenge,
    nonce: claims.nonce,
    scope: claims.scope,
    sub: claims.sub,
    authTime: claims.authTime,
    expiresAt: claims.expiresAt,
    used: false,
  };
  codes.set(value, record);
  return record;
}

async function authorizationCodeGrant(request: Request, params: Map<string, string>): Promise<Response> {
  stats.authorizationCodeCalls += 1;
  for (const name of ['code', 'redirect_uri', 'client_id', 'code_verifier'])
    if (!params.get(name)) return oauthError(request, 400, 'invalid_request', 'missing-parameter', { name });
  const code = codes.get(params.get('code')!) ?? (await adoptPortableCode(params.get('code')!));
  if (!code || code.expiresAt <= now()) return oauthError(request, 400, 'invalid_grant', 'bad-code');
  if (code.used) {
    // A replayed code: revoke what its first exchange issued (RFC 6749 §4.1.2).
    revokeFamily(code.familyId);
    return oauthError(request, 400, 'invalid_grant', 'bad-code');
  }
  code.used = true;
  if (code.clientId !== params.get('client_id')) return oauthError(request, 400, 'invalid_grant', 'client-mismatch');
  if (code.redirectUri !== params.get('redirect_uri'))
    return oauthError(request, 400, 'invalid_grant', 'redirect-mismatch');
  if ((await s256(params.get('code_verifier')!)) !== code.challenge)
    return oauthError(request, 400, 'invalid_grant', 'pkce-failed');
  const familyId = randomToken(12);
  const family: Family = {
    clientId: code.clientId,
    sub: code.sub,
    scope: code.scope,
    authTime: code.authTime,
    expiresAt: code.authTime + config.sessionTtl,
    revoked: false,
  };
  families.set(familyId, family);
  openOidcSession(request, {
    id: familyId,
    personId: family.sub,
    clientId: family.clientId,
    expiresAt: family.expiresAt * 1000,
  });
  code.familyId = familyId;
  return issueTokens(request, familyId, family, code.nonce);
}

async function refreshTokenGrant(request: Request, params: Map<string, string>): Promise<Response> {
  stats.refreshCalls += 1;
  for (const name of ['refresh_token', 'client_id'])
    if (!params.get(name)) return oauthError(request, 400, 'invalid_request', 'missing-parameter', { name });
  if (fault === 'refresh-invalid-grant') return oauthError(request, 400, 'invalid_grant', 'session-ended');
  const record = refreshTokens.get(params.get('refresh_token')!);
  const family = record ? families.get(record.familyId) : undefined;
  if (!record || !family || family.revoked) return oauthError(request, 400, 'invalid_grant', 'bad-refresh');
  // The citizen ended this session (from another device, or by changing the password).
  if (isOidcSessionEnded(record.familyId)) return oauthError(request, 400, 'invalid_grant', 'session-ended-by-citizen');
  if (record.rotated) {
    // Reuse of a rotated refresh token: someone else has the family — revoke all of it.
    revokeFamily(record.familyId);
    return oauthError(request, 400, 'invalid_grant', 'refresh-reused');
  }
  if (family.clientId !== params.get('client_id')) return oauthError(request, 400, 'invalid_grant', 'client-mismatch');
  if (record.idleExpiresAt <= now() || family.expiresAt <= now()) {
    family.revoked = true;
    endOidcSession(record.familyId, 'expired');
    return oauthError(request, 400, 'invalid_grant', 'bad-refresh');
  }
  record.rotated = true;
  touchOidcSession(record.familyId, request);
  return issueTokens(request, record.familyId, family, undefined);
}

/** An authorization request as the embedded identity flows (mocks/identity) hand it over. */
export interface AuthorizationCodeRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  state?: string;
  nonce?: string;
  codeChallenge: string;
}

/**
 * Issues a single-use authorization code for `sub` on a validated authorization request (S256 PKCE) and returns the
 * redirect `<redirect_uri>?code=…&state=…` — what /embedded/authorize answers; used by mocks/identity.
 */
export function issueAuthorizationCode(request: AuthorizationCodeRequest, sub: string): string {
  stats.embeddedAuthorizeCalls += 1;
  const code = randomToken(24);
  const issuedAt = now();
  codes.set(code, {
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    challenge: request.codeChallenge,
    nonce: request.nonce || undefined,
    scope: request.scope,
    sub,
    authTime: issuedAt,
    expiresAt: issuedAt + config.codeTtl,
    used: false,
  });
  const target = new URL(request.redirectUri);
  target.searchParams.set('code', code);
  if (request.state) target.searchParams.set('state', request.state);
  return target.href;
}

const at = (path: string): string => `*${MOCK_OIDC_PATH}${path}`;

/** The handlers of the mock provider, registered in mocks/handlers/index.ts. */
export const oidcHandlers: RequestHandler[] = [
  http.get(at('/.well-known/openid-configuration'), async () => {
    const offline = await scenarioAnswer();
    if (offline) return offline;
    stats.discoveryCalls += 1;
    if (fault === 'discovery-malformed')
      return new HttpResponse('{"issuer": <html>not a discovery document', {
        headers: { 'Content-Type': 'application/json' },
      });
    return undefined; // answered by the next handler (keeps this one small)
  }),
  http.get(at('/.well-known/openid-configuration'), ({ request }) => {
    const issuer = issuerOf(request);
    return HttpResponse.json({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      revocation_endpoint: `${issuer}/revoke`,
      end_session_endpoint: `${issuer}/logout`,
      embedded_authorization_endpoint: `${issuer}/embedded/authorize`,
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      revocation_endpoint_auth_methods_supported: ['none'],
      scopes_supported: ['openid', 'profile', 'email', 'phone', 'offline_access'],
      claims_supported: [
        'sub',
        'iss',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'nonce',
        'acr',
        'name',
        'family_name',
        'given_name',
        'middle_name',
        'snils',
        'phone_number',
        'email',
        'account_level',
      ],
      acr_values_supported: ['simplified', 'standard', 'confirmed'].map((level) => `urn:gu-kit:level:${level}`),
    });
  }),
  http.get(at('/jwks'), async () => (await scenarioAnswer()) ?? HttpResponse.json({ keys: [await publicJwk()] })),
  http.post(at('/embedded/authorize'), async ({ request }) => {
    const offline = await scenarioAnswer();
    if (offline) return offline;
    stats.embeddedAuthorizeCalls += 1;
    const params = await bodyParams(request);
    for (const name of [
      'client_id',
      'redirect_uri',
      'response_type',
      'scope',
      'code_challenge',
      'code_challenge_method',
    ])
      if (!params.get(name)) return oauthError(request, 400, 'invalid_request', 'missing-parameter', { name });
    const redirectUri = params.get('redirect_uri')!;
    if (!isHttpUrl(redirectUri))
      return oauthError(request, 400, 'invalid_request', 'bad-parameter', { name: 'redirect_uri' });
    if (params.get('response_type') !== 'code')
      return oauthError(request, 400, 'unsupported_response_type', 'unsupported-response-type');
    if (!params.get('scope')!.split(' ').includes('openid'))
      return oauthError(request, 400, 'invalid_scope', 'no-openid-scope');
    if (
      params.get('code_challenge_method') !== 'S256' ||
      !/^[A-Za-z0-9_-]{43,128}$/.test(params.get('code_challenge')!)
    )
      return oauthError(request, 400, 'invalid_request', 'bad-parameter', { name: 'code_challenge' });
    for (const name of ['login', 'password'])
      if (!params.get(name)) return oauthError(request, 400, 'invalid_request', 'missing-parameter', { name });
    const citizen = authenticateCitizen(params.get('login')!, params.get('password')!);
    if (!citizen) return oauthError(request, 401, 'access_denied', 'bad-credentials');
    const code = randomToken(24);
    const issuedAt = now();
    codes.set(code, {
      clientId: params.get('client_id')!,
      redirectUri,
      challenge: params.get('code_challenge')!,
      nonce: params.get('nonce') || undefined,
      scope: params.get('scope')!,
      sub: citizen.personId,
      authTime: issuedAt,
      expiresAt: issuedAt + config.codeTtl,
      used: false,
    });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    if (params.get('state')) target.searchParams.set('state', params.get('state')!);
    return HttpResponse.json({ redirectTo: target.href }, { headers: NO_STORE });
  }),
  http.post(at('/token'), async ({ request }) => {
    const offline = await scenarioAnswer();
    if (offline) return offline;
    stats.tokenCalls += 1;
    if (fault === 'token-network') return HttpResponse.error();
    if (fault === 'token-500') return oauthError(request, 500, 'server_error', 'server-error');
    const params = await bodyParams(request);
    const grant = params.get('grant_type');
    if (grant === 'authorization_code') return authorizationCodeGrant(request, params);
    if (grant === 'refresh_token') return refreshTokenGrant(request, params);
    if (!grant) return oauthError(request, 400, 'invalid_request', 'missing-parameter', { name: 'grant_type' });
    return oauthError(request, 400, 'unsupported_grant_type', 'unsupported-grant-type');
  }),
  ...(['get', 'post'] as const).map((method) =>
    http[method](at('/userinfo'), async ({ request }) => {
      const offline = await scenarioAnswer();
      if (offline) return offline;
      stats.userinfoCalls += 1;
      const match = /^Bearer (\S+)$/.exec(request.headers.get('Authorization') ?? '');
      const access = match ? await verifyAccessToken(match[1]!) : undefined;
      if (!access)
        return oauthError(
          request,
          401,
          'invalid_token',
          'bad-token',
          {},
          {
            'WWW-Authenticate': 'Bearer error="invalid_token"',
          },
        );
      return HttpResponse.json(claimsOf(access.sub), { headers: NO_STORE });
    }),
  ),
  http.post(at('/revoke'), async ({ request }) => {
    const offline = await scenarioAnswer();
    if (offline) return offline;
    stats.revokeCalls += 1;
    const params = await bodyParams(request);
    const token = params.get('token');
    if (!token) return oauthError(request, 400, 'invalid_request', 'missing-parameter', { name: 'token' });
    const refresh = refreshTokens.get(token);
    if (refresh) revokeFamily(refresh.familyId);
    else {
      const payload = await verifyJwtSignature(token);
      if (typeof payload?.jti === 'string') revokeFamily(accessTokens.get(payload.jti));
    }
    // RFC 7009 §2.2: 200 whether or not the token was known.
    return new HttpResponse(null, { status: 200, headers: NO_STORE });
  }),
  http.get(at('/authorize'), async ({ request }) => {
    const offline = await scenarioAnswer();
    if (offline) return offline;
    return oauthError(request, 400, 'interaction_required', 'no-interaction');
  }),
  http.get(at('/logout'), async ({ request }) => {
    const offline = await scenarioAnswer();
    if (offline) return offline;
    // No provider session exists in the mock: send the browser back where it asked to go (reachable over the Node server).
    const url = new URL(request.url);
    const back = url.searchParams.get('post_logout_redirect_uri');
    if (back && isHttpUrl(back)) {
      const target = new URL(back);
      const state = url.searchParams.get('state');
      if (state) target.searchParams.set('state', state);
      return new HttpResponse(null, { status: 302, headers: { Location: target.href } });
    }
    return new HttpResponse(null, { status: 204 });
  }),
];
