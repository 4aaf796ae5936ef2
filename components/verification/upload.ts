/**
 * Scan upload with progress: verification's endpoint and answer on top of core/api's `uploadFile` (JSON with the file
 * in base64 through XHR, token or DPoP `authorize` headers, Idempotency-Key, one renewal after a 401, ApiError).
 */
import { uploadFile, type UploadFileOptions } from '../core/api/upload.js';

/** Why a file is refused before upload (PDF, JPEG, PNG; not empty; at most `maxBytes`), or undefined. */
export { checkFile } from '../core/api/upload.js';

/** A stored scan. */
export interface UploadedScan {
  id: string;
  fileName: string;
  size: number;
}

/** Options of `uploadScan`: the file, its idempotency key (one per chosen file, reused on retry), progress, signal. */
export type UploadOptions = Omit<UploadFileOptions<UploadedScan>, 'path' | 'parse' | 'accepted'>;

function parseScan(data: unknown): UploadedScan {
  const scan = data as Partial<UploadedScan> | null;
  if (typeof scan?.id !== 'string' || typeof scan.size !== 'number') throw new Error('bad shape');
  return { id: scan.id, fileName: String(scan.fileName), size: scan.size };
}

/** Uploads one scan with progress (`POST verification/documents`); rejects with ApiError ('aborted' on cancel). */
export function uploadScan(options: UploadOptions): Promise<UploadedScan> {
  return uploadFile({ ...options, path: 'verification/documents', parse: parseScan });
}
