/**
 * Retry policy of core/api: which requests may be repeated, how long to wait, and Retry-After parsing.
 */

/** Retry settings for idempotent reads (GET/HEAD on network errors and 503). */
export interface RetryConfig {
  /** Extra attempts after the first one (default 2). */
  retries?: number;
  /** First backoff delay in ms, doubled each attempt (default 300). */
  baseDelayMs?: number;
  /** Longest single wait in ms; a 503 asking for longer is not retried (default 5000). */
  maxDelayMs?: number;
}

/** RetryConfig with every default filled in. */
export type ResolvedRetryConfig = Required<RetryConfig>;

/** Fills the RetryConfig defaults. */
export function resolveRetryConfig(config: RetryConfig = {}): ResolvedRetryConfig {
  return {
    retries: Math.max(0, Math.floor(config.retries ?? 2)),
    baseDelayMs: Math.max(0, config.baseDelayMs ?? 300),
    maxDelayMs: Math.max(0, config.maxDelayMs ?? 5000),
  };
}

/** Whether a method is an idempotent read that core/api may repeat on its own. */
export function isRetryableMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/** Exponential backoff with jitter for retry number `retryIndex` (0 = first retry), capped at maxDelayMs. */
export function backoffDelayMs(
  retryIndex: number,
  config: ResolvedRetryConfig,
  random: () => number = Math.random,
): number {
  const exponential = config.baseDelayMs * 2 ** retryIndex;
  // "Equal jitter": half fixed, half random, so concurrent clients spread out but never retry instantly.
  const jittered = exponential / 2 + random() * (exponential / 2);
  return Math.min(config.maxDelayMs, Math.round(jittered));
}

/** Parses a Retry-After header (delta-seconds or HTTP date) into whole seconds from now; undefined if absent or unreadable. */
export function retryAfterSecondsFromHeader(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Waits `ms`, rejecting with `onAbort()` as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined, onAbort: () => unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(onAbort());
      return;
    }
    const abort = (): void => {
      clearTimeout(timer);
      reject(onAbort());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}
