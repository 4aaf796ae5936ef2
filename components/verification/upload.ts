/**
 * Scan upload with progress. core/api has no upload progress (fetch cannot report it), so this helper sends the request
 * through XMLHttpRequest — bearer token, Accept-Language, Idempotency-Key, one renewal after a 401 — and turns every
 * failure into the same typed ApiError core/api uses.
 */
import { ApiError, type ApiAuth } from '../core/api/index.js';
import { errorFromResponse } from '../core/api/errors.js';
import { buildUrl } from '../core/api/url.js';

/** Accepted media types and their extensions (seeds 000, 001, 004: JPG, PNG, PDF). */
export const ACCEPTED_TYPES: Record<string, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
};

/** Why a file is refused before upload, or undefined when it may be sent. */
export function checkFile(file: File, maxBytes: number): 'type' | 'size' | 'empty' | undefined {
  const extension = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? '';
  const type = file.type || Object.keys(ACCEPTED_TYPES).find((t) => ACCEPTED_TYPES[t]!.includes(extension)) || '';
  if (!ACCEPTED_TYPES[type]?.includes(extension)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'size';
  return undefined;
}

/** A stored scan. */
export interface UploadedScan {
  id: string;
  fileName: string;
  size: number;
}

export interface UploadOptions {
  baseUrl: string;
  auth?: ApiAuth;
  locale: string;
  file: File;
  /** One key per chosen file, reused on retry. */
  idempotencyKey: string;
  /** Fraction 0…1 of the request body sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new ApiError('network', 'The file could not be read', { cause: reader.error }));
    reader.readAsDataURL(file);
  });
}

function send(options: UploadOptions, body: string, token: string | null): Promise<UploadedScan> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(options.baseUrl, 'verification/documents'));
    xhr.timeout = 120_000;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept-Language', options.locale);
    xhr.setRequestHeader('Idempotency-Key', options.idempotencyKey);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    else if (!options.auth) xhr.withCredentials = true;
    const onAbort = () => xhr.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => options.signal?.removeEventListener('abort', onAbort);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      done();
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          const parsed = JSON.parse(xhr.responseText) as UploadedScan;
          if (typeof parsed?.id !== 'string' || typeof parsed.size !== 'number') throw new Error('bad shape');
          options.onProgress?.(1);
          resolve({ id: parsed.id, fileName: String(parsed.fileName), size: parsed.size });
        } catch (cause) {
          reject(new ApiError('malformed', 'Upload response does not match the expected shape', { cause }));
        }
        return;
      }
      const response = new Response(xhr.responseText || null, {
        status: xhr.status,
        headers: { 'Retry-After': xhr.getResponseHeader('Retry-After') ?? '' },
      });
      reject(errorFromResponse(response, xhr.responseText));
    };
    xhr.onerror = () => {
      done();
      reject(new ApiError('network', 'Upload failed: network error'));
    };
    xhr.ontimeout = () => {
      done();
      reject(new ApiError('timeout', 'Upload timed out'));
    };
    xhr.onabort = () => {
      done();
      reject(new ApiError('aborted', 'Upload cancelled'));
    };
    if (options.signal?.aborted) xhr.abort();
    else xhr.send(body);
  });
}

/** Uploads one scan with progress; rejects with ApiError (kind 'aborted' when the signal cancels it). */
export async function uploadScan(options: UploadOptions): Promise<UploadedScan> {
  if (options.signal?.aborted) throw new ApiError('aborted', 'Upload cancelled');
  const extension = /\.[^.]+$/.exec(options.file.name.toLowerCase())?.[0] ?? '';
  const mediaType =
    Object.keys(ACCEPTED_TYPES).find((t) => ACCEPTED_TYPES[t]!.includes(extension)) ?? 'application/pdf';
  const body = JSON.stringify({ fileName: options.file.name, mediaType, content: await readBase64(options.file) });
  const token = options.auth ? await options.auth.getAccessToken() : null;
  try {
    return await send(options, body, token);
  } catch (error) {
    if (!(error instanceof ApiError) || error.kind !== 'unauthorized' || !options.auth?.renewAccessToken) throw error;
    const renewed = await options.auth.renewAccessToken();
    if (!renewed) throw error;
    return send(options, body, renewed);
  }
}
