/**
 * Uploads with progress. fetch cannot report upload progress, so this sends one JSON request through XMLHttpRequest
 * with the rules of request.ts — token or `authorize` headers (DPoP), Accept-Language, Idempotency-Key, one DPoP-nonce
 * repeat, one renewal after a 401 — and turns every failure into the same typed ApiError (errors.ts's mapping).
 * Import it from a widget's lazily loaded upload part only: it is not in core/api's first render.
 */
import { ApiError, isApiError } from './api-error.js';
import { bearerHeaders } from './bearer.js';
import { errorFromResponse } from './errors.js';
import type { ApiAuth, ApiAuthHooks } from './request.js';
import { buildUrl } from './url.js';

/** Options of one `uploadWithProgress` call. */
export interface UploadWithProgressOptions<T> {
  /** Base of the path, e.g. '/api'. */
  baseUrl: string;
  /** Path under baseUrl, e.g. `applications/${pathSegment(id)}/documents`. */
  path: string;
  /** Request body, sent as JSON with POST. */
  body: unknown;
  /** Token source (with `authorize`: any scheme, e.g. DPoP); absent = BFF mode (cookies, no Authorization). */
  auth?: ApiAuth & ApiAuthHooks;
  /** UI locale for Accept-Language. */
  locale: string;
  /** One key per logical upload, sent on every attempt (the 401 repeat included) and reused by the caller's retries. */
  idempotencyKey: string;
  /** Aborting rejects with ApiError 'aborted'. */
  signal?: AbortSignal;
  /** Fraction 0…1 of the request body sent (1 once the response is accepted). */
  onProgress?: (fraction: number) => void;
  /** Time limit of each attempt in ms (default 120000). */
  timeoutMs?: number;
  /** Validates the JSON response body and returns the typed value; a throw becomes ApiError 'malformed'. */
  parse: (data: unknown) => T;
}

/** Why a file is refused before upload ('type', 'empty', 'size'), or undefined when it may be sent. */
export type FileRefusal = 'type' | 'size' | 'empty';

/** Accepted media types and their file extensions (lower case, with the dot), e.g. `{ 'image/png': ['.png'] }`. */
export type AcceptedTypes = Readonly<Record<string, readonly string[]>>;

function extensionOf(file: File): string {
  return /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? '';
}

/** The documents citizens attach (seeds 000, 001, 004): PDF, JPEG and PNG scans, by media type and extension. */
export const DOCUMENT_TYPES: AcceptedTypes = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
};

/** The accepted media type of a file by its extension, or undefined when the extension is not accepted. */
export function acceptedMediaType(file: File, accepted: AcceptedTypes): string | undefined {
  const extension = extensionOf(file);
  return Object.keys(accepted).find((type) => accepted[type]!.includes(extension));
}

/**
 * Why a file is refused before upload (type/extension not accepted, empty, over `maxBytes`), or undefined. The
 * accepted types default to the citizens' documents (`DOCUMENT_TYPES`).
 */
export function checkFile(
  file: File,
  maxBytes: number,
  accepted: AcceptedTypes = DOCUMENT_TYPES,
): FileRefusal | undefined {
  const type = file.type || acceptedMediaType(file, accepted) || '';
  if (!accepted[type]?.includes(extensionOf(file))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'size';
  return undefined;
}

/** The content of a file as base64 (no `data:` prefix); rejects with ApiError 'network' when it cannot be read. */
export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new ApiError('network', 'The file could not be read', { cause: reader.error }));
    reader.readAsDataURL(file);
  });
}

/** What one attempt got back from the server. */
interface Answer {
  status: number;
  statusText: string;
  text: string;
  header(name: string): string | null;
}

function abortedError(signal: AbortSignal | undefined): ApiError {
  return new ApiError('aborted', 'Upload cancelled', { cause: signal?.reason });
}

function send<T>(options: UploadWithProgressOptions<T>, url: string, body: string, headers: Headers): Promise<Answer> {
  const { signal } = options;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.timeout = options.timeoutMs ?? 120_000;
    headers.forEach((value, name) => xhr.setRequestHeader(name, value));
    if (!options.auth) xhr.withCredentials = true;
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const fail = (error: ApiError) => {
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    };
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve({
        status: xhr.status,
        statusText: xhr.statusText,
        text: xhr.responseText,
        header: (name) => xhr.getResponseHeader(name),
      });
    };
    xhr.onerror = () => fail(new ApiError('network', 'Upload failed: network error'));
    xhr.ontimeout = () => fail(new ApiError('timeout', `Upload: no response within ${xhr.timeout} ms`));
    xhr.onabort = () => fail(abortedError(signal));
    if (signal?.aborted) fail(abortedError(signal));
    else xhr.send(body);
  });
}

/** The ApiError of a non-2xx answer, by core/api's own mapping (errors.ts). */
function errorOf(answer: Answer): ApiError {
  if (answer.status < 200 || answer.status > 599)
    return new ApiError('network', `Upload failed: status ${answer.status}`);
  const retryAfter = answer.header('Retry-After');
  const response = new Response(answer.status === 304 ? null : answer.text || null, {
    status: answer.status,
    statusText: answer.statusText,
    headers: retryAfter ? { 'Retry-After': retryAfter } : {},
  });
  return errorFromResponse(response, answer.text);
}

/** Whether the answer asks for the server's DPoP nonce (as recovery.ts: a 401 header or a 400 body error). */
function nonceAsked(answer: Answer): boolean {
  if (!answer.header('DPoP-Nonce')) return false;
  return (
    (answer.status === 401 && /error="?use_dpop_nonce/i.test(answer.header('WWW-Authenticate') ?? '')) ||
    (answer.status === 400 && /"error"\s*:\s*"use_dpop_nonce"/.test(answer.text))
  );
}

/**
 * POSTs `body` as JSON through XMLHttpRequest with upload progress and resolves `parse` of the JSON answer, or
 * rejects with ApiError (kind 'aborted' when the signal cancels it). Authorization as createApiClient: `auth.authorize`
 * headers when present, else `Authorization: Bearer`; one repeat with the server's DPoP nonce; after a 401 one
 * `auth.renewAccessToken` and one repeat (same Idempotency-Key), and `auth.onUnauthorized` when that is 401 again.
 */
export async function uploadWithProgress<T>(options: UploadWithProgressOptions<T>): Promise<T> {
  const { auth, signal } = options;
  const url = buildUrl(options.baseUrl, options.path);
  const body = JSON.stringify(options.body);
  let token: string | null = null;
  if (auth) {
    try {
      token = (await auth.getAccessToken()) ?? null;
    } catch (cause) {
      throw new ApiError('unauthorized', 'Could not get an access token', { cause });
    }
  }
  let nonce: string | undefined;
  let repeatedWithNonce = false;
  let repeatedAfterUnauthorized = false;

  for (;;) {
    if (signal?.aborted) throw abortedError(signal);
    const headers = new Headers({
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'Accept-Language': options.locale,
      'Idempotency-Key': options.idempotencyKey,
    });
    if (token && typeof auth?.authorize === 'function') {
      const absolute = new URL(url, globalThis.location?.href).href;
      let extra: Record<string, string>;
      try {
        extra = await auth.authorize({
          accessToken: token,
          url: absolute,
          method: 'POST',
          ...(nonce ? { nonce } : {}),
        });
      } catch (cause) {
        throw new ApiError('unauthorized', 'Could not authorize the request', { cause });
      }
      for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    } else if (token) headers.set('Authorization', bearerHeaders(token).Authorization);
    if (signal?.aborted) throw abortedError(signal);

    const answer = await send(options, url, body, headers);
    if (answer.status >= 200 && answer.status < 300) {
      let data: unknown;
      try {
        data = answer.text.trim() === '' ? undefined : JSON.parse(answer.text);
        data = options.parse(data);
      } catch (error) {
        const message = error instanceof Error ? error.message : 'Upload response failed validation';
        throw new ApiError('malformed', `Upload response does not match the expected shape: ${message}`, {
          status: answer.status,
          cause: isApiError(error) ? error.cause : error,
        });
      }
      options.onProgress?.(1);
      return data as T;
    }

    if (typeof auth?.authorize === 'function' && !repeatedWithNonce && nonceAsked(answer)) {
      repeatedWithNonce = true;
      nonce = answer.header('DPoP-Nonce') ?? undefined;
      continue;
    }
    if (answer.status === 401 && typeof auth?.renewAccessToken === 'function' && !repeatedAfterUnauthorized) {
      repeatedAfterUnauthorized = true;
      let renewed: string | null;
      try {
        renewed = await auth.renewAccessToken();
      } catch (cause) {
        throw new ApiError('unauthorized', 'Session renewal failed', { status: 401, cause });
      }
      if (renewed === null) throw errorOf(answer);
      token = renewed;
      continue;
    }
    if (answer.status === 401 && repeatedAfterUnauthorized) auth?.onUnauthorized?.();
    throw errorOf(answer);
  }
}

/** Options of `uploadFile`: `uploadWithProgress`'s, with the file instead of the body. */
export interface UploadFileOptions<T> extends Omit<UploadWithProgressOptions<T>, 'body'> {
  /** The chosen file (checked with `checkFile` before). */
  file: File;
  /** The media types the endpoint takes (default `DOCUMENT_TYPES`): the file's own, found by its extension. */
  accepted?: AcceptedTypes;
}

/**
 * Uploads one file with progress as the kit's endpoints take it — JSON `{ fileName, mediaType, content }`, the content
 * base64 — to `path`, and resolves `parse` of the answer; rejects with ApiError (kind 'aborted' when the signal
 * cancels it, before the file is even read). A widget's upload module adds only its endpoint and its parser.
 */
export async function uploadFile<T>(options: UploadFileOptions<T>): Promise<T> {
  const { file, accepted = DOCUMENT_TYPES, ...request } = options;
  if (request.signal?.aborted) throw new ApiError('aborted', 'Upload cancelled');
  const body = {
    fileName: file.name,
    mediaType: acceptedMediaType(file, accepted) ?? 'application/pdf',
    content: await readFileBase64(file),
  };
  return uploadWithProgress({ ...request, body });
}
