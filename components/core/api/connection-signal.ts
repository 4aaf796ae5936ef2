/*
 * A module of its own (not signals.ts, which every request's first render carries): a widget whose first render
 * needs only the attempt signal does not carry this class because its lazily loaded parts use it.
 */

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
