import { css, type PropertyValues } from 'lit';
import { validationMessage } from '../i18n/validation-messages.js';
import { validateOneTimeCode } from '../validation/index.js';
import { GuEvent } from '../widget/events.js';
import { GuFormControl, type FieldIssue, type InputAttributes } from './form-control.js';

/** Payload of `gu-otp-complete`. */
export interface GuOtpCompleteDetail {
  /** The complete code, digits only. */
  code: string;
}

/** The code reached `length` digits by typing or paste; `detail.code` is the code. */
export class GuOtpCompleteEvent extends GuEvent<GuOtpCompleteDetail> {
  static readonly eventName = 'gu-otp-complete';
  constructor(detail: GuOtpCompleteDetail) {
    super(GuOtpCompleteEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-otp-complete': GuOtpCompleteEvent;
  }
}

/**
 * @summary A one-time code input: one `<input inputmode="numeric" autocomplete="one-time-code">`, so SMS
 * autofill and paste of «123 456», «123-456» or «123456» work; only digits are kept.
 *
 * @csspart base - The wrapper of label, hint, error and input.
 * @csspart label - The visible label.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message (a polite live region that always exists).
 * @csspart input - The native input.
 * @cssprop --gu-field-border-color - Input border colour.
 * @cssprop --gu-field-error-color - Error text and invalid border colour.
 * @fires {Event} input - The user changed the code.
 * @fires {Event} change - The user committed a change (on blur).
 * @fires {GuOtpCompleteEvent} gu-otp-complete - The code reached `length` digits by typing or paste; `detail.code` is
 * the code.
 */
export class GuOtpField extends GuFormControl {
  static override styles = [
    ...GuFormControl.styles,
    css`
      input {
        flex: 0 1 auto;
        width: calc(var(--otp-length, 6) * 1.2ch + 4ch);
        font-family: ui-monospace, 'Cascadia Mono', 'Roboto Mono', monospace;
        font-size: 1.25em;
        letter-spacing: 0.2ch;
      }
    `,
  ];
  static override properties = {
    length: { type: Number },
  };

  /** Number of digits in the code (default 6). */
  declare length: number;

  constructor() {
    super();
    this.length = 6;
  }

  protected override computeIssue(text: string): FieldIssue | null {
    const msg = this.i18n.msg;
    if (text === '') return this.required ? { flags: { valueMissing: true }, message: msg.required } : null;
    const result = validateOneTimeCode(text, this.length);
    if (result.ok) return null;
    const flags: ValidityStateFlags = result.reason === 'length' ? { tooShort: true } : { typeMismatch: true };
    return { flags, message: validationMessage(msg, 'one-time-code', result.reason, this.length) };
  }

  protected override handleInput(event: InputEvent): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const before = this.text;
    const caret = input.selectionStart ?? input.value.length;
    const digitsBefore = (input.value.slice(0, caret).match(/\d/g) ?? []).length;
    const code = input.value.replace(/\D/g, '').slice(0, this.length);
    if (code !== input.value) {
      input.value = code;
      const position = Math.min(digitsBefore, code.length);
      input.setSelectionRange(position, position);
    }
    this.commitText(code);
    this.emitInput();
    if (code.length === this.length && before.length !== this.length) {
      this.dispatchEvent(new GuOtpCompleteEvent({ code }));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Through the CSSOM: a strict CSP (style-src-attr 'none') blocks style attributes in templates. --otp-length is the
    // element's own variable, not a theme token (no --gu- prefix).
    if (changed.has('length')) this.style.setProperty('--otp-length', String(this.length));
  }

  protected override inputAttributes(): InputAttributes {
    return { type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code', spellcheck: false };
  }
}
