import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { LocaleController } from '../i18n/index.js';
import { baseStyles, token } from '../theme/index.js';
import { closeButton, closeButtonHover } from '../theme/looks/close-button.js';
import { GuEvent } from '../widget/events.js';
import { feedbackEn, feedbackRu } from './locales/feedback.js';
import { closeButtonTemplate, feedbackIcon } from './feedback-icons.js';

/** The kinds of alert. */
export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

/**
 * @summary A message box for the result of an action or a problem: info, success, warning or error.
 * `error` and `warning` are `role="alert"` (assertive), `info` and `success` are `role="status"` (polite).
 * The variant is spelt out for screen readers («Ошибка: …») and shown by an icon — never by colour alone.
 * Set `live` on an alert that is placed in the page empty and filled later (wrong code, lockout): its live
 * region then exists before the message is inserted, which is what screen readers need to announce it.
 * An empty alert without `live` takes no space and is hidden.
 *
 * @slot - The message text (may contain links).
 * @csspart base - The outer box.
 * @csspart region - The live region: icon, heading and message.
 * @csspart icon - The decorative variant icon.
 * @csspart heading - The heading line.
 * @csspart message - The wrapper of the slotted message.
 * @csspart dismiss - The close button of a dismissible alert.
 * @cssprop --gu-alert-radius - Corner radius (falls back to --gu-radius).
 * @fires {GuAlertDismissEvent} gu-alert-dismiss - The close button was pressed; cancelable — prevent it to keep the alert
 * shown.
 */
export class GuAlert extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .alert {
        display: flex;
        align-items: flex-start;
        gap: calc(${token('--gu-space')} * 1.5);
        padding: calc(${token('--gu-space')} * 2);
        border: 1px solid var(--tone);
        border-inline-start-width: 6px;
        border-radius: ${token('--gu-alert-radius')};
        background: var(--tone-surface);
        color: ${token('--gu-color-text')};
      }
      .alert--info {
        --tone: ${token('--gu-color-info')};
        --tone-surface: ${token('--gu-color-info-surface')};
      }
      .alert--success {
        --tone: ${token('--gu-color-success')};
        --tone-surface: ${token('--gu-color-success-surface')};
      }
      .alert--warning {
        --tone: ${token('--gu-color-warning')};
        --tone-surface: ${token('--gu-color-warning-surface')};
      }
      .alert--error {
        --tone: ${token('--gu-color-error')};
        --tone-surface: ${token('--gu-color-error-surface')};
      }
      .alert--empty {
        padding: 0;
        border: 0;
        background: none;
      }
      :host(:not([live])) .alert--empty {
        display: none;
      }
      .region {
        display: flex;
        flex: 1;
        gap: calc(${token('--gu-space')} * 1.5);
        min-width: 0;
      }
      .region .icon {
        display: ${token('--gu-icon-display')};
        flex: none;
        width: 1.5em;
        height: 1.5em;
        color: var(--tone);
      }
      .content {
        flex: 1;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .heading {
        display: block;
        margin: 0 0 calc(${token('--gu-space')} / 2);
        font-weight: 700;
        font-size: 1.125em;
      }
      ::slotted(a) {
        color: inherit;
      }
      .dismiss {
        ${closeButton}
        margin: -10px -10px -10px 0;
      }
      .dismiss:hover {
        ${closeButtonHover}
      }
      .dismiss .icon {
        color: currentColor;
      }
      @media (forced-colors: active) {
        .alert {
          border-color: CanvasText;
        }
        .icon {
          color: CanvasText;
        }
      }
    `,
  ];

  static override properties = {
    variant: { type: String, reflect: true },
    heading: { type: String },
    dismissible: { type: Boolean, reflect: true },
    live: { type: Boolean, reflect: true },
    hasContent: { state: true },
  };

  private readonly i18n = new LocaleController(this, { ru: feedbackRu, en: feedbackEn });
  private readonly observer = new MutationObserver(() => this.checkContent());

  /** info | success | warning | error (default info). */
  declare variant: AlertVariant;
  /** Short heading shown in bold above the message. */
  declare heading: string;
  /** Shows a close button («Закрыть уведомление»). */
  declare dismissible: boolean;
  /** Keeps the live region in the page while the alert is empty, so content inserted later is announced. */
  declare live: boolean;
  declare private hasContent: boolean;

  constructor() {
    super();
    this.variant = 'info';
    this.heading = '';
    this.dismissible = false;
    this.live = false;
    this.hasContent = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.checkContent();
    this.observer.observe(this, { childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('heading')) this.checkContent();
  }

  private checkContent(): void {
    this.hasContent =
      this.heading.trim() !== '' ||
      Array.from(this.childNodes).some(
        (node) =>
          (node instanceof Element && !node.hasAttribute('slot')) ||
          (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
      );
  }

  private get liveRole(): 'alert' | 'status' {
    return this.variant === 'error' || this.variant === 'warning' ? 'alert' : 'status';
  }

  private get variantLabel(): string {
    const msg = this.i18n.msg;
    switch (this.variant) {
      case 'success':
        return msg.variantSuccess;
      case 'warning':
        return msg.variantWarning;
      case 'error':
        return msg.variantError;
      default:
        return msg.variantInfo;
    }
  }

  private onDismiss(): void {
    if (this.dispatchEvent(new GuAlertDismissEvent())) this.hidden = true;
  }

  override render() {
    const variant = ['info', 'success', 'warning', 'error'].includes(this.variant) ? this.variant : 'info';
    const empty = !this.hasContent;
    return html`
      <div part="base" class="alert alert--${variant} ${empty ? 'alert--empty' : ''}">
        <div
          part="region"
          class="region"
          role=${this.liveRole}
          aria-live=${this.liveRole === 'alert' ? 'assertive' : 'polite'}
          aria-atomic="true"
        >
          ${empty ? nothing : feedbackIcon(variant)}
          <div class="content">
            ${empty ? nothing : html`<span class="visually-hidden">${this.variantLabel}: </span>`}
            ${this.heading ? html`<strong part="heading" class="heading">${this.heading}</strong>` : nothing}
            <div part="message"><slot></slot></div>
          </div>
        </div>
        ${
          this.dismissible && !empty
            ? closeButtonTemplate('dismiss', this.i18n.msg.alertDismiss, this.onDismiss)
            : nothing
        }
      </div>
    `;
  }
}

/** The close button of a dismissible alert was pressed; cancelable — prevent it to keep the alert shown. */
export class GuAlertDismissEvent extends GuEvent {
  static readonly eventName = 'gu-alert-dismiss';
  constructor() {
    super(GuAlertDismissEvent.eventName, undefined, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-alert-dismiss': GuAlertDismissEvent;
  }
}
