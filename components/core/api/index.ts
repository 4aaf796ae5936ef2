/**
 * core/api public exports: the request client, its typed errors, response validation, idempotency keys and the
 * XHR upload helper with progress (upload.ts: import it only from lazily loaded upload parts).
 */
export { createApiClient } from './request.js';
export { bearerHeaders } from './bearer.js';
export { ConnectionSignal } from './connection-signal.js';
export type {
  ApiAuth,
  ApiAuthHooks,
  AuthorizeRequest,
  ApiClient,
  ApiClientConfig,
  HelperOptions,
  HttpMethod,
  ParsedRequestOptions,
  RawRequestOptions,
  RequestOptions,
} from './request.js';
export { ApiError, isApiError, isRetryableKind } from './api-error.js';
export type { ApiErrorKind, ApiErrorDetails, ApiFieldError } from './api-error.js';
export { valibotParser } from './valibot-parser.js';
export { createIdempotencyKey } from './idempotency.js';
export { pathSegment } from './url.js';
export type { QueryParams } from './url.js';
export type { RetryConfig } from './request.js';
export { DOCUMENT_TYPES, acceptedMediaType, checkFile, readFileBase64, uploadWithProgress } from './upload.js';
export type { AcceptedTypes, FileRefusal, UploadWithProgressOptions } from './upload.js';
export { checkServerUrl, safeServerUrl } from './safe-url.js';
export type { UnsafeUrlReason } from './safe-url.js';
