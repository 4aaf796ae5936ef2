/**
 * The calls of <gu-login> to the identity API, shared by the sign-in form and every part: one at a time (a
 * double-clicked submit sends one request), aborted when the widget is removed and possible again when it is attached
 * again, and a failure shown by the widget (its alert, or the fields of the form that sent it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormState } from '../core/ui/light-dom-form.js';

/** How the widget shows what a call did. */
export interface CallReports {
  /** A call starts: the last alert goes. */
  started(): void;
  /** A call failed: the alert, or the form's fields (`fields`: the names the server may return errors for). */
  failed(error: unknown, form: FormState | undefined, fields: readonly string[]): Promise<void>;
}

export class LoginCalls implements ReactiveController {
  /** A call is in flight (a second submit is ignored; the submit button says it is sending). */
  busy = false;
  private abort = new AbortController();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly reports: CallReports,
  ) {
    host.addController(this);
  }

  /** Aborted when the widget is removed; renewed when it is attached again (portals and frameworks move elements). */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  hostConnected(): void {
    if (this.abort.signal.aborted) this.abort = new AbortController();
  }

  hostDisconnected(): void {
    this.abort.abort();
  }

  /**
   * Runs one call unless one is in flight (then resolves undefined at once). A failure is reported (typed values
   * are kept) and resolves undefined.
   */
  async run<T>(
    task: (signal: AbortSignal) => Promise<T>,
    form?: FormState,
    fields: readonly string[] = [],
  ): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.reports.started();
    this.host.requestUpdate();
    try {
      return await task(this.abort.signal);
    } catch (error) {
      await this.reports.failed(error, form, fields);
      return undefined;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
