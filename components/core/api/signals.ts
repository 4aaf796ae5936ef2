/**
 * One AbortSignal per attempt that fires on the caller's abort or on the timeout, and tells which one it was.
 */

/** A combined signal for one attempt; call `dispose()` when the attempt ends. */
export interface AttemptSignal {
  signal: AbortSignal;
  /** True once the timeout (not the caller) aborted the attempt. */
  readonly timedOut: boolean;
  dispose(): void;
}

/**
 * Combines the caller's signal with a timeout of `timeoutMs`: the caller's abort is forwarded into the attempt's own
 * controller (works in every browser, AbortSignal.any or not), and `dispose()` removes that listener again.
 */
export function createAttemptSignal(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException(`Request timed out after ${timeoutMs} ms`, 'TimeoutError'));
        }, timeoutMs)
      : undefined;
  const forward = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) forward();
  else callerSignal?.addEventListener('abort', forward, { once: true });

  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', forward);
    },
  };
}
