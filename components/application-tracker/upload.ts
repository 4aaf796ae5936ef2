/**
 * Document upload with progress: the application tracker's file rules, endpoint and answer on top of core/api's
 * `uploadFile` (JSON with the file in base64 through XHR, token or DPoP `authorize` headers, Idempotency-Key, one
 * renewal after a 401, ApiError).
 */
import { pathSegment } from '../core/api/index.js';
import {
  checkFile as checkAcceptedFile,
  uploadFile,
  type FileRefusal,
  type UploadFileOptions,
} from '../core/api/upload.js';
import type { ApplicationDocument } from './api.js';

/** Largest file (seed 000: up to 10 MB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Why a file is refused before upload, or undefined when it may be sent. */
export function checkFile(file: File, maxBytes = MAX_FILE_BYTES): FileRefusal | undefined {
  return checkAcceptedFile(file, maxBytes);
}

/**
 * Options of `uploadDocument`: the application, the file, its idempotency key (one per chosen file, reused on retry:
 * the server stores the document once), progress, signal, time limit.
 */
export interface UploadOptions extends Omit<UploadFileOptions<ApplicationDocument>, 'path' | 'parse' | 'accepted'> {
  applicationId: string;
}

function parseDocument(data: unknown): ApplicationDocument {
  if (typeof (data as { id?: unknown } | null)?.id !== 'string') throw new Error('no id');
  return data as ApplicationDocument;
}

/** Uploads one document with progress; rejects with ApiError (kind 'aborted' when the signal cancels it). */
export function uploadDocument({ applicationId, ...options }: UploadOptions): Promise<ApplicationDocument> {
  return uploadFile({ ...options, path: `applications/${pathSegment(applicationId)}/documents`, parse: parseDocument });
}
