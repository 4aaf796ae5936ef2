/**
 * core/api public exports: the request client, its typed errors, response validation and idempotency keys.
 */
export { createApiClient } from './request.js';
export type {
  ApiAuth,
  ApiAuthHooks,
  AuthorizeRequest,
  ApiClient,
  ApiClientConfig,
  HelperOptions,
  HttpMethod,
  ParsedRequestOptions,
  RequestOptions,
} from './request.js';
export { ApiError, isApiError, isRetryableKind } from './api-error.js';
export type { ApiErrorKind, ApiErrorDetails, ApiFieldError } from './api-error.js';
export { valibotParser } from './valibot-parser.js';
export { createIdempotencyKey } from './idempotency.js';
export { pathSegment } from './url.js';
export type { QueryParams } from './url.js';
export type { RetryConfig } from './request.js';
