/**
 * Document upload with progress: the application tracker's file rules and endpoint on top of core/api's
 * `uploadWithProgress` (XHR, token or DPoP `authorize` headers, Idempotency-Key, one renewal after a 401, ApiError).
 */
import { ApiError, pathSegment, type ApiAuth, type ApiAuthHooks } from '../core/api/index.js';
import {
  DOCUMENT_TYPES,
  acceptedMediaType,
  checkFile as checkAcceptedFile,
  readFileBase64,
  uploadWithProgress,
  type FileRefusal,
} from '../core/api/upload.js';
import type { ApplicationDocument } from './api.js';

/** Largest file (seed 000: up to 10 MB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Why a file is refused before upload, or undefined when it may be sent. */
export function checkFile(file: File, maxBytes = MAX_FILE_BYTES): FileRefusal | undefined {
  return checkAcceptedFile(file, maxBytes, DOCUMENT_TYPES);
}

/** The media type of an accepted file. */
export function mediaTypeOf(file: File): ApplicationDocument['mediaType'] {
  return (acceptedMediaType(file, DOCUMENT_TYPES) ?? 'application/pdf') as ApplicationDocument['mediaType'];
}

/** Options of `uploadDocument`. */
export interface UploadOptions {
  baseUrl: string;
  auth?: ApiAuth & ApiAuthHooks;
  locale: string;
  applicationId: string;
  file: File;
  /** One key per chosen file, reused on retry: the server stores the document once. */
  idempotencyKey: string;
  /** Fraction 0…1 of the request body sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  timeoutMs?: number;
}

function parseDocument(data: unknown): ApplicationDocument {
  if (typeof (data as { id?: unknown } | null)?.id !== 'string') throw new Error('no id');
  return data as ApplicationDocument;
}

/** Uploads one document with progress; rejects with ApiError (kind 'aborted' when the signal cancels it). */
export async function uploadDocument(options: UploadOptions): Promise<ApplicationDocument> {
  if (options.signal?.aborted) throw new ApiError('aborted', 'Upload cancelled');
  const body = {
    fileName: options.file.name,
    mediaType: mediaTypeOf(options.file),
    content: await readFileBase64(options.file),
  };
  return uploadWithProgress({
    baseUrl: options.baseUrl,
    path: `applications/${pathSegment(options.applicationId)}/documents`,
    body,
    auth: options.auth,
    locale: options.locale,
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
    onProgress: options.onProgress,
    timeoutMs: options.timeoutMs,
    parse: parseDocument,
  });
}
