import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController, apiErrorMessage, coreMessages } from '../i18n/index.js';
import { baseStyles, token } from '../theme/index.js';
import { outlinedButton, outlinedButtonHover } from '../theme/looks/buttons.js';
import { wrappingRow } from '../theme/looks/row.js';
import { GuEvent } from '../widget/events.js';
import { announce } from './announcer.js';
import { feedbackEn, feedbackRu } from './locales/feedback.js';
import { feedbackIcon } from './feedback-icons.js';

/** Heading levels a state may use, so it fits the outline of the page it is embedded in. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** What the error state needs of an error: an ApiError (core/api) fits, typed structurally. */
export interface ErrorLike {
  /** network | timeout | aborted | unauthorized | forbidden | not-found | conflict | validation | rate-limited | server | malformed */
  kind: string;
  /** Seconds until a retry makes sense (rate-limited). */
  retryAfter?: number;
  /** Whether retrying can help; when absent it is derived from the kind. */
  retryable?: boolean;
}

const RETRYABLE_KINDS = new Set(['network', 'timeout', 'aborted', 'conflict', 'rate-limited', 'server', 'malformed']);

function heading(level: HeadingLevel, content: string, focusable = false): TemplateResult {
  const tabindex = focusable ? '-1' : nothing;
  switch (level) {
    case 3:
      return html`<h3 part="heading" class="heading" tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 part="heading" class="heading" tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 part="heading" class="heading" tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 part="heading" class="heading" tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<h2 part="heading" class="heading" tabindex=${tabindex}>${content}</h2>`;
  }
}

/** The centred look of the states (and of <gu-session-notice>): container, icon, heading, text, actions. */
export const stateStyles = css`
  :host {
    display: block;
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: ${token('--gu-space')};
    padding: calc(${token('--gu-space')} * 4) calc(${token('--gu-space')} * 2);
    text-align: center;
    overflow-wrap: anywhere;
  }
  .state-icon {
    display: ${token('--gu-illustration-display')};
    width: 3em;
    height: 3em;
    color: ${token('--gu-color-text-muted')};
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .text {
    max-width: 40em;
    margin: 0;
    color: ${token('--gu-color-text-muted')};
  }
  .actions {
    ${wrappingRow}
    justify-content: center;
    margin-top: ${token('--gu-space')};
  }
  @media (forced-colors: active) {
    .state-icon {
      color: CanvasText;
    }
  }
`;

/**
 * @summary What a widget shows when there is nothing to show yet («Здесь пока ничего нет»), with an optional
 * next step. Not a live region: a widget that empties a list in response to the user should announce it.
 *
 * @slot - The explanation text.
 * @slot action - A next step: a link or a button.
 * @csspart base - The centred container.
 * @csspart icon - The decorative illustration.
 * @csspart heading - The heading.
 * @csspart text - The wrapper of the explanation.
 * @csspart actions - The wrapper of the action slot.
 */
export class GuEmptyState extends LitElement {
  static override styles = [baseStyles, stateStyles];

  static override properties = {
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  private readonly i18n = new LocaleController(this, { ru: feedbackRu, en: feedbackEn });

  /** The heading (default «Здесь пока ничего нет»). */
  declare heading: string;
  /** The heading level, 2–6 (default 2). */
  declare headingLevel: HeadingLevel;

  constructor() {
    super();
    this.heading = '';
    this.headingLevel = 2;
  }

  override render() {
    return html`<div part="base" class="state">
      ${feedbackIcon('empty', 'state-icon')} ${heading(this.headingLevel, this.heading || this.i18n.msg.emptyHeading)}
      <p part="text" class="text"><slot></slot></p>
      <div part="actions" class="actions"><slot name="action"></slot></div>
    </div>`;
  }
}

/**
 * @summary A loading indicator: a spinner (hidden from assistive technology) and the text «Загрузка…» in a
 * polite `role="status"` region. The region is in the page first and the text is inserted after it, so the
 * text is announced once. With `delay`, nothing is shown or announced for that many milliseconds — fast
 * responses then cause no flash and no chatter. The spinner stops under prefers-reduced-motion.
 *
 * @csspart base - The status region.
 * @csspart spinner - The spinner.
 * @csspart label - The text.
 * @cssprop --gu-loading-state-size - Spinner diameter (default 32px).
 */
export class GuLoadingState extends LitElement {
  static override styles = [
    baseStyles,
    stateStyles,
    css`
      :host([inline]) .state {
        flex-direction: row;
        justify-content: flex-start;
        padding: 0;
      }
      .spinner {
        width: ${token('--gu-loading-state-size')};
        height: ${token('--gu-loading-state-size')};
        border: 4px solid ${token('--gu-color-divider')};
        border-top-color: ${token('--gu-color-primary')};
        border-radius: 50%;
        animation: spin 0.9s linear infinite;
      }
      :host([inline]) .spinner {
        --gu-loading-state-size: 1.25em;
        border-width: 3px;
      }
      .label {
        color: ${token('--gu-color-text')};
      }
      @keyframes spin {
        to {
          transform: rotate(360deg);
        }
      }
      @media (forced-colors: active) {
        .spinner {
          border-color: GrayText;
          border-top-color: CanvasText;
        }
      }
    `,
  ];

  static override properties = {
    label: { type: String },
    delay: { type: Number },
    inline: { type: Boolean, reflect: true },
    shown: { state: true },
  };

  private readonly core = new LocaleController(this, coreMessages);

  /** The text (default «Загрузка…»); say what is loading when it helps («Загружаем заявления…»). */
  declare label: string;
  /** Milliseconds to wait before showing and announcing anything (default 0). */
  declare delay: number;
  /** A one-line, left-aligned variant for buttons and table cells. */
  declare inline: boolean;
  declare private shown: boolean;

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.label = '';
    this.delay = 0;
    this.inline = false;
    this.shown = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shown = false;
    // At least one frame, so the empty region exists before the text goes in.
    this.timer = setTimeout(() => requestAnimationFrame(() => (this.shown = true)), Math.max(0, this.delay));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override render() {
    return html`<div part="base" class="state" role="status" aria-live="polite">
      ${
        this.shown
          ? html`<span part="spinner" class="spinner" aria-hidden="true"></span
              ><span part="label" class="label">${this.label || this.core.msg.loading}</span>`
          : nothing
      }
    </div>`;
  }
}

/**
 * @summary What a widget shows when loading failed: a heading, a message for the error's `kind`
 * (from the core catalog: «Нет связи с сервером…», «Слишком много запросов. Повторите через 30 секунд.»)
 * and «Повторить» when retrying can help. The heading and message are announced politely through the
 * page announcer when they appear or change (set `quiet` if the widget moves focus to it with `focus()`,
 * which focuses the heading).
 *
 * @slot action - Extra actions next to «Повторить» (e.g. a link to support).
 * @csspart base - The centred container.
 * @csspart icon - The decorative error icon.
 * @csspart heading - The heading; focusable by script (`focus()`).
 * @csspart text - The message.
 * @csspart actions - The actions row.
 * @csspart retry - The «Повторить» button.
 * @fires {GuErrorStateRetryEvent} gu-error-state-retry - «Повторить» was pressed; `detail.kind` is the error kind, if
 * any.
 */
export class GuErrorState extends LitElement {
  static override styles = [
    baseStyles,
    stateStyles,
    css`
      .state-icon {
        color: ${token('--gu-color-error')};
      }
      .retry {
        ${outlinedButton}
      }
      .retry:hover {
        ${outlinedButtonHover}
      }
      @media (forced-colors: active) {
        .retry {
          border-color: ButtonText;
          color: ButtonText;
        }
      }
    `,
  ];

  static override properties = {
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    message: { type: String },
    error: { attribute: false },
    retryable: { type: Boolean, reflect: true },
    quiet: { type: Boolean, reflect: true },
  };

  private readonly i18n = new LocaleController(this, { ru: feedbackRu, en: feedbackEn });
  private readonly core = new LocaleController(this, coreMessages);

  /** The heading (default «Не удалось загрузить данные»). */
  declare heading: string;
  /** The heading level, 2–6 (default 2). */
  declare headingLevel: HeadingLevel;
  /** The message; overrides the one derived from `error`. */
  declare message: string;
  /** The failure, e.g. an ApiError: its `kind` picks the message, `retryAfter` the seconds, `retryable` the button. */
  declare error: ErrorLike | undefined;
  /** Shows «Повторить» even when the error does not say it is retryable (or there is no error object). */
  declare retryable: boolean;
  /** Does not announce the message (the widget moves focus to the heading instead). */
  declare quiet: boolean;

  private announced = '';

  constructor() {
    super();
    this.heading = '';
    this.headingLevel = 2;
    this.message = '';
    this.error = undefined;
    this.retryable = false;
    this.quiet = false;
  }

  /** Whether «Повторить» is shown. */
  get canRetry(): boolean {
    if (this.retryable) return true;
    if (!this.error) return false;
    return this.error.retryable ?? RETRYABLE_KINDS.has(this.error.kind);
  }

  /** The message shown: `message`, else the catalog message for the error kind. */
  get text(): string {
    if (this.message) return this.message;
    const msg = this.i18n.msg;
    if (this.error?.kind === 'rate-limited') {
      const seconds = this.error.retryAfter;
      return seconds !== undefined && Number.isFinite(seconds) && seconds > 0
        ? msg.rateLimited(this.i18n.plural(Math.ceil(seconds), msg.seconds))
        : msg.rateLimitedNoTime;
    }
    return apiErrorMessage(this.core.msg, this.error?.kind) ?? msg.errorGeneric;
  }

  /** Moves focus to the heading, so a screen reader reads it after a failed action. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('.heading');
    if (target) target.focus(options);
    else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.heading')?.focus(options));
  }

  protected override updated(_changed: PropertyValues<this>): void {
    const text = `${this.heading || this.i18n.msg.errorHeading}. ${this.text}`;
    if (text !== this.announced) {
      this.announced = text;
      if (!this.quiet) void announce(text);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.announced = '';
  }

  private onRetry(): void {
    this.dispatchEvent(new GuErrorStateRetryEvent({ kind: this.error?.kind }));
  }

  override render() {
    return html`<div part="base" class="state">
      ${feedbackIcon('error', 'state-icon')}
      ${heading(this.headingLevel, this.heading || this.i18n.msg.errorHeading, true)}
      <p part="text" class="text">${this.text}</p>
      <div part="actions" class="actions">
        ${
          this.canRetry
            ? html`<button part="retry" class="retry" type="button" @click=${this.onRetry}>
                ${this.core.msg.retry}
              </button>`
            : nothing
        }
        <slot name="action"></slot>
      </div>
    </div>`;
  }
}

/** Detail of `gu-error-state-retry`. */
export interface GuErrorStateRetryDetail {
  /** The kind of the error being retried, if known. */
  kind: string | undefined;
}

/** «Повторить» of a `gu-error-state` was pressed; `detail.kind` is the error kind, if any. */
export class GuErrorStateRetryEvent extends GuEvent<GuErrorStateRetryDetail> {
  static readonly eventName = 'gu-error-state-retry';
  constructor(detail: GuErrorStateRetryDetail) {
    super(GuErrorStateRetryEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-error-state-retry': GuErrorStateRetryEvent;
  }
}
