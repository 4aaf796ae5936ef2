import {
  LitElement,
  css,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { baseStyles, token } from '../theme/base-styles.js';
import { formControlMessages, type FormControlMessages } from './form-messages.js';

export { formControlMessages, type FormControlMessages };

/** A failed constraint: the validity flags and the localised message for it. */
export interface FieldIssue {
  flags: ValidityStateFlags;
  message: string;
}

/** What a subclass renders as its control: ids and states the input must carry. */
export interface ControlRenderContext {
  /** Value for the input's `aria-describedby` (hint and error ids). */
  describedBy: string;
  /** True when the error is shown: the input gets `aria-invalid="true"`. */
  invalid: boolean;
  /** The input is disabled (own `disabled` or a disabled fieldset/form). */
  disabled: boolean;
}

/**
 * What one field's `<input>` has of its own. The rest — `id="input"`, `part="input"`, the value, `required`,
 * `disabled`, the ARIA wiring and the listeners — is the same in every field and rendered by `GuFormControl`.
 * An attribute left undefined is not rendered.
 */
export interface InputAttributes {
  type: string;
  /** The inner input's `name` (what autofill reads). */
  name?: string | undefined;
  autocomplete?: string | undefined;
  inputmode?: string | undefined;
  placeholder?: string | undefined;
  minlength?: number | undefined;
  autocapitalize?: 'off' | undefined;
  spellcheck: boolean;
}

/** Styles shared by the fields: label, hint, error, input box. */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: calc(3 * ${token('--gu-space')});
    overflow-wrap: anywhere;
  }
  .label {
    display: block;
    font-weight: 700;
    margin-block-end: calc(${token('--gu-space')} / 2);
  }
  .required {
    font-weight: 400;
    color: ${token('--gu-field-hint-color')};
  }
  .hint {
    color: ${token('--gu-field-hint-color')};
    margin-block-end: calc(${token('--gu-space')} / 2);
  }
  .error {
    display: flex;
    gap: calc(${token('--gu-space')} / 2);
    align-items: flex-start;
    color: ${token('--gu-field-error-color')};
    font-weight: 700;
  }
  /* Set from the data, not by :empty: Lit keeps the white space around a binding, so an empty region is never :empty
     outside a compacted build, and dev, Storybook, tests and production must look the same. */
  .error.shown {
    margin-block-end: calc(${token('--gu-space')} / 2);
  }
  .error svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.125em;
  }
  .control {
    display: flex;
    align-items: stretch;
    gap: ${token('--gu-space')};
  }
  input {
    flex: 1 1 auto;
    width: 100%;
    min-width: 0;
    min-height: ${token('--gu-field-height')};
    padding: 0 calc(1.5 * ${token('--gu-space')});
    font: inherit;
    color: inherit;
    background: ${token('--gu-field-background')};
    border: 2px solid ${token('--gu-field-border-color')};
    border-radius: ${token('--gu-field-radius')};
  }
  input[aria-invalid='true'] {
    border-color: ${token('--gu-field-error-color')};
    border-width: 3px;
  }
  input:disabled {
    background: ${token('--gu-color-surface')};
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    input[aria-invalid='true'] {
      border-style: double;
      border-width: 4px;
    }
  }
`;

let warnedUnlabelled = false;

/**
 * The one shared base of gu-kit's form-associated controls. It owns the form side (ElementInternals value,
 * validity, reset, disabled fieldsets, state restore), the label/hint/error markup in one shadow root, and
 * the rule that errors appear after the user leaves the field or submits — never on each keystroke.
 *
 * Subclasses say what their `<input>` has of its own in `inputAttributes()`, take the user's text in
 * `handleInput()` and say what is wrong in `computeIssue()`; one that renders more than the input next to it (the
 * password toggle) overrides `renderControl()` around `super.renderControl()`.
 *
 * @csspart base - The wrapper of label, hint, error and control.
 * @csspart label - The visible label.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message (a polite live region that always exists).
 * @csspart input - The native input.
 * @cssprop --gu-field-border-color - Input border colour (falls back to `--gu-color-border`).
 * @cssprop --gu-field-error-color - Error text and invalid border colour (falls back to `--gu-color-error`).
 * @cssprop --gu-field-hint-color - Hint colour (falls back to `--gu-color-text-muted`).
 * @cssprop --gu-field-background - Input background (falls back to `--gu-color-background`).
 * @cssprop --gu-field-height - Input height (falls back to `--gu-control-height`).
 * @cssprop --gu-field-radius - Input corner radius (falls back to `--gu-radius`).
 */
export abstract class GuFormControl extends LitElement {
  /** Makes the element a form-associated custom element. */
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [baseStyles, fieldStyles];
  static override properties: PropertyDeclarations = {
    name: { type: String, reflect: true },
    value: { type: String },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    label: { type: String },
    hint: { type: String },
    error: { type: String },
    touched: { type: Boolean, reflect: true },
    submitted: { type: Boolean, reflect: true },
    text: { state: true },
    formDisabled: { state: true },
    shownText: { state: true },
  };

  protected readonly i18n = new LocaleController<FormControlMessages>(this, formControlMessages);
  protected readonly internals: ElementInternals;

  /** The name the value is submitted under. */
  declare name: string;
  /** The value: the normalised value when it is valid (e.g. `+79161234567`), otherwise the text as entered. */
  declare value: string;
  /** The field must be filled in; shown in the label as text. */
  declare required: boolean;
  /** Disables the field (it is then not submitted). */
  declare disabled: boolean;
  /** The visible label (required: every field needs one). */
  declare label: string;
  /** Help text under the label, read as the input's description. */
  declare hint: string;
  /** A custom or server-side error message; shown at once and makes the field invalid. Cleared when the user edits. */
  declare error: string;
  /** Shows validation errors as after the user left the field (set on blur). */
  declare touched: boolean;
  /** Shows validation errors as after a form submit (set by `validateForm`, `checkValidity`, `reportValidity`). */
  declare submitted: boolean;
  /** The text in the input right now. */
  declare protected text: string;
  /** A disabled fieldset or form disables the control. */
  declare protected formDisabled: boolean;
  /** The text the shown error refers to (frozen on blur/submit so errors do not change per keystroke). */
  declare protected shownText: string | undefined;

  /** The last value this control produced itself, to tell own updates from programmatic ones. */
  private ownValue: string | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = '';
    this.value = '';
    this.required = false;
    this.disabled = false;
    this.label = '';
    this.hint = '';
    this.error = '';
    this.touched = false;
    this.submitted = false;
    this.text = '';
    this.formDisabled = false;
    this.shownText = undefined;
    this.addEventListener('invalid', () => this.showErrors());
  }

  // ---------------------------------------------------------------- subclass hooks

  /** What is wrong with `text` in the current locale, or null when it is valid. */
  protected abstract computeIssue(text: string): FieldIssue | null;

  /** The attributes this field's input has of its own (type, autocomplete, keyboard …). */
  protected abstract inputAttributes(): InputAttributes;

  /** An `input` event of the inner input: take the text (`commitText`), then `emitInput()`. */
  protected abstract handleInput(event: InputEvent): void;

  /** The value submitted and exposed for `text` (normalised when valid). */
  protected normalise(text: string): string {
    return text;
  }

  /** The text shown for a value set from outside (formatted when the field has a mask). */
  protected display(value: string): string {
    return value;
  }

  /** The native input inside the shadow root. */
  protected get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#input') ?? null;
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.syncForm();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== this.ownValue) {
      this.text = this.display(this.value ?? '');
      this.ownValue = this.value;
      this.shownText = undefined;
    }
    this.syncForm();
  }

  protected override updated(): void {
    // The anchor of the validity message exists only after the first render.
    this.syncValidity();
  }

  protected override firstUpdated(): void {
    if (!this.label && !warnedUnlabelled) {
      warnedUnlabelled = true;
      console.warn(`<${this.localName}> has no label: set the "label" attribute so the field has an accessible name.`);
    }
  }

  /** Called by the browser when the owning form is reset. */
  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.text = this.display(this.value);
    this.ownValue = this.value;
    this.error = '';
    this.touched = false;
    this.submitted = false;
    this.shownText = undefined;
    this.syncForm();
  }

  /** Called by the browser when a fieldset or form ancestor becomes (un)disabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Called by the browser when it restores the form (back/forward, autofill of the state). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.commitText(state);
  }

  // ---------------------------------------------------------------- form API

  /** The form this control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The validity state, up to date with the current text. */
  get validity(): ValidityState {
    this.syncValidity();
    return this.internals.validity;
  }

  /** The message of the current validation failure ('' when valid). */
  get validationMessage(): string {
    this.syncValidity();
    return this.internals.validationMessage;
  }

  /** True when the control takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Sets the validity flags and message, anchored at the inner input (as ElementInternals.setValidity). */
  setValidity(flags: ValidityStateFlags, message?: string, anchorInput?: HTMLElement): void {
    this.internals.setValidity(flags, message, anchorInput ?? this.input ?? undefined);
  }

  /** Checks validity; when invalid, fires `invalid` and shows the error next to the field. */
  checkValidity(): boolean {
    this.syncValidity();
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and moves focus into the field when it is invalid. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) {
      this.showErrors();
      this.focus();
    }
    return valid;
  }

  /** Shows the current validation error as after a submit. */
  showErrors(): void {
    this.submitted = true;
    this.shownText = this.text;
  }

  // ---------------------------------------------------------------- internals for subclasses

  /** True when the field cannot be used. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The message shown under the label right now ('' when none). */
  protected get visibleError(): string {
    if (this.error) return this.error;
    if (!this.touched && !this.submitted) return '';
    return this.computeIssue(this.shownText ?? this.text)?.message ?? '';
  }

  /** Takes new text from the user: updates value, form value and validity synchronously. */
  protected commitText(text: string): void {
    this.text = text;
    this.value = this.normalise(text);
    this.ownValue = this.value;
    if (this.error) this.error = '';
    // An error disappears as soon as the input is valid; a new one waits for blur or submit.
    if (!this.computeIssue(text)) this.shownText = text;
    this.syncForm();
  }

  /** Re-dispatches a user `input` from the host after the value was updated. */
  protected emitInput(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** Re-dispatches a user `change` from the host. */
  protected emitChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** `change` of the inner input: the host fires its own (the inner one does not leave the shadow root). */
  protected handleChange(event: Event): void {
    event.stopPropagation();
    this.emitChange();
  }

  /** Blur of the inner input: the field is touched and its error (if any) appears. */
  protected handleBlur(): void {
    this.touched = true;
    this.shownText = this.text;
  }

  /** Enter in a field submits its form the way a native input does (through the default button). */
  protected handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    const form = this.internals.form;
    if (!form) return;
    event.preventDefault();
    const submitter = [...form.elements].find(
      (element) => (element as HTMLElement & { type?: string }).type === 'submit',
    ) as HTMLElement | undefined;
    if (submitter) submitter.click();
    else form.requestSubmit();
  }

  private syncForm(): void {
    this.internals.setFormValue(this.normalise(this.text), this.text);
    this.syncValidity();
  }

  private syncValidity(): void {
    const issue: FieldIssue | null = this.error
      ? { flags: { customError: true }, message: this.error }
      : this.computeIssue(this.text);
    const anchor = this.input ?? undefined;
    if (issue) this.internals.setValidity(issue.flags, issue.message, anchor);
    else this.internals.setValidity({});
  }

  // ---------------------------------------------------------------- render

  /** The input (`id="input"`, `part="input"`) with the field's own attributes, the ARIA wiring and the listeners. */
  protected renderControl({ describedBy, invalid, disabled }: ControlRenderContext): TemplateResult {
    const own = this.inputAttributes();
    return html`<input
      id="input"
      part="input"
      type=${own.type}
      .value=${live(this.text)}
      name=${ifDefined(own.name)}
      autocomplete=${ifDefined(own.autocomplete)}
      inputmode=${ifDefined(own.inputmode)}
      placeholder=${ifDefined(own.placeholder)}
      minlength=${ifDefined(own.minlength)}
      autocapitalize=${ifDefined(own.autocapitalize)}
      spellcheck=${own.spellcheck ? 'true' : 'false'}
      ?required=${this.required}
      ?disabled=${disabled}
      aria-describedby=${describedBy}
      aria-invalid=${invalid ? 'true' : 'false'}
      @input=${this.handleInput}
      @change=${this.handleChange}
      @blur=${this.handleBlur}
      @keydown=${this.handleKeydown}
    />`;
  }

  protected override render(): TemplateResult {
    const msg = this.i18n.msg;
    const error = this.visibleError;
    const describedBy = [this.hint ? 'hint' : '', 'error'].filter(Boolean).join(' ');
    return html`
      <div class="field" part="base">
        <label id="label" class="label" part="label" for="input"
          >${this.label}${this.required ? html` <span class="required">(${msg.requiredMark})</span>` : nothing}</label
        >
        ${this.hint ? html`<div id="hint" class="hint" part="hint">${this.hint}</div>` : nothing}
        <div id="error" class=${error ? 'error shown' : 'error'} part="error" aria-live="polite">
          ${
            error
              ? html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                    <circle cx="10" cy="10" r="9" fill="currentColor" />
                    <rect x="9" y="4.5" width="2" height="7" fill="Canvas" />
                    <rect x="9" y="13.5" width="2" height="2" fill="Canvas" />
                  </svg>
                  <span><span class="visually-hidden">${msg.errorPrefix} </span>${error}</span>`
              : nothing
          }
        </div>
        <div class="control">
          ${this.renderControl({ describedBy, invalid: error !== '', disabled: this.isDisabled })}
        </div>
      </div>
    `;
  }
}
