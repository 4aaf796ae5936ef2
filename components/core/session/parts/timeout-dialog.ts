import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { LocaleController } from '../../i18n/index.js';
import { baseStyles, token } from '../../theme/index.js';
import { AnnouncerController } from '../../ui/announcer.js';
import { sessionEn, sessionEndedAnnouncement, sessionRu } from '../locales.js';
import type { SignedOutReason } from '../session-context.js';
import { GuSessionExtendEvent, GuSessionSignOutEvent } from '../events.js';

/** The session just ended (set by `<gu-session>` on the change): what the page announces. */
export interface SessionEnded {
  readonly reason: SignedOutReason | undefined;
  /** The session keeps drafts of what the citizen typed. */
  readonly draftsSaved: boolean;
}

let partsLoaded: Promise<void> | undefined;

/**
 * The modal and its buttons, loaded on demand: a signed-out page never needs them. `<gu-session>` loads them while
 * a sign-in completes (`prepare()`), and any signed-in session as soon as its idle timer runs (`deadline` set), long
 * before the warning can open. The button first, so the dialog finds its focus target defined when it opens.
 */
function loadParts(): Promise<void> {
  partsLoaded ??= import('../../ui/gu-button.js')
    .then(() => import('../../ui/gu-dialog.js'))
    .then(
      () => undefined,
      (error: unknown) => {
        partsLoaded = undefined; // a later render tries again
        throw error;
      },
    );
  return partsLoaded;
}

/**
 * @summary The idle-timeout warning of `<gu-session>`: a modal `alertdialog` labelled «Сеанс скоро завершится»,
 * with the remaining time (visible every second, announced on open and then at most every `announce-interval`
 * seconds — «Осталось 1 минута»), the promise that typed data is kept, and two buttons: «Остаться в системе»
 * (primary, first in the footer, so focused on open) and «Выйти». Esc and «Остаться в системе» both extend. Focus returns to where it
 * was when the dialog closes.
 *
 * @csspart countdown - The visible remaining time.
 * It tells its <gu-session> `gu-session-extend` («Остаться в системе» or Esc) and `gu-session-sign-out` («Выйти»):
 * internal events (events.ts), which stay inside the session's shadow root.
 */
export class GuSessionTimeoutDialog extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
      }
      p {
        margin: 0 0 ${token('--gu-space')};
      }
      .countdown {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  static override properties = {
    open: { type: Boolean, reflect: true },
    deadline: { type: Number },
    announceInterval: { type: Number, attribute: 'announce-interval' },
    ended: { attribute: false },
    now: { state: true },
    ready: { state: true },
  };

  private readonly i18n = new LocaleController(this, { ru: sessionRu, en: sessionEn });
  private readonly announcer = new AnnouncerController(this, { politeness: 'assertive', minIntervalMs: 30_000 });

  /** Whether the warning is shown. */
  declare open: boolean;
  /** When the session ends (ms since epoch). */
  declare deadline: number;
  /** Seconds between announcements of the countdown [30]. */
  declare announceInterval: number;
  /**
   * Set (a new object) when the session ends while the page shows it: the end is announced — «Вы вышли из системы в
   * целях безопасности…» — as well as shown by the page's notice (WCAG 4.1.3).
   */
  declare ended: SessionEnded | undefined;
  declare private now: number;
  /** The dialog and button modules are loaded. */
  declare private ready: boolean;

  private ticker: ReturnType<typeof setInterval> | undefined;
  private loadingParts: Promise<void> | undefined;

  constructor() {
    super();
    this.open = false;
    this.deadline = 0;
    this.announceInterval = 30;
    this.ended = undefined;
    this.now = Date.now();
    this.ready = customElements.get('gu-dialog') !== undefined && customElements.get('gu-button') !== undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicker();
  }

  /** Seconds left, never negative. */
  get remainingSeconds(): number {
    return Math.max(0, Math.ceil((this.deadline - this.now) / 1000));
  }

  /** The remaining time as words: «1 минуту 45 секунд» (accusative, for «через …»). */
  private remainingWords(accusative: boolean): string {
    const msg = this.i18n.msg;
    const seconds = this.remainingSeconds;
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    const m = accusative ? msg.minutesAccusative : msg.minutes;
    const s = accusative ? msg.secondsAccusative : msg.seconds;
    if (minutes === 0) return this.i18n.plural(rest, s);
    if (rest === 0) return this.i18n.plural(minutes, m);
    return `${this.i18n.plural(minutes, m)} ${this.i18n.plural(rest, s)}`;
  }

  /** What is announced: «Осталось 2 минуты» / «Осталось 45 секунд» (minutes rounded up above a minute). */
  get announcement(): string {
    const msg = this.i18n.msg;
    const seconds = this.remainingSeconds;
    const when =
      seconds >= 60 ? this.i18n.plural(Math.ceil(seconds / 60), msg.minutes) : this.i18n.plural(seconds, msg.seconds);
    return msg.remaining(when);
  }

  /** Resolves once the dialog is rendered — after its modules are loaded when it is open. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (this.open && !this.ready) {
      await this.loadingParts;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Loads the dialog's modules and renders it (closed), so the warning opens without a wait: `<gu-session>` calls
   * it while a sign-in completes. Rejects when the modules cannot be loaded (a later render tries again).
   */
  async prepare(): Promise<void> {
    this.ensureParts();
    await loadParts();
    this.ready = true;
    await this.updateComplete;
  }

  private ensureParts(): void {
    if (this.ready || this.loadingParts) return;
    this.loadingParts = loadParts().then(
      () => {
        this.ready = true;
      },
      (error: unknown) => {
        this.loadingParts = undefined;
        console.error('gu-session-timeout-dialog: the warning dialog could not be loaded', error);
      },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.open || this.deadline > 0) this.ensureParts();
    if (changed.has('announceInterval')) this.announcer.minIntervalMs = this.announceInterval * 1000;
    if (changed.has('open') || changed.has('deadline')) this.now = Date.now();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open) {
        this.announcer.reset();
        this.announcer.announce(`${this.i18n.msg.timeoutHeading}. ${this.announcement}`, { force: true });
        this.startTicker();
      } else {
        this.stopTicker();
        this.announcer.cancel();
      }
    }
    if (changed.has('ended') && this.ended) {
      const { reason, draftsSaved } = this.ended;
      this.announcer.announce(sessionEndedAnnouncement(this.i18n.msg, reason, draftsSaved), { force: true });
    }
  }

  private startTicker(): void {
    this.stopTicker();
    this.ticker = setInterval(() => {
      this.now = Date.now();
      // Throttled by the announcer: the latest text is read at most every `announce-interval` seconds.
      if (this.open && this.remainingSeconds > 0) this.announcer.announce(this.announcement);
    }, 1000);
  }

  private stopTicker(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private onCancel(event: Event): void {
    // Esc means «Остаться в системе»: close and extend.
    event.preventDefault();
    this.answer('extend');
  }

  private answer(value: 'extend' | 'sign-out'): void {
    this.open = false;
    this.dispatchEvent(value === 'extend' ? new GuSessionExtendEvent() : new GuSessionSignOutEvent());
  }

  override render() {
    if (!this.ready) return nothing;
    const msg = this.i18n.msg;
    return html`<gu-dialog
      alert
      hide-close
      ?open=${this.open}
      heading=${msg.timeoutHeading}
      @gu-dialog-cancel=${this.onCancel}
    >
      <p>
        ${msg.timeoutBefore}
        <span part="countdown" class="countdown">${this.remainingWords(true)}</span>${msg.timeoutAfter}
      </p>
      <p>${msg.timeoutKeep}</p>
      <gu-button slot="footer" type="button" @click=${() => this.answer('extend')}>${msg.timeoutStay}</gu-button>
      <gu-button slot="footer" type="button" variant="secondary" @click=${() => this.answer('sign-out')}
        >${msg.timeoutSignOut}</gu-button
      >
    </gu-dialog>`;
  }
}
