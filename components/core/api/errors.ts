/**
 * Typed failures of core/api: every way a request can fail becomes one ApiError with a `kind` a widget can switch on.
 */
import { retryAfterSecondsFromHeader } from './retry.js';

/** What went wrong with a request, as a widget needs to know it. */
export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'rate-limited'
  | 'server'
  | 'malformed';

/** One field-level problem from a 400/422 Error body, to show next to the form field. */
export interface ApiFieldError {
  field: string;
  code: string;
  message: string;
}

/** Extra facts an ApiError carries besides its kind and message. */
export interface ApiErrorDetails {
  status?: number;
  code?: string;
  fields?: readonly ApiFieldError[];
  retryAfter?: number;
  retryable?: boolean;
  cause?: unknown;
}

/** Whether a UI should offer "Повторить" for a failure of this kind (status refines `server`). */
export function isRetryableKind(kind: ApiErrorKind, status?: number): boolean {
  switch (kind) {
    case 'network':
    case 'timeout':
    case 'rate-limited':
    case 'conflict':
    case 'malformed':
      return true;
    case 'server':
      return status !== 501;
    default:
      return false;
  }
}

/** The one error type core/api rejects with. */
export class ApiError extends Error {
  /** What went wrong; see README for what a widget shows per kind. */
  readonly kind: ApiErrorKind;
  /** HTTP status when a response arrived. */
  readonly status: number | undefined;
  /** Server error code from the Error body (`code`). */
  readonly code: string | undefined;
  /** Field problems from a 400/422 Error body; empty otherwise. */
  readonly fields: readonly ApiFieldError[];
  /** Seconds to wait before trying again (Retry-After header or body `retryAfter`). */
  readonly retryAfter: number | undefined;
  /** Whether a "Повторить" button makes sense. */
  readonly retryable: boolean;

  constructor(kind: ApiErrorKind, message: string, details: ApiErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = details.status;
    this.code = details.code;
    this.fields = details.fields ?? [];
    this.retryAfter = details.retryAfter;
    this.retryable = details.retryable ?? isRetryableKind(kind, details.status);
  }
}

/** Type guard for ApiError (also across separately built bundles, by name and kind). */
export function isApiError(value: unknown): value is ApiError {
  return (
    value instanceof ApiError ||
    (value instanceof Error && value.name === 'ApiError' && typeof (value as { kind?: unknown }).kind === 'string')
  );
}

/** The shared Error body of the API contract, after defensive reading. */
interface ErrorBody {
  code?: string;
  message?: string;
  fields: ApiFieldError[];
  retryAfter?: number;
}

/** Reads an Error body defensively: anything that is not the contract shape gives an empty body, never a throw. */
export function readErrorBody(text: string): ErrorBody {
  let data: unknown;
  try {
    data = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    return { fields: [] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { fields: [] };
  const record = data as Record<string, unknown>;
  const body: ErrorBody = { fields: [] };
  if (typeof record['code'] === 'string') body.code = record['code'];
  if (typeof record['message'] === 'string') body.message = record['message'];
  const retryAfter = record['retryAfter'];
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0) body.retryAfter = retryAfter;
  if (Array.isArray(record['fields'])) {
    for (const item of record['fields'] as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const f = item as Record<string, unknown>;
      if (typeof f['field'] !== 'string') continue;
      body.fields.push({
        field: f['field'],
        code: typeof f['code'] === 'string' ? f['code'] : 'invalid',
        message: typeof f['message'] === 'string' ? f['message'] : '',
      });
    }
  }
  return body;
}

/** Maps an HTTP error status to an ApiErrorKind. */
export function kindForStatus(status: number): ApiErrorKind {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 408:
      return 'timeout';
    case 409:
      return 'conflict';
    case 429:
      return 'rate-limited';
    default:
      // 5xx, and any other status the contract does not use: the service, not the user, is at fault.
      return 'server';
  }
}

/** Builds the ApiError for a non-2xx response whose body text has already been read. */
export function errorFromResponse(response: Response, bodyText: string): ApiError {
  const body = readErrorBody(bodyText);
  const kind = kindForStatus(response.status);
  const headerRetryAfter = retryAfterSecondsFromHeader(response.headers.get('Retry-After'));
  return new ApiError(
    kind,
    body.message ?? `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    {
      status: response.status,
      code: body.code,
      fields: kind === 'validation' ? body.fields : [],
      retryAfter: headerRetryAfter ?? body.retryAfter,
    },
  );
}
