/**
 * The identity API of <gu-login> (`/api/identity/…` of the contract, no bearer token): every flow step answers an
 * `IdentityStep`; the last one carries `redirectTo` for the session's `acceptAuthorizationResponse`.
 */
import { ApiError, createApiClient, type ApiClient } from '../core/api/index.js';
import type { AuthorizationRequest } from '../core/session/session-context.js';

/** A way to receive a one-time code. */
export type CodeMethod = 'sms' | 'email' | 'totp';
/** The password policy: the seeds' default or NIST SP 800-63B. */
export type PasswordPolicy = 'default' | 'nist';

/** The authorization request in the shape the identity API takes. */
export interface Authorization {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  nonce: string;
  codeChallenge: string;
  codeChallengeMethod: 'S256';
}

/** The state of a one-time code. */
export interface CodeInfo {
  method: CodeMethod;
  destination: string;
  length: number;
  /** Seconds until it expires (at the time of the answer). */
  expiresIn: number;
  /** Seconds until a new one may be requested; absent for an authenticator app. */
  resendIn?: number;
  attemptsLeft: number;
  state: 'active' | 'expired' | 'exhausted';
}

/** Where a flow is and what it needs next (the contract's IdentityStep). */
export interface IdentityStep {
  flowId: string;
  step: 'second-factor' | 'code' | 'password' | 'questions' | 'signature' | 'bank' | 'passkey' | 'qr' | 'done';
  methods?: { method: CodeMethod; destination: string }[];
  backupCodes?: boolean;
  code?: CodeInfo;
  problem?:
    'wrong-code' | 'code-expired' | 'code-exhausted' | 'wrong-backup-code' | 'wrong-answers' | 'contact-registered';
  questions?: { id: string; text: string }[];
  attemptsLeft?: number;
  password?: { policy: PasswordPolicy; minLength: number; maxLength: number; endOtherSessions?: boolean };
  challenge?: string;
  certificates?: { id: string; owner: string; issuer: string; validFrom: string; validTo: string; expired: boolean }[];
  redirectUrl?: string;
  publicKey?: { challenge: string; rpId: string; timeout: number; allowCredentials?: string[] };
  qr?: { payload: string; expiresIn: number; pollInterval: number; state: 'waiting' | 'scanned' | 'expired' };
  redirectTo?: string;
  level?: 'simplified' | 'standard' | 'confirmed';
}

/** Checks the shape every step has (the rest is optional and read defensively). */
export function parseStep(data: unknown): IdentityStep {
  const step = data as IdentityStep | null;
  if (!step || typeof step !== 'object' || typeof step.flowId !== 'string' || typeof step.step !== 'string')
    throw new ApiError('malformed', 'Not an IdentityStep');
  if (step.step === 'done' && step.redirectTo !== undefined && typeof step.redirectTo !== 'string')
    throw new ApiError('malformed', 'redirectTo is not a string');
  return step;
}

/** The authorization request of the session, as the identity API takes it. */
export function toAuthorization(request: AuthorizationRequest): Authorization {
  return {
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    scope: request.scope,
    state: request.state,
    nonce: request.nonce,
    codeChallenge: request.codeChallenge,
    codeChallengeMethod: request.codeChallengeMethod,
  };
}

/** The identity client of one widget: `post('sign-in', body)` → IdentityStep. */
export interface IdentityApi {
  post(path: string, body: object, signal?: AbortSignal): Promise<IdentityStep>;
}

/** Creates the client under `<apiBase>/identity`. No token: the citizen is not signed in yet. */
export function createIdentityApi(apiBase: string, locale: () => string): IdentityApi {
  const client: ApiClient = createApiClient({ baseUrl: `${apiBase.replace(/\/+$/, '')}/identity`, locale });
  return {
    post: (path, body, signal) => client.post(path, body, { parse: parseStep, signal }),
  };
}

/** `flows/<id>/<action>` with the id encoded. */
export const flowPath = (flowId: string, action: string): string => `flows/${encodeURIComponent(flowId)}/${action}`;
