/**
 * A dispute's document upload with progress: the endpoint (POST /dispute-documents) and its answer on top of core/api's
 * `uploadFile` (JSON with the file in base64 through XHR, the session's token, Idempotency-Key, one renewal after a
 * 401, ApiError). PDF, JPEG or PNG up to 10 MB.
 */
import { uploadFile, type UploadFileOptions } from '../core/api/upload.js';
import type { DisputeDocument } from './types.js';

/** The largest document the server takes, in megabytes. */
export const DISPUTE_DOCUMENT_MAX_MB = 10;

/** Options of `uploadDisputeDocument`: the file, its idempotency key (one per chosen file, reused on retry), progress, signal. */
export type DisputeUploadOptions = Omit<UploadFileOptions<DisputeDocument>, 'path' | 'parse' | 'accepted'>;

const MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** Validates the stored document (the contract's DisputeDocument). */
export function parseDisputeDocument(data: unknown): DisputeDocument {
  const doc = data as Partial<DisputeDocument> | null;
  if (
    typeof doc?.id !== 'string' ||
    typeof doc.fileName !== 'string' ||
    !MEDIA_TYPES.includes(doc.mediaType as (typeof MEDIA_TYPES)[number]) ||
    typeof doc.size !== 'number' ||
    !Number.isInteger(doc.size) ||
    doc.size < 1
  )
    throw new Error('bad shape');
  return { id: doc.id, fileName: doc.fileName, mediaType: doc.mediaType!, size: doc.size };
}

/** Uploads one document with progress; rejects with ApiError ('aborted' on cancel). */
export function uploadDisputeDocument(options: DisputeUploadOptions): Promise<DisputeDocument> {
  return uploadFile({ ...options, path: 'dispute-documents', parse: parseDisputeDocument });
}
