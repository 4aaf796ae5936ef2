/**
 * The rare paths of a request, loaded by request.ts with the first failure (a GET that never fails never loads
 * them): reading an error response, retries with backoff and Retry-After, the one repeat with a server's DPoP
 * nonce, and the one repeat after renewing the access token on a 401.
 */
import { ApiError } from './api-error.js';
import { errorFromResponse } from './errors.js';
import { backoffDelayMs, resolveRetryConfig, sleep } from './retry.js';
import type { ApiAuth, ApiAuthHooks, RetryConfig } from './request.js';

/** What one request has done so far; recovery.ts updates it before the request is repeated. */
export interface RequestState {
  token: string | null;
  retriesDone: number;
  repeatedAfterUnauthorized: boolean;
  repeatedWithNonce: boolean;
}

/** What recovery.ts needs of the client and of the failed request. */
export interface FailedRequest {
  auth: (ApiAuth & ApiAuthHooks) | undefined;
  retry: RetryConfig | undefined;
  /** GET or HEAD: an idempotent read core/api may repeat on its own. */
  mayRetry: boolean;
  signal: AbortSignal | undefined;
  state: RequestState;
  aborted(): ApiError;
  /** The client's current token (a throw or rejection is ApiError 'unauthorized'). */
  currentToken(): string | null | Promise<string | null>;
  /** The client's one renewal in flight, shared by its requests. */
  renewal: { pending?: Promise<string | null> | undefined };
}

/** A token to repeat a 401'd request with: joins a renewal in flight, reuses one another request already got, or renews. */
async function tokenAfterUnauthorized({ auth, currentToken, renewal, state }: FailedRequest): Promise<string | null> {
  if (renewal.pending) return renewal.pending;
  const current = await currentToken();
  if (current !== null && current !== state.token) return current;
  renewal.pending ??= (async () => {
    try {
      return await auth!.renewAccessToken!();
    } finally {
      renewal.pending = undefined;
    }
  })();
  return renewal.pending;
}

function wait(request: FailedRequest, ms: number): Promise<void> {
  return sleep(ms, request.signal, () => request.aborted());
}

/** A network error of an attempt: resolves after the backoff when the request is to be repeated, else rejects. */
export async function afterNetworkError(request: FailedRequest, error: ApiError): Promise<void> {
  const retry = resolveRetryConfig(request.retry);
  if (!request.mayRetry || request.state.retriesDone >= retry.retries) throw error;
  await wait(request, backoffDelayMs(request.state.retriesDone, retry));
  request.state.retriesDone += 1;
}

/** Whether the answer asks for the server's DPoP nonce (`use_dpop_nonce`: a 401 header or a 400 body error). */
function nonceAsked(request: FailedRequest, response: Response, text: string): boolean {
  if (typeof request.auth?.authorize !== 'function' || !response.headers.get('DPoP-Nonce')) return false;
  return (
    (response.status === 401 && /error="?use_dpop_nonce/i.test(response.headers.get('WWW-Authenticate') ?? '')) ||
    (response.status === 400 && /"error"\s*:\s*"use_dpop_nonce"/.test(text))
  );
}

/**
 * A non-2xx answer: resolves when the request is to be repeated (once with the server's DPoP nonce, once after
 * renewing the token on a 401, a 503 GET after the wait), else rejects with the ApiError of the answer.
 */
export async function afterErrorResponse(request: FailedRequest, response: Response, text: string): Promise<void> {
  const { state, auth } = request;
  if (nonceAsked(request, response, text)) {
    // Once: the same request with a proof carrying the server's nonce; asked again → an error, not a renewal.
    if (state.repeatedWithNonce) throw errorFromResponse(response, text);
    state.repeatedWithNonce = true;
    return;
  }

  if (response.status === 401 && typeof auth?.renewAccessToken === 'function' && !state.repeatedAfterUnauthorized) {
    state.repeatedAfterUnauthorized = true;
    let renewed: string | null;
    try {
      renewed = await tokenAfterUnauthorized(request);
    } catch (cause) {
      throw new ApiError('unauthorized', 'Session renewal failed', { status: 401, cause });
    }
    if (renewed === null) throw errorFromResponse(response, text);
    state.token = renewed;
    return;
  }

  const error = errorFromResponse(response, text);
  if (response.status === 401 && state.repeatedAfterUnauthorized) auth?.onUnauthorized?.();
  const retry = resolveRetryConfig(request.retry);
  if (response.status === 503 && request.mayRetry && state.retriesDone < retry.retries) {
    const waitMs = error.retryAfter === undefined ? backoffDelayMs(state.retriesDone, retry) : error.retryAfter * 1000;
    if (waitMs <= retry.maxDelayMs) {
      await wait(request, waitMs);
      state.retriesDone += 1;
      return;
    }
  }
  throw error;
}
