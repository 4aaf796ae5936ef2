import { css, html, nothing, type TemplateResult } from 'lit';
import { token } from '../theme/base-styles.js';
import { checkTextLimit, codePointLabel } from '../validation/text-limits.js';
import { GuFormControl, type ControlRenderContext, type FieldIssue, type InputAttributes } from './form-control.js';

/**
 * @summary A password input with a «Показать пароль» toggle. Paste and password managers are allowed;
 * `autocomplete` says whether it is the current or a new password.
 *
 * @csspart base - The wrapper of label, hint, error and input.
 * @csspart label - The visible label.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message (a polite live region that always exists).
 * @csspart input - The native input.
 * @csspart toggle - The show/hide button (at least 24×24 px).
 * @cssprop --gu-field-border-color - Input border colour.
 * @cssprop --gu-field-error-color - Error text and invalid border colour.
 * @fires {Event} input - The user changed the password.
 * @fires {Event} change - The user committed a change (on blur).
 */
export class GuPasswordField extends GuFormControl {
  static override styles = [
    ...GuFormControl.styles,
    css`
      .toggle {
        flex: none;
        min-width: 48px;
        min-height: ${token('--gu-field-height')};
        padding: 0 calc(1.5 * ${token('--gu-space')});
        font: inherit;
        font-weight: 700;
        color: ${token('--gu-color-primary')};
        background: ${token('--gu-color-background')};
        border: 2px solid ${token('--gu-color-primary')};
        border-radius: ${token('--gu-radius')};
        cursor: pointer;
      }
      .toggle:hover {
        color: ${token('--gu-color-primary-hover')};
        border-color: ${token('--gu-color-primary-hover')};
      }
      .toggle:disabled {
        color: ${token('--gu-color-text-muted')};
        border-color: ${token('--gu-color-text-muted')};
        cursor: not-allowed;
      }
      @media (forced-colors: active) {
        .toggle {
          border-color: ButtonText;
          color: ButtonText;
        }
      }
    `,
  ];
  static override properties = {
    autocomplete: { type: String },
    minlength: { type: Number },
    maxlength: { type: Number },
    visible: { type: Boolean, reflect: true },
    toggled: { state: true },
  };

  /** `current-password` (sign-in, default) or `new-password` (registration, change). */
  declare autocomplete: 'current-password' | 'new-password';
  /** Minimum length; a shorter password gets a precise message on blur/submit. */
  declare minlength: number | undefined;
  /**
   * Maximum length in characters [128, the identity contract's `maxLength`]. A longer password is never cut (no
   * native `maxlength`, which silently truncates a paste): the precise message shows — and is announced — as soon
   * as the text crosses it. Control characters (NUL …) are refused the same way.
   */
  declare maxlength: number;
  /** The password is shown as plain text. */
  declare visible: boolean;
  /** The user has used the toggle (the status message is announced only then). */
  declare private toggled: boolean;

  constructor() {
    super();
    this.autocomplete = 'current-password';
    this.minlength = undefined;
    this.maxlength = 128;
    this.visible = false;
    this.toggled = false;
  }

  protected override computeIssue(text: string): FieldIssue | null {
    const msg = this.i18n.msg;
    if (text === '') return this.required ? { flags: { valueMissing: true }, message: msg.required } : null;
    const limit = this.limitIssue(text);
    if (limit) return limit;
    if (this.minlength && text.length < this.minlength) {
      return { flags: { tooShort: true }, message: this.i18n.plural(this.minlength, msg.passwordTooShort) };
    }
    return null;
  }

  /** Over `maxlength` or holding a control character: a precise message (never a silent cut). */
  private limitIssue(text: string): FieldIssue | null {
    const issue = checkTextLimit(text, this.maxlength > 0 ? this.maxlength : Number.POSITIVE_INFINITY);
    if (!issue) return null;
    const msg = this.i18n.msg;
    return issue.reason === 'too-long'
      ? { flags: { tooLong: true }, message: msg.passwordTooLong(issue.maxLength, issue.length) }
      : { flags: { badInput: true }, message: msg.passwordControl(codePointLabel(issue.codePoint), issue.position) };
  }

  protected override handleInput(event: InputEvent): void {
    event.stopPropagation();
    const text = (event.target as HTMLInputElement).value;
    this.commitText(text);
    // A crossed limit is said at once (the error region is polite), not only on blur: typing on would be wasted.
    if (this.limitIssue(text)) {
      this.touched = true;
      this.shownText = text;
    }
    this.emitInput();
  }

  private toggleVisibility(): void {
    this.visible = !this.visible;
    this.toggled = true;
  }

  protected override inputAttributes(): InputAttributes {
    return {
      type: this.visible ? 'text' : 'password',
      name: this.name || undefined,
      autocomplete: this.autocomplete || 'current-password',
      minlength: this.minlength || undefined,
      autocapitalize: 'off',
      spellcheck: false,
    };
  }

  protected override renderControl(context: ControlRenderContext): TemplateResult {
    const msg = this.i18n.msg;
    const { disabled } = context;
    return html`${super.renderControl(context)}<button
        class="toggle"
        part="toggle"
        type="button"
        aria-controls="input"
        aria-label=${this.visible ? msg.passwordHide : msg.passwordShow}
        ?disabled=${disabled}
        @click=${this.toggleVisibility}
      >
        ${this.visible ? msg.passwordHideShort : msg.passwordShowShort}</button
      ><span class="visually-hidden" aria-live="polite"
        >${this.toggled ? (this.visible ? msg.passwordShown : msg.passwordHidden) : nothing}</span
      >`;
  }
}
