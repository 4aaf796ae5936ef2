import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How urgently a message interrupts the screen reader. */
export type Politeness = 'polite' | 'assertive';

/** Options of `announce()`. */
export interface AnnounceOptions {
  /** `polite` (default) waits for the user to pause; `assertive` interrupts — errors and time limits only. */
  politeness?: Politeness;
}

const REGION_ATTRIBUTE = 'data-gu-announcer';

/** Inline styles: the regions live in the page's light DOM, where no component stylesheet reaches. */
/** Visually hidden, set through the CSSOM: a strict CSP (`style-src-attr 'none'`) blocks `style` attributes. */
const VISUALLY_HIDDEN: [string, string, string?][] = [
  ['position', 'absolute', 'important'],
  ['width', '1px'],
  ['height', '1px'],
  ['margin', '-1px'],
  ['padding', '0'],
  ['overflow', 'hidden'],
  ['clip', 'rect(0 0 0 0)'],
  ['clip-path', 'inset(50%)'],
  ['white-space', 'nowrap'],
  ['border', '0'],
];

/** Messages waiting for the next frame, per region (several in one frame are read together). */
const pending = new Map<Politeness, { texts: string[]; done: Promise<void> }>();

/**
 * The page-level live region for `politeness`, created on first use as a visually hidden child of
 * `document.body` (light DOM, so every screen reader hears it whatever shadow root the caller lives in).
 * Two micro-frontends on one page share the same pair of regions.
 */
export function announcerRegion(politeness: Politeness = 'polite'): HTMLElement {
  let region = document.body.querySelector<HTMLElement>(`:scope > [${REGION_ATTRIBUTE}="${politeness}"]`);
  if (!region) {
    region = document.createElement('div');
    region.setAttribute(REGION_ATTRIBUTE, politeness);
    region.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
    region.setAttribute('aria-live', politeness);
    region.setAttribute('aria-atomic', 'true');
    for (const [property, value, priority] of VISUALLY_HIDDEN) region.style.setProperty(property, value, priority);
    document.body.append(region);
  }
  return region;
}

const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    // rAF does not run in hidden tabs; the timeout makes sure the message is still written.
    const timeout = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timeout);
      resolve();
    });
  });

/**
 * Announces `message` to screen readers through the page-level live region. The region is cleared first
 * and the text is written on the next frame, so the same message twice is announced twice. Messages sent
 * in the same frame are joined and read together rather than overwriting each other.
 * Resolves once the text is in the region.
 */
export function announce(message: string, { politeness = 'polite' }: AnnounceOptions = {}): Promise<void> {
  const text = message.trim();
  if (!text) return Promise.resolve();
  const queued = pending.get(politeness);
  if (queued) {
    queued.texts.push(text);
    return queued.done;
  }
  const region = announcerRegion(politeness);
  region.textContent = '';
  const entry = {
    texts: [text],
    done: nextFrame().then(() => {
      pending.delete(politeness);
      region.textContent = entry.texts.join(' ');
    }),
  };
  pending.set(politeness, entry);
  return entry.done;
}

/** Options of `AnnouncerController`. */
export interface AnnouncerControllerOptions {
  /** Politeness of this host's messages (default `polite`). */
  politeness?: Politeness;
  /** At most one announcement per this many milliseconds (default 0: no throttling). */
  minIntervalMs?: number;
}

/**
 * Announces a host's messages through the page-level live region, at most once per `minIntervalMs`.
 * A message sent inside the quiet interval is not lost: the latest one is announced when the interval
 * ends (so a countdown is read "once on open, then at most every 30 s"). `force` skips the throttle.
 * Pending messages are dropped when the host disconnects.
 *
 *   private announcer = new AnnouncerController(this, { minIntervalMs: 30_000 });
 *   this.announcer.announce(this.i18n.msg.remaining(minutes));
 */
export class AnnouncerController implements ReactiveController {
  /** Politeness of this host's messages. */
  politeness: Politeness;
  /** The throttle interval in milliseconds. */
  minIntervalMs: number;

  private lastAt = Number.NEGATIVE_INFINITY;
  private queued: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    { politeness = 'polite', minIntervalMs = 0 }: AnnouncerControllerOptions = {},
  ) {
    this.politeness = politeness;
    this.minIntervalMs = minIntervalMs;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Announces now, or — inside the quiet interval — remembers the message for the end of the interval. */
  announce(message: string, { force = false }: { force?: boolean } = {}): void {
    const now = performance.now();
    const wait = this.lastAt + this.minIntervalMs - now;
    if (force || wait <= 0) {
      this.cancel();
      this.send(message, now);
      return;
    }
    this.queued = message;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const next = this.queued;
      this.queued = undefined;
      if (next !== undefined) this.send(next, performance.now());
    }, wait);
  }

  /** Drops a message waiting for the end of the interval. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queued = undefined;
  }

  /** Forgets the last announcement time, so the next message is announced at once. */
  reset(): void {
    this.cancel();
    this.lastAt = Number.NEGATIVE_INFINITY;
  }

  private send(message: string, at: number): void {
    this.lastAt = at;
    void announce(message, { politeness: this.politeness });
  }
}
