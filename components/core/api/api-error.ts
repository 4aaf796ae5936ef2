/**
 * The one error type of core/api: every way a request can fail becomes one ApiError with a `kind` a widget can
 * switch on. (Reading an error response into one is errors.ts, loaded with the first failure.)
 */

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
  /**
   * Tries left before a code stops working or the account locks (body `attemptsLeft` of 422 `wrong-password`,
   * `wrong-code`). Set by the response reader (errors.ts), so it costs the first render nothing.
   */
  declare readonly attemptsLeft?: number;

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
