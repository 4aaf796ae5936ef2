import type { ReactiveControllerHost } from 'lit';

/** What a failure means to the citizen: the message to show, or undefined to say nothing (e.g. our own abort). */
export type DescribeFailure = (error: unknown) => string | undefined;

/**
 * The busy/problem state of a part's actions (send a code, book a slot, pay): one action at a time — a second press
 * while one runs does nothing, so nothing unsafe is sent twice — and the failure's message kept for the part's error
 * region. The host re-renders when either changes.
 *
 *   private readonly action = new ActionController(this, (error) => (this.aborted(error) ? undefined : this.errorText(error)));
 *   private readonly send = () => this.action.run(async () => { … });
 *   render() { return html`<gu-button ?busy=${this.action.busy}>…</gu-button><p role="alert">${this.action.problem}</p>`; }
 */
export class ActionController {
  /** An action is running. */
  busy = false;
  /** The last failure's message ('' when there is none). */
  problem = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly describe: DescribeFailure,
  ) {}

  /**
   * Runs `action` unless one is running (then resolves undefined at once). Clears the problem first; a failure is
   * described (its own `describe` wins over the controller's) and the result is undefined.
   */
  async run<T>(action: () => Promise<T>, describe: DescribeFailure = this.describe): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.problem = '';
    this.host.requestUpdate();
    try {
      return await action();
    } catch (error) {
      this.problem = describe(error) ?? '';
      return undefined;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Shows a problem found without a call (e.g. a refused file), or clears it with ''. */
  fail(message: string): void {
    this.problem = message;
    this.host.requestUpdate();
  }
}
