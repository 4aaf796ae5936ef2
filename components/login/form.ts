/**
 * Light-DOM form pieces of <gu-login> and its parts: a field (label, hint, error, input in one scope, wired with
 * aria-describedby), the error summary, and `FormState` — values, errors on blur/submit (never per keystroke),
 * the summary on submit. Inputs are native and in the light DOM so password managers and autofill reach them.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { checkTextLimit, codePointLabel } from '../core/validation/text-limits.js';
import type { LoginMessages } from './locales/ru.js';

/** What a validator returns: a message, or undefined when the value is fine. */
export type Validator = () => string | undefined;

/**
 * The message for a value over the contract's `maxLength` or holding a control character, naming the field and
 * saying how much: nothing is ever cut (no `maxlength` attribute, which would silently truncate a paste).
 */
export function limitMessage(msg: LoginMessages, label: string, value: string, maxLength: number): string | undefined {
  const issue = checkTextLimit(value, maxLength);
  if (!issue) return undefined;
  return issue.reason === 'too-long'
    ? msg.tooLong(label, maxLength, issue.length)
    : msg.controlCharacter(label, codePointLabel(issue.codePoint), issue.position);
}

/** Options of a {@link FormState}. */
export interface FormOptions {
  /**
   * Names a field in the summary entry of a server error («Фамилия: …»): the server's message may not name it, and
   * a summary of nameless messages says nothing. The widget's own messages name their field.
   */
  labelOf?: (name: string) => string | undefined;
  /**
   * Length and character limits per field (see {@link limitMessage}): checked first, and shown — so announced by
   * the field's polite region — as soon as an edit or a paste crosses them, not only on blur.
   */
  limits?: Record<string, Validator>;
}

/** Values and errors of one form; errors appear on blur and submit, and go as soon as the value is valid. */
export class FormState {
  values: Record<string, string> = {};
  errors: Record<string, string | undefined> = {};
  /** The errors listed by the summary at the last failed submit. */
  summary: { id: string; message: string }[] = [];
  /** Fields whose shown error is a limit (cleared as soon as the value is back within it). */
  private readonly overLimit = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly validators: Record<string, Validator>,
    private readonly idOf: (name: string) => string,
    private readonly options: FormOptions = {},
  ) {}

  value(name: string): string {
    return this.values[name] ?? '';
  }

  /** The field's message: its limits first, then its validator. */
  private check(name: string): string | undefined {
    return this.options.limits?.[name]?.() ?? this.validators[name]?.();
  }

  /** A user edit: keeps the value (never cut), shows a crossed limit at once, clears a shown error once valid. */
  input(name: string, value: string): void {
    this.values[name] = value;
    const limit = this.options.limits?.[name]?.();
    if (limit) {
      this.errors[name] = limit;
      this.overLimit.add(name);
    } else if (this.errors[name] && (this.overLimit.has(name) || !this.check(name))) {
      this.errors[name] = undefined;
    }
    if (!limit) this.overLimit.delete(name);
    this.host.requestUpdate();
  }

  /** The user left the field: show its error, if any (not for an untouched empty field). */
  blur(name: string): void {
    if (this.value(name) === '' && !this.errors[name]) return;
    this.errors[name] = this.check(name);
    this.host.requestUpdate();
  }

  /** A server error for a field (shown at once, cleared when the user edits). */
  setError(name: string, message: string): void {
    this.errors[name] = message;
    this.host.requestUpdate();
  }

  /** Validates every field; fills the summary. True when valid. */
  validateAll(): boolean {
    this.summary = [];
    const names = new Set([...Object.keys(this.validators), ...Object.keys(this.options.limits ?? {})]);
    for (const name of names) {
      const message = this.check(name);
      this.errors[name] = message;
      if (message) this.summary.push({ id: this.idOf(name), message });
    }
    this.host.requestUpdate();
    return this.summary.length === 0;
  }

  /** Server field errors into the fields and the summary. */
  serverErrors(fields: readonly { field: string; message: string }[], known: readonly string[]): boolean {
    const mine = fields.filter((field) => known.includes(field.field));
    this.summary = mine.map((field) => {
      const label = this.options.labelOf?.(field.field);
      return { id: this.idOf(field.field), message: label ? `${label}: ${field.message}` : field.message };
    });
    for (const field of mine) this.errors[field.field] = field.message;
    this.host.requestUpdate();
    return mine.length > 0;
  }
}

/** Options of one light-DOM field. */
export interface FieldOptions {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  /** Extra description (e.g. the detected identifier type), read after the hint. */
  status?: string;
  type?: string;
  autocomplete: string;
  inputmode?: 'text' | 'numeric' | 'tel' | 'email';
  required?: boolean;
  errorPrefix: string;
  onInput: (event: InputEvent) => void;
  onBlur?: () => void;
  /** Rendered after the input inside the same row (the password toggle). */
  after?: TemplateResult;
  spellcheck?: boolean;
}

/** A labelled input with hint and error, described by both; the error region exists before any message. */
export function field(options: FieldOptions): TemplateResult {
  const { id, error } = options;
  const described = [options.hint ? `${id}-hint` : '', options.status ? `${id}-status` : '', `${id}-error`]
    .filter(Boolean)
    .join(' ');
  const input = html`<input
    id=${id}
    name=${options.name}
    type=${options.type ?? 'text'}
    autocomplete=${options.autocomplete}
    inputmode=${ifDefined(options.inputmode)}
    spellcheck=${options.spellcheck === false ? 'false' : nothing}
    autocapitalize=${options.spellcheck === false ? 'none' : nothing}
    ?required=${options.required ?? true}
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${described}
    .value=${options.value}
    @input=${options.onInput}
    @blur=${options.onBlur}
  />`;
  return html`<div class="gu-login__field">
    <label for=${id}>${options.label}</label>
    ${options.hint ? html`<p class="gu-login__hint" id="${id}-hint">${options.hint}</p>` : nothing}
    ${options.status ? html`<p class="gu-login__hint" id="${id}-status">${options.status}</p>` : nothing}
    <p
      class=${error ? 'gu-login__error gu-login__error--shown' : 'gu-login__error'}
      id="${id}-error"
      aria-live="polite"
    >
      ${error ? html`<span class="gu-login__sr">${options.errorPrefix}</span>${error}` : nothing}
    </p>
    ${options.after ? html`<div class="gu-login__password">${input}${options.after}</div>` : input}
  </div>`;
}

/** The error summary: a titled alert with links to the fields; the caller focuses it after render. */
export function errorSummary(
  summary: readonly { id: string; message: string }[],
  title: string,
  idPrefix: string,
  onLink: (event: Event, id: string) => void,
): TemplateResult | typeof nothing {
  if (summary.length === 0) return nothing;
  return html`<div
    class="gu-login__summary"
    id="${idPrefix}-summary"
    tabindex="-1"
    role="alert"
    aria-labelledby="${idPrefix}-summary-title"
  >
    <h3 id="${idPrefix}-summary-title">${title}</h3>
    <ul>
      ${summary.map(
        (item) =>
          html`<li><a href="#${item.id}" @click=${(event: Event) => onLink(event, item.id)}>${item.message}</a></li>`,
      )}
    </ul>
  </div>`;
}

/** Keeps only the digits of a code (a pasted «123 456» or «123-456» becomes «123456»). */
export const digitsOnly = (value: string): string => value.replace(/\D/g, '');
