/**
 * createApiClient: the one request function every widget's api.ts uses (token, locale, timeout, retries, idempotency, typed errors).
 * The rare paths — reading an error response, retries and backoff, the DPoP-nonce repeat, the renewal after a 401 —
 * are in recovery.ts, loaded with the first failure: a widget's first render carries only the successful request.
 */
import { ApiError, isApiError } from './api-error.js';
import { bearerHeaders } from './bearer.js';
import type * as RecoveryModule from './recovery.js';
import type { FailedRequest, RequestState } from './recovery.js';
import type { RetryConfig } from './retry.js';
import { createAttemptSignal } from './signals.js';
import { buildUrl, type QueryParams } from './url.js';

export type { RetryConfig };

type Recovery = typeof RecoveryModule;
/** recovery.ts, loaded once per page with the first failed attempt (again after a failed load). */
let recovery: Promise<Recovery> | undefined;
function loadRecovery(failure: ApiError): Promise<Recovery> {
  recovery ??= import('./recovery.js').catch((cause: unknown) => {
    recovery = undefined;
    // Offline before it came: the failure stands (kind 'network' when the server answered: a retry may load it).
    throw failure.kind === 'network' || failure.status === undefined
      ? failure
      : new ApiError('network', failure.message, { status: failure.status, cause });
  });
  return recovery;
}

/** Where access tokens come from; the only place core/api touches tokens. Leave it out for cookie (BFF) mode. */
export interface ApiAuth {
  /** The current access token, or null when there is none. */
  getAccessToken(): Promise<string | null> | string | null;
  /** Gets a new access token after a 401; resolves null when the session cannot be renewed. */
  renewAccessToken?(): Promise<string | null>;
  /** Told when a request still gets 401 after the one renewal: the session is over (sign out, no loop). */
  onUnauthorized?(): void;
}

/** What `ApiAuthHooks.authorize` gets: the access token core/api chose for this attempt and the request it goes with. */
export interface AuthorizeRequest {
  /** The access token of this attempt (after a 401: the renewed one). */
  accessToken: string;
  /** The absolute request URL (query included; a DPoP proof's `htu` drops the query and fragment). */
  url: string;
  /** The HTTP method (upper case), a DPoP proof's `htm`. */
  method: string;
  /** The resource server's latest `DPoP-Nonce`, when it sent one. */
  nonce?: string;
}

/**
 * Optional hooks of a token source beyond `ApiAuth` (kept apart so `Required<ApiAuth>` implementations stay valid).
 * `<gu-session>`'s `apiAuth` has them.
 */
export interface ApiAuthHooks {
  /**
   * The authorization headers of one request, used instead of `Authorization: Bearer <token>` when present — e.g.
   * `{ Authorization: 'DPoP <token>', DPoP: '<proof for method + url>' }` for a DPoP-bound token (RFC 9449). Called
   * for every attempt (a fresh proof each time). A rejection becomes ApiError 'unauthorized'.
   */
  authorize?(request: AuthorizeRequest): Promise<Record<string, string>> | Record<string, string>;
}

/** Settings of one API client (usually one per widget instance, from its `api-base` attribute and the session). */
export interface ApiClientConfig {
  /** Base of every path, e.g. '/api' or 'https://portal.example/api'. */
  baseUrl: string;
  /** Bearer-token source (with `authorize`: any scheme, e.g. DPoP); absent = BFF mode: cookies (`credentials: 'include'`) and no Authorization header. */
  auth?: ApiAuth & ApiAuthHooks;
  /** Current UI locale for Accept-Language (default 'ru'). */
  locale?: () => string;
  /** Time limit of each attempt in ms, body included (default 15000). */
  timeoutMs?: number;
  /** fetch implementation (default: globalThis.fetch at call time). */
  fetch?: typeof fetch;
  /** Automatic retries of idempotent reads. */
  retry?: RetryConfig;
}

/** HTTP methods core/api sends. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One call's options, without response validation. */
export interface RequestOptions {
  /** HTTP method (default 'GET'). */
  method?: HttpMethod;
  /** Path under baseUrl, e.g. 'profile' or `applications/${pathSegment(id)}`; '.'/'..' segments and absolute URLs are rejected. */
  path: string;
  /** Query parameters; arrays repeat, undefined/null are skipped. */
  query?: QueryParams;
  /** Request body, sent as JSON. */
  body?: unknown;
  /** The caller's abort signal (e.g. aborted on disconnect); aborting rejects with kind 'aborted'. */
  signal?: AbortSignal;
  /** Idempotency-Key for unsafe methods; reuse one key across retries of one logical attempt. A fresh key is sent when absent. */
  idempotencyKey?: string;
  /** Extra headers (e.g. `Accept`, `If-None-Match`, `Last-Event-ID`); the token's and the locale's are core/api's. */
  headers?: Record<string, string>;
}

/**
 * A request whose answer is handed over unread (core/api/live-updates.ts: an event stream, a conditional poll): it
 * resolves the Response of a 2xx or 304 — no time limit once it started, the caller's signal ends it — and fails
 * like any request otherwise (a 401 renews the token once, a read is retried on network errors and 503), with the
 * error's kind, status and Retry-After but not its body (unread).
 */
export interface RawRequestOptions extends RequestOptions {
  raw: true;
}

/** One call's options with response validation: `parse` gets the JSON body and returns the typed value or throws. */
export interface ParsedRequestOptions<T> extends RequestOptions {
  /** Validates the response body (see valibotParser); a throw becomes ApiError 'malformed'. */
  parse: (data: unknown) => T;
}

/** Options of the get/post/put/patch/delete helpers. */
export type HelperOptions = Omit<RequestOptions, 'method' | 'path' | 'body'>;

/** What createApiClient returns. */
export interface ApiClient {
  /** Sends one request; resolves the parsed body (undefined for 204/HEAD) or rejects with ApiError. */
  request<T>(options: ParsedRequestOptions<T>): Promise<T>;
  request(options: RawRequestOptions): Promise<Response>;
  request(options: RequestOptions): Promise<unknown>;
  /** GET helper. */
  get<T>(path: string, options: HelperOptions & { parse: (data: unknown) => T }): Promise<T>;
  get(path: string, options?: HelperOptions): Promise<unknown>;
  /** POST helper (always sends an Idempotency-Key). */
  post<T>(path: string, body: unknown, options: HelperOptions & { parse: (data: unknown) => T }): Promise<T>;
  post(path: string, body?: unknown, options?: HelperOptions): Promise<unknown>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** Methods that change state and therefore always carry an Idempotency-Key. */
const isUnsafeMethod = (method: string): boolean =>
  method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE';

/**
 * A fresh Idempotency-Key (idempotency.ts, loaded with the first unsafe call that brings none). Offline before it
 * came, the call fails as any request would: ApiError 'network', nothing sent.
 */
const freshIdempotencyKey = (): Promise<string> =>
  import('./idempotency.js').then(
    ({ createIdempotencyKey }) => createIdempotencyKey(),
    (cause: unknown) =>
      Promise.reject(new ApiError('network', 'Could not load the Idempotency-Key generator', { cause })),
  );

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** Goes on with `value` at once, or once the promise resolves. */
const after = <T, R>(value: T | Promise<T>, next: (value: T) => Promise<R>): Promise<R> =>
  isPromise(value) ? value.then(next) : next(value);

/** Result of one attempt that reached the server. */
interface AttemptResult {
  response: Response;
  text: string;
}

/** Creates an API client; see README.md for the rules it applies. */
export function createApiClient(config: ApiClientConfig): ApiClient {
  const { auth } = config;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch: typeof fetch = config.fetch ?? ((input, init) => globalThis.fetch(input, init));

  /** The one renewal in flight, shared by every request of this client (recovery.ts starts and joins it). */
  const renewal: FailedRequest['renewal'] = {};
  /** The latest `DPoP-Nonce` per origin (RFC 9449 §9), handed to `authorize` for the next proofs. */
  const dpopNonces = new Map<string, string>();

  function locale(): string {
    try {
      return config.locale?.() || 'ru';
    } catch {
      return 'ru';
    }
  }

  /** The current token: at once when the source has it at hand, else a promise (a throw or rejection is 'unauthorized'). */
  function currentToken(): string | null | Promise<string | null> {
    const failed = (cause: unknown) => new ApiError('unauthorized', 'Could not get an access token', { cause });
    try {
      const token = auth?.getAccessToken() ?? null;
      return isPromise(token)
        ? token.then(
            (value) => value ?? null,
            (cause: unknown) => Promise.reject(failed(cause)),
          )
        : token;
    } catch (cause) {
      throw failed(cause);
    }
  }

  /** The headers of one attempt: at once, or a promise when `authorize` answers with one (a DPoP proof). */
  function buildHeaders(
    url: string,
    method: string,
    token: string | null,
    hasBody: boolean,
    idempotencyKey: string | undefined,
    extra?: Record<string, string>,
  ): Headers | Promise<Headers> {
    const headers = new Headers({ Accept: 'application/json', ...extra, 'Accept-Language': locale() });
    if (hasBody) headers.set('Content-Type', 'application/json');
    if (idempotencyKey !== undefined && isUnsafeMethod(method)) headers.set('Idempotency-Key', idempotencyKey);
    if (!token) return headers;
    const add = (extra: Record<string, string>): Headers => {
      for (const [name, value] of Object.entries(extra)) headers.set(name, value);
      return headers;
    };
    if (typeof auth?.authorize !== 'function') return add(bearerHeaders(token));
    const failed = (cause: unknown) => new ApiError('unauthorized', 'Could not authorize the request', { cause });
    const absolute = new URL(url, globalThis.location?.href).href;
    const nonce = dpopNonces.get(new URL(absolute).origin);
    try {
      const extra = auth.authorize({ accessToken: token, url: absolute, method, ...(nonce ? { nonce } : {}) });
      return isPromise(extra) ? extra.then(add, (cause: unknown) => Promise.reject(failed(cause))) : add(extra);
    } catch (cause) {
      throw failed(cause);
    }
  }

  /** Remembers the server's `DPoP-Nonce` (RFC 9449 §9) for the next proofs (recovery.ts repeats a request asking for it). */
  function rememberDpopNonce(url: string, response: Response): void {
    const nonce = typeof auth?.authorize === 'function' ? response.headers.get('DPoP-Nonce') : null;
    if (nonce) dpopNonces.set(new URL(url, globalThis.location?.href).origin, nonce);
  }

  function abortedError(signal: AbortSignal | undefined): ApiError {
    return new ApiError('aborted', 'Request aborted by the caller', { cause: signal?.reason });
  }

  /** One fetch with its own timeout; the body is read inside the same time limit. */
  async function attempt(
    url: string,
    init: RequestInit,
    callerSignal: AbortSignal | undefined,
    raw?: boolean,
  ): Promise<AttemptResult> {
    const attemptSignal = createAttemptSignal(callerSignal, timeoutMs);
    try {
      // Unread (raw), the body outlives the attempt: only the caller's signal may end it.
      const response = await doFetch(url, { ...init, signal: raw ? callerSignal : attemptSignal.signal });
      const text = init.method === 'HEAD' || raw ? '' : await response.text();
      return { response, text };
    } catch (cause) {
      if (callerSignal?.aborted) throw abortedError(callerSignal);
      if (attemptSignal.timedOut) throw new ApiError('timeout', `No response within ${timeoutMs} ms`, { cause });
      throw new ApiError('network', 'Network request failed', { cause });
    } finally {
      attemptSignal.dispose();
    }
  }

  function parseSuccess(
    result: AttemptResult,
    method: string,
    parse: ((data: unknown) => unknown) | undefined,
  ): unknown {
    const { response, text } = result;
    if (method === 'HEAD' || response.status === 204 || response.status === 205) return undefined;
    let data: unknown;
    if (text.trim() !== '') {
      try {
        data = JSON.parse(text);
      } catch (cause) {
        throw new ApiError('malformed', `Response ${response.status} is not JSON`, { status: response.status, cause });
      }
    }
    if (!parse) return data;
    try {
      return parse(data);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Response failed validation';
      const cause = isApiError(error) ? error.cause : error;
      throw new ApiError('malformed', message, { status: response.status, cause });
    }
  }

  /**
   * Sends a request. When neither the token nor the headers need waiting for, the first attempt's fetch starts before
   * this returns: the request is on the network while the caller goes on (a widget renders its first frame meanwhile).
   */
  function request(options: RequestOptions & { parse?: (data: unknown) => unknown; raw?: boolean }): Promise<unknown> {
    const method = (options.method ?? 'GET').toUpperCase();
    const { signal, raw } = options;
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const state: RequestState = {
      token: null,
      retriesDone: 0,
      repeatedAfterUnauthorized: false,
      repeatedWithNonce: false,
    };
    const failed: FailedRequest = {
      auth,
      retry: config.retry,
      mayRetry: method === 'GET' || method === 'HEAD',
      signal,
      state,
      aborted: () => abortedError(signal),
      currentToken,
      renewal,
    };
    let url: string;
    let idempotencyKey: string | undefined;
    /** One attempt with the current token. */
    const send = (): Promise<AttemptResult> => {
      if (signal?.aborted) throw abortedError(signal);
      return after(
        buildHeaders(url, method, state.token, body !== undefined, idempotencyKey, options.headers),
        (headers) =>
          attempt(
            url,
            { method, headers, credentials: auth ? 'same-origin' : 'include', ...(body === undefined ? {} : { body }) },
            signal,
            raw,
          ),
      );
    };

    async function settle(pending: Promise<AttemptResult>): Promise<unknown> {
      for (;;) {
        let result: AttemptResult;
        try {
          result = await pending;
        } catch (error) {
          if (isApiError(error) && error.kind === 'network' && failed.mayRetry) {
            await (await loadRecovery(error)).afterNetworkError(failed, error);
            pending = send();
            continue;
          }
          throw error;
        }
        const { response, text } = result;
        rememberDpopNonce(url, response);
        if (raw && (response.ok || response.status === 304)) return response;
        if (response.ok) return parseSuccess(result, method, options.parse);
        const failure = new ApiError('server', `HTTP ${response.status}`, { status: response.status });
        await (await loadRecovery(failure)).afterErrorResponse(failed, response, text);
        pending = send();
      }
    }

    try {
      url = buildUrl(config.baseUrl, options.path, options.query);
      const key = isUnsafeMethod(method) ? (options.idempotencyKey ?? freshIdempotencyKey()) : undefined;
      const first = after(key, (value) => {
        idempotencyKey = value;
        return after(auth ? currentToken() : null, (token) => {
          state.token = token;
          return send();
        });
      });
      return settle(first);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  return {
    request: request as ApiClient['request'],
    get: ((path: string, options: HelperOptions = {}) =>
      request({ ...options, method: 'GET', path })) as ApiClient['get'],
    post: ((path: string, body?: unknown, options: HelperOptions = {}) =>
      request({ ...options, method: 'POST', path, body })) as ApiClient['post'],
  };
}
