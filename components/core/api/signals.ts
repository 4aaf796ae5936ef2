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

/** Combines the caller's signal with a timeout of `timeoutMs` (AbortSignal.any where available, listeners otherwise). */
export function createAttemptSignal(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const timeoutController = new AbortController();
  let timedOut = false;
  const timer =
    Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          timeoutController.abort(new DOMException(`Request timed out after ${timeoutMs} ms`, 'TimeoutError'));
        }, timeoutMs)
      : undefined;

  let signal: AbortSignal;
  let removeListener = (): void => {};
  if (!callerSignal) {
    signal = timeoutController.signal;
  } else if (typeof AbortSignal.any === 'function') {
    signal = AbortSignal.any([callerSignal, timeoutController.signal]);
  } else {
    // Fallback for browsers without AbortSignal.any: forward the caller's abort into the timeout controller.
    const forward = (): void => timeoutController.abort(callerSignal.reason);
    if (callerSignal.aborted) forward();
    else callerSignal.addEventListener('abort', forward, { once: true });
    removeListener = () => callerSignal.removeEventListener('abort', forward);
    signal = timeoutController.signal;
  }

  return {
    signal,
    get timedOut() {
      return timedOut;
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      removeListener();
    },
  };
}
