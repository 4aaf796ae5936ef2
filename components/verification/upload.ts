/**
 * Scan upload with progress: verification's file rules and endpoint on top of core/api's `uploadWithProgress`
 * (XHR, token or DPoP `authorize` headers, Idempotency-Key, one renewal after a 401, ApiError).
 */
import { ApiError, type ApiAuth, type ApiAuthHooks } from '../core/api/index.js';
import {
  DOCUMENT_TYPES,
  acceptedMediaType,
  checkFile as checkAcceptedFile,
  readFileBase64,
  uploadWithProgress,
  type FileRefusal,
} from '../core/api/upload.js';

/** Why a file is refused before upload, or undefined when it may be sent. */
export function checkFile(file: File, maxBytes: number): FileRefusal | undefined {
  return checkAcceptedFile(file, maxBytes, DOCUMENT_TYPES);
}

/** A stored scan. */
export interface UploadedScan {
  id: string;
  fileName: string;
  size: number;
}

/** Options of `uploadScan`. */
export interface UploadOptions {
  baseUrl: string;
  auth?: ApiAuth & ApiAuthHooks;
  locale: string;
  file: File;
  /** One key per chosen file, reused on retry. */
  idempotencyKey: string;
  /** Fraction 0…1 of the request body sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function parseScan(data: unknown): UploadedScan {
  const scan = data as Partial<UploadedScan> | null;
  if (typeof scan?.id !== 'string' || typeof scan.size !== 'number') throw new Error('bad shape');
  return { id: scan.id, fileName: String(scan.fileName), size: scan.size };
}

/** Uploads one scan with progress; rejects with ApiError (kind 'aborted' when the signal cancels it). */
export async function uploadScan(options: UploadOptions): Promise<UploadedScan> {
  if (options.signal?.aborted) throw new ApiError('aborted', 'Upload cancelled');
  const body = {
    fileName: options.file.name,
    mediaType: acceptedMediaType(options.file, DOCUMENT_TYPES) ?? 'application/pdf',
    content: await readFileBase64(options.file),
  };
  return uploadWithProgress({
    baseUrl: options.baseUrl,
    path: 'verification/documents',
    body,
    auth: options.auth,
    locale: options.locale,
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
    onProgress: options.onProgress,
    parse: parseScan,
  });
}
