import { freeTextMessage, validationMessage } from '../i18n/validation-messages.js';
import { checkFreeText, type FreeTextCharset, type FreeTextIssue } from '../validation/free-text.js';
import { stripSeparators } from '../validation/index.js';
import { FORMATTERS, VALIDATORS, type ValueKind } from '../validation/kinds.js';
import { GuFormControl, type FieldIssue, type InputAttributes } from './form-control.js';

/** The identifiers a text field can validate and mask (core/validation/kinds.ts). */
export type TextFieldKind = ValueKind;

const INPUT_MODES: Record<TextFieldKind, string> = {
  snils: 'numeric',
  inn: 'numeric',
  'inn-person': 'numeric',
  'inn-organisation': 'numeric',
  phone: 'tel',
  email: 'email',
  passport: 'numeric',
  'unit-code': 'numeric',
  uin: 'numeric',
};

/** The result of masking: the formatted text and how many digits it gained in front (the `+7` of a phone). */
interface Masked {
  text: string;
  lead: number;
}

const countDigits = (text: string): number => (text.match(/\d/g) ?? []).length;

/** Groups digits: `group('11223344595', [3, 3, 3, 2], ['-', '-', ' '])` → `112-233-445 95`; extra digits stay at the end. */
function group(digits: string, sizes: number[], separators: string[]): string {
  let out = '';
  let index = 0;
  sizes.forEach((size, position) => {
    if (index >= digits.length) return;
    if (position > 0) out += separators[position - 1] ?? '';
    out += digits.slice(index, index + size);
    index += size;
  });
  return out + digits.slice(index);
}

/** Formats a phone while it is typed: `8916` → `+7 (916`; anything that is not a Russian number stays as entered. */
function maskPhone(raw: string): Masked {
  const compact = stripSeparators(raw);
  if (compact === '' || !/^\+?\d*$/.test(compact)) return { text: raw, lead: 0 };
  let national: string;
  let lead = 0;
  if (compact.startsWith('+')) {
    if (compact === '+' || !compact.startsWith('+7')) return { text: raw, lead: 0 };
    national = compact.slice(2);
  } else if (compact.length !== 10 && /^[78]/.test(compact)) {
    national = compact.slice(1);
  } else {
    national = compact;
    lead = 1;
  }
  if (national.length > 10) return { text: raw, lead: 0 };
  let text = '+7';
  if (national.length > 0) text += ` (${national.slice(0, 3)}`;
  if (national.length > 3) text += `) ${national.slice(3, 6)}`;
  if (national.length > 6) text += `-${national.slice(6, 8)}`;
  if (national.length > 8) text += `-${national.slice(8, 10)}`;
  return { text, lead };
}

/** Formats digits into the shape of `kind` while typing; text with other characters is left as entered. */
function mask(kind: TextFieldKind, raw: string): Masked {
  if (kind === 'phone') return maskPhone(raw);
  const digits = stripSeparators(raw);
  if (!/^\d*$/.test(digits)) return { text: raw, lead: 0 };
  switch (kind) {
    case 'snils':
      return { text: group(digits, [3, 3, 3, 2], ['-', '-', ' ']), lead: 0 };
    case 'passport':
      return { text: group(digits, [2, 2, 6], [' ', ' ']), lead: 0 };
    case 'unit-code':
      return { text: group(digits, [3, 3], ['-']), lead: 0 };
    default:
      return { text: raw, lead: 0 };
  }
}

/** The index in `text` just after its `count`-th digit (0 when count is 0). */
function indexAfterDigits(text: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (/\d/.test(text[index] ?? '')) seen += 1;
    if (seen === count) return index + 1;
  }
  return text.length;
}

/**
 * @summary A labelled text input that can check and format Russian identifiers (SNILS, INN, phone, e-mail,
 * passport, unit code, UIN). Errors appear after the user leaves the field or submits the form.
 *
 * @csspart base - The wrapper of label, hint, error and input.
 * @csspart label - The visible label.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message (a polite live region that always exists).
 * @csspart input - The native input.
 * @cssprop --gu-field-border-color - Input border colour.
 * @cssprop --gu-field-error-color - Error text and invalid border colour.
 * @cssprop --gu-field-hint-color - Hint colour.
 * @fires {Event} input - The user changed the text (value already updated).
 * @fires {Event} change - The user committed a change (on blur).
 */
export class GuTextField extends GuFormControl {
  static override properties = {
    type: { type: String },
    autocomplete: { type: String },
    inputmode: { type: String },
    validate: { type: String },
    mask: { type: String },
    placeholder: { type: String },
    maxlength: { type: Number },
    charset: { type: String },
  };

  /** Input type: text, email, tel, url or search (default: from `validate`, else text). */
  declare type: string;
  /** The `autocomplete` token, e.g. `tel`, `email`, `family-name` (default: from `validate` for phone and e-mail). */
  declare autocomplete: string;
  /** The virtual keyboard hint (default: from `validate` — numeric, tel or email). */
  declare inputmode: string;
  /** Identifier to check on blur and submit, with a precise message. */
  declare validate: TextFieldKind | '';
  /** Identifier to format while typing; paste is never blocked. */
  declare mask: TextFieldKind | '';
  /** Example text inside the empty input (never a replacement for the label or hint). */
  declare placeholder: string;
  /**
   * The most characters the field takes (the contract's `maxLength`; 0: no limit). A longer text — typed or pasted —
   * is kept as it is and refused with a precise message at once: nothing is ever cut silently.
   */
  declare maxlength: number;
  /**
   * Which characters free text may hold (core/validation/free-text.ts): `text` — letters, digits, spaces and the
   * punctuation of addresses and authorities; `printable` (default) — anything but control characters. Fields with
   * `validate` use the identifier's own rules instead.
   */
  declare charset: FreeTextCharset | '';

  constructor() {
    super();
    this.type = '';
    this.autocomplete = '';
    this.inputmode = '';
    this.validate = '';
    this.mask = '';
    this.placeholder = '';
    this.maxlength = 0;
    this.charset = '';
  }

  /** What the free-text policy says about `text` (fields without `validate`). */
  private freeTextIssue(text: string): FreeTextIssue | undefined {
    const result = checkFreeText(text, {
      maxLength: this.maxlength > 0 ? this.maxlength : Number.POSITIVE_INFINITY,
      charset: this.charset || 'printable',
    });
    return result.ok ? undefined : result.issue;
  }

  /** The kind the field formats and validates with (`validate`, else `mask`). */
  private get kind(): TextFieldKind | undefined {
    const kind = this.validate || this.mask;
    return kind && kind in VALIDATORS ? kind : undefined;
  }

  protected override computeIssue(text: string): FieldIssue | null {
    const msg = this.i18n.msg;
    if (text.trim() === '') {
      return this.required ? { flags: { valueMissing: true }, message: msg.required } : null;
    }
    if (!this.validate || !(this.validate in VALIDATORS)) {
      const issue = this.freeTextIssue(text);
      if (!issue) return null;
      const flags: ValidityStateFlags =
        issue.reason === 'too-long'
          ? { tooLong: true }
          : issue.reason === 'required'
            ? { valueMissing: true }
            : { patternMismatch: true };
      return { flags, message: freeTextMessage(msg, issue) };
    }
    const result = VALIDATORS[this.validate](text);
    if (result.ok) return null;
    const flags: ValidityStateFlags =
      result.reason === 'required'
        ? { valueMissing: true }
        : result.reason === 'format'
          ? { typeMismatch: true }
          : { customError: true };
    return { flags, message: validationMessage(msg, this.validate, result.reason) };
  }

  protected override normalise(text: string): string {
    const kind = this.kind;
    if (!kind || text.trim() === '') return text;
    const result = VALIDATORS[kind](text);
    return result.ok ? result.value : text;
  }

  protected override display(value: string): string {
    const kind = this.kind;
    if (!kind || !value) return value;
    const result = VALIDATORS[kind](value);
    const formatter = FORMATTERS[kind];
    if (result.ok) return formatter ? formatter(result.value) : result.value;
    return this.mask ? mask(this.mask, value).text : value;
  }

  protected override handleInput(event: InputEvent): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    let text = input.value;
    // Format only on insertions (typing, paste, drop): deleting a separator must not be undone by the mask.
    if (this.mask && this.mask in VALIDATORS && (event.inputType ?? 'insertText').startsWith('insert')) {
      const caret = input.selectionStart ?? text.length;
      const digitsBefore = countDigits(text.slice(0, caret));
      const masked = mask(this.mask, text);
      if (masked.text !== text) {
        text = masked.text;
        input.value = text;
        const position = indexAfterDigits(text, digitsBefore + masked.lead);
        try {
          input.setSelectionRange(position, position);
        } catch {
          // Some input types (email) do not support selection; the caret then stays at the end.
        }
      }
    }
    this.commitText(text);
    // Too long or a control character (a paste, usually): said at once, next to the field, and the text stays as it
    // is — the citizen sees why and what to shorten instead of a silently cut value.
    if (!this.validate) {
      const issue = this.freeTextIssue(text);
      if (issue && (issue.reason === 'too-long' || issue.reason === 'control')) {
        this.touched = true;
        this.shownText = text;
      }
    }
    this.emitInput();
  }

  protected override handleBlur(): void {
    // A valid value is shown in its canonical format once the user leaves the field.
    if (this.mask && this.text) {
      const formatted = this.display(this.normalise(this.text));
      if (formatted !== this.text && !this.computeIssue(this.text)) this.text = formatted;
    }
    super.handleBlur();
  }

  protected override inputAttributes(): InputAttributes {
    const kind = this.kind;
    return {
      type: this.type || (kind === 'phone' ? 'tel' : kind === 'email' ? 'email' : 'text'),
      name: this.name || undefined,
      autocomplete: this.autocomplete || (kind === 'phone' ? 'tel' : kind === 'email' ? 'email' : undefined),
      inputmode: this.inputmode || (kind ? INPUT_MODES[kind] : undefined),
      placeholder: this.placeholder || undefined,
      spellcheck: !kind,
    };
  }
}
