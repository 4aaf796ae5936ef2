import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { LocaleController } from '../i18n/locale-controller.js';
import { baseStyles, token } from '../theme/base-styles.js';
import { formControlMessages, type FormControlMessages } from './form-messages.js';

/** Visual variants of `gu-button`. */
export type GuButtonVariant = 'primary' | 'secondary' | 'link';

/**
 * @summary A button that works inside a light-DOM `<form>` (submit, reset) and has a busy state: while busy it
 * stays focusable, says so (aria-busy, aria-disabled, spinner and text) and ignores clicks, so a double click
 * cannot submit twice.
 *
 * @slot - The button text.
 * @csspart button - The native button.
 * @csspart spinner - The busy spinner.
 * @cssprop --gu-button-background - Primary background (falls back to `--gu-color-primary`).
 * @cssprop --gu-button-color - Primary text colour (falls back to `--gu-color-on-primary`).
 * @cssprop --gu-button-radius - Corner radius (falls back to `--gu-radius`).
 * @fires {MouseEvent} click - The user activated the button (not fired while busy or disabled).
 */
export class GuButton extends LitElement {
  /** Lets the button find its form through ElementInternals. */
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
      }
      button {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        gap: ${token('--gu-space')};
        min-width: 24px;
        min-height: ${token('--gu-field-height')};
        padding: 0 calc(3 * ${token('--gu-space')});
        font: inherit;
        font-weight: 700;
        border: 2px solid ${token('--gu-button-background')};
        border-radius: ${token('--gu-button-radius')};
        background: ${token('--gu-button-background')};
        color: ${token('--gu-button-color')};
        cursor: pointer;
      }
      button:hover {
        background: ${token('--gu-color-primary-hover')};
        border-color: ${token('--gu-color-primary-hover')};
      }
      :host([variant='secondary']) button {
        background: ${token('--gu-color-background')};
        color: ${token('--gu-color-primary')};
        border-color: ${token('--gu-color-primary')};
      }
      :host([variant='secondary']) button:hover {
        color: ${token('--gu-color-primary-hover')};
        border-color: ${token('--gu-color-primary-hover')};
      }
      :host([variant='link']) button {
        min-height: 24px;
        padding: 0 2px;
        background: transparent;
        color: ${token('--gu-color-primary')};
        border-color: transparent;
        font-weight: 400;
        text-decoration: underline;
        text-underline-offset: 0.15em;
      }
      :host([variant='link']) button:hover {
        color: ${token('--gu-color-primary-hover')};
        text-decoration-thickness: 2px;
      }
      button:disabled {
        background: ${token('--gu-color-surface')};
        color: ${token('--gu-color-text-muted')};
        border-color: ${token('--gu-color-divider')};
        cursor: not-allowed;
      }
      button[aria-busy='true'] {
        cursor: progress;
      }
      .spinner {
        width: 1.25em;
        height: 1.25em;
        animation: gu-spin 0.8s linear infinite;
      }
      @keyframes gu-spin {
        to {
          transform: rotate(360deg);
        }
      }
      @media (forced-colors: active) {
        button {
          border-color: ButtonText;
        }
        button:disabled {
          border-color: GrayText;
          color: GrayText;
        }
      }
    `,
  ];
  static override properties = {
    type: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    busy: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true },
  };

  private readonly i18n = new LocaleController<FormControlMessages>(this, formControlMessages);
  private readonly internals: ElementInternals;

  /** What the button does in its form: `submit` (default, like a native button), `reset` or `button`. */
  declare type: 'submit' | 'reset' | 'button';
  /** Look: `primary` (default), `secondary` or `link` (looks like a link, behaves like a button). */
  declare variant: GuButtonVariant;
  /** An action is in progress: the button stays focusable but ignores clicks and says it is busy. */
  declare busy: boolean;
  /** Disables the button (it leaves the tab order). */
  declare disabled: boolean;
  /** A disabled fieldset or form disables the button. */
  declare private formDisabled: boolean;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.type = 'submit';
    this.variant = 'primary';
    this.busy = false;
    this.disabled = false;
    this.formDisabled = false;
    // Registered before any page listener, so a click while busy never reaches them.
    this.addEventListener('click', (event) => this.handleClick(event));
  }

  /** The form the button belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Called by the browser when a fieldset or form ancestor becomes (un)disabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private handleClick(event: MouseEvent): void {
    if (this.busy || this.disabled || this.formDisabled) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.internals.form;
    if (!form) return;
    if (this.type === 'submit') form.requestSubmit();
    else if (this.type === 'reset') form.reset();
  }

  protected override render(): TemplateResult {
    const disabled = this.disabled || this.formDisabled;
    return html`<button
      part="button"
      type="button"
      ?disabled=${disabled}
      aria-disabled=${this.busy ? 'true' : nothing}
      aria-busy=${this.busy ? 'true' : nothing}
    >
      ${
        this.busy
          ? html`<svg class="spinner" part="spinner" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="3" opacity="0.3" />
              <path
                d="M21 12a9 9 0 0 0-9-9"
                fill="none"
                stroke="currentColor"
                stroke-width="3"
                stroke-linecap="round"
              />
            </svg>`
          : nothing
      }
      <slot></slot>
      ${this.busy ? html`<span class="visually-hidden">(${this.i18n.msg.busy})</span>` : nothing}
    </button>`;
  }
}
