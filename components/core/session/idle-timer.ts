import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Timer functions, injectable so tests can drive short real times or a fake clock. */
export interface IdleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Options of the IdleController. */
export interface IdleControllerOptions {
  /** Milliseconds of inactivity until expiry (read on every reset, so attribute changes apply). */
  timeoutMs(): number;
  /** Milliseconds before expiry when the warning opens. */
  warningMs(): number;
  /** The warning opens; `deadline` is when the session expires (ms since epoch). */
  onWarn(deadline: number): void;
  /** The idle timeout elapsed. */
  onExpire(): void;
  /** Local activity reset the timer (throttled): tell the other tabs. */
  onActivity?(at: number): void;
  /** Activity counts at most once per this many ms (default 5000). */
  activityThrottleMs?: number;
  clock?: IdleClock;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'scroll', 'touchstart', 'focusin'] as const;

/**
 * The idle timer of a session: activity (pointer, keys, wheel/scroll, touch, focus; at most once per 5 s)
 * or activity in another tab moves the deadline; the warning opens `warningMs` before it and expiry fires
 * at it. While the warning is open, activity does not extend — only `extend()` does (the dialog's answer).
 * Runs only between `start()` and `stop()`.
 */
export class IdleController implements ReactiveController {
  /** When the session expires (ms since epoch), while running. */
  deadline: number | undefined;
  /** Whether the warning is open. */
  warning = false;

  private readonly clock: IdleClock;
  private warnTimer: unknown;
  private expireTimer: unknown;
  private lastActivity = Number.NEGATIVE_INFINITY;
  private listening = false;
  private readonly onEvent = () => this.localActivity();

  constructor(
    host: ReactiveControllerHost,
    private readonly options: IdleControllerOptions,
  ) {
    this.clock = options.clock ?? realClock;
    host.addController(this);
  }

  /** Whether the timer runs. */
  get running(): boolean {
    return this.deadline !== undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts (or restarts) counting from now. */
  start(): void {
    this.listen(true);
    this.reset(this.clock.now());
  }

  /** Stops counting and closes the warning state. */
  stop(): void {
    this.listen(false);
    this.clearTimers();
    this.deadline = undefined;
    this.warning = false;
  }

  /** The answer to the warning («Остаться в системе», Esc) or an extension in another tab: count from `at`. */
  extend(at = this.clock.now()): void {
    if (!this.running) return;
    this.warning = false;
    this.lastActivity = at;
    this.reset(at);
  }

  /** Activity reported by another tab. */
  remoteActivity(at: number): void {
    if (!this.running || this.warning) return;
    this.reset(Math.min(at, this.clock.now()));
  }

  private localActivity(): void {
    if (!this.running || this.warning) return;
    const now = this.clock.now();
    if (now - this.lastActivity < (this.options.activityThrottleMs ?? 5000)) return;
    this.lastActivity = now;
    this.reset(now);
    this.options.onActivity?.(now);
  }

  private reset(from: number): void {
    this.clearTimers();
    const timeout = this.options.timeoutMs();
    const warning = Math.min(this.options.warningMs(), timeout);
    const deadline = from + timeout;
    this.deadline = deadline;
    const now = this.clock.now();
    this.warnTimer = this.clock.setTimeout(
      () => {
        this.warning = true;
        this.options.onWarn(deadline);
      },
      Math.max(0, deadline - warning - now),
    );
    this.expireTimer = this.clock.setTimeout(
      () => {
        this.stop();
        this.options.onExpire();
      },
      Math.max(0, deadline - now),
    );
  }

  private clearTimers(): void {
    if (this.warnTimer !== undefined) this.clock.clearTimeout(this.warnTimer);
    if (this.expireTimer !== undefined) this.clock.clearTimeout(this.expireTimer);
    this.warnTimer = undefined;
    this.expireTimer = undefined;
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    for (const type of ACTIVITY_EVENTS) {
      if (on) document.addEventListener(type, this.onEvent, { capture: true, passive: true });
      else document.removeEventListener(type, this.onEvent, { capture: true });
    }
  }
}
