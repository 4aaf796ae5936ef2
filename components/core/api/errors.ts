/**
 * Typed failures of core/api: every way a request can fail becomes one ApiError with a `kind` a widget can switch on.
 * ApiError itself is in api-error.ts (in every first render); reading an error response is here, which request.ts
 * loads (with recovery.ts) only when a request fails.
 */
import { ApiError, type ApiErrorKind, type ApiFieldError } from './api-error.js';
import { retryAfterSecondsFromHeader } from './retry.js';

export { ApiError, isApiError, isRetryableKind } from './api-error.js';
export type { ApiErrorDetails, ApiErrorKind, ApiFieldError } from './api-error.js';

/** The shared Error body of the API contract, after defensive reading. */
interface ErrorBody {
  code?: string;
  message?: string;
  fields: ApiFieldError[];
  retryAfter?: number;
  attemptsLeft?: number;
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
  const attemptsLeft = record['attemptsLeft'];
  if (typeof attemptsLeft === 'number' && Number.isInteger(attemptsLeft) && attemptsLeft >= 0)
    body.attemptsLeft = attemptsLeft;
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
  const error = new ApiError(
    kind,
    body.message ?? `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    {
      status: response.status,
      code: body.code,
      fields: kind === 'validation' ? body.fields : [],
      retryAfter: headerRetryAfter ?? body.retryAfter,
    },
  );
  // Set here, not in ApiError's constructor: api-error.ts is in every first render, this module is not.
  if (body.attemptsLeft !== undefined) Object.assign(error, { attemptsLeft: body.attemptsLeft });
  return error;
}
