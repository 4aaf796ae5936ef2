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

/** The part of a Lit host the connection signal needs (kept structural: core/api does not import Lit). */
interface ConnectionHost {
  addController(controller: { hostConnected?(): void; hostDisconnected?(): void }): void;
}

/**
 * An AbortSignal that lives while an element is connected: aborted when the element is removed (requests stop, nothing
 * is written into a detached tree) and renewed when it is attached again — portals and frameworks move elements, and a
 * controller aborted once would make every later request of a re-attached element fail silently.
 *
 *   private readonly connection = new ConnectionSignal(this); // a Lit host: follows connect / disconnect itself
 *   await request({ …, signal: this.connection.signal });
 *
 * Without a Lit host, call `connect()` and `disconnect()` from the element's own callbacks.
 */
export class ConnectionSignal {
  private controller = new AbortController();

  constructor(host?: ConnectionHost) {
    host?.addController({ hostConnected: () => this.connect(), hostDisconnected: () => this.disconnect() });
  }

  /** The signal of the current connection (read it when a request starts, not once). */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Connected (again): a fresh signal if the last one was aborted. */
  connect(): void {
    if (this.controller.signal.aborted) this.controller = new AbortController();
  }

  /** Removed: aborts everything started while connected. */
  disconnect(): void {
    this.controller.abort(new DOMException('The element was removed', 'AbortError'));
  }
}
