import type { SessionErrorKind } from './session-context.js';

/** A failure of the session layer with the kind the error state shows. */
export class SessionError extends Error {
  override readonly name: string = 'SessionError';
  /** What failed: picks the message and whether a popup fallback is offered. */
  readonly kind: SessionErrorKind;

  constructor(kind: SessionErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

/** gu-session is missing or has invalid attributes. */
export class ConfigError extends SessionError {
  override readonly name: string = 'ConfigError';

  constructor(message: string) {
    super('configuration', message);
  }
}

/** Whether an error is the network failing (fetch rejected, or oidc-client-ts timed out). */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  if (error instanceof Error && (error.name === 'ErrorTimeout' || /network/i.test(error.message))) return true;
  return false;
}

/** The OAuth error code of an oidc-client-ts ErrorResponse (`invalid_grant` …), if it is one. */
export function oauthErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'error' in error) {
    const code = (error as { error: unknown }).error;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** OAuth errors after which renewing again cannot help (the refresh token is dead): the session has ended. */
export function isFinalOauthError(error: unknown): boolean {
  const code = oauthErrorCode(error);
  return code !== undefined && code !== 'server_error' && code !== 'temporarily_unavailable';
}

/** Maps any failure of a token-endpoint step (code exchange, refresh) to a SessionError. */
export function classifyTokenFailure(error: unknown): SessionError {
  if (error instanceof SessionError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (isNetworkFailure(error)) return new SessionError('network', message, { cause: error });
  if (/no matching state/i.test(message)) return new SessionError('state', message, { cause: error });
  if (/nonce|id_token|ID Token|sub in|azp|auth_time/i.test(message)) {
    return new SessionError('id-token', message, { cause: error });
  }
  return new SessionError('token', message, { cause: error });
}
