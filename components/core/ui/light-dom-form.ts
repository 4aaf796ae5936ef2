/**
 * Forms that live in an element's **light DOM**, so password managers and browser autofill reach their native inputs
 * (a shadow root hides them): <gu-login>'s credential forms, and any widget with an autofill-reachable form.
 *
 * - `FormState`: values and errors of one form — errors on blur and submit (never per keystroke), a crossed length or
 *   character limit at once, the summary on submit, the server's field errors;
 * - `lightDomFields(block)`: a labelled input with hint, status and error (wired with `aria-describedby`, the error
 *   region there before its message) and the error summary, with BEM classes of the widget's block
 *   (`<block>__field`, `__hint`, `__error`, `__error--shown`, `__sr`, `__password`, `__summary`), since a light-DOM
 *   widget scopes its adopted stylesheet by its own selectors;
 * - `adoptStyles(root, styles)`: such a widget's stylesheet, adopted where its light DOM lives.
 */
import { html, nothing, type CSSResult, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { checkTextLimit, codePointLabel } from '../validation/text-limits.js';

/** What a validator returns: a message, or undefined when the value is fine. */
export type Validator = () => string | undefined;

/** The messages of {@link limitMessage}, from the widget's catalog. */
export interface LimitMessages {
  tooLong(label: string, maxLength: number, length: number): string;
  controlCharacter(label: string, codePoint: string, position: number): string;
}

/**
 * The message for a value over the contract's `maxLength` or holding a control character, naming the field and
 * saying how much: nothing is ever cut (no `maxlength` attribute, which would silently truncate a paste).
 */
export function limitMessage(msg: LimitMessages, label: string, value: string, maxLength: number): string | undefined {
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

/** One entry of an error summary: the field's id and its message. */
export interface SummaryEntry {
  id: string;
  message: string;
}

/** Values and errors of one form; errors appear on blur and submit, and go as soon as the value is valid. */
export class FormState {
  values: Record<string, string> = {};
  errors: Record<string, string | undefined> = {};
  /** The errors listed by the summary at the last failed submit. */
  summary: SummaryEntry[] = [];
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

  /** Server field errors into the fields and the summary; true when one of them is a field of this form. */
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
  /** Read before the error («Ошибка:»), visually hidden. */
  errorPrefix: string;
  onInput: (event: InputEvent) => void;
  onBlur?: () => void;
  /** Rendered after the input inside the same row (the password toggle). */
  after?: TemplateResult;
  spellcheck?: boolean;
}

/** The field and error summary renderers of one light-DOM widget (see the module's comment). */
export interface LightDomFields {
  /** A labelled input with hint and error, described by both; the error region exists before any message. */
  field(options: FieldOptions): TemplateResult;
  /** The error summary: a titled alert with links to the fields; the caller focuses it after render. */
  errorSummary(
    summary: readonly SummaryEntry[],
    title: string,
    idPrefix: string,
    onLink: (event: Event, id: string) => void,
  ): TemplateResult | typeof nothing;
}

/** The renderers of light-DOM fields whose classes belong to the widget's `block` (e.g. `gu-login`). */
export function lightDomFields(block: string): LightDomFields {
  const field = (options: FieldOptions): TemplateResult => {
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
    return html`<div class="${block}__field">
      <label for=${id}>${options.label}</label>
      ${options.hint ? html`<p class="${block}__hint" id="${id}-hint">${options.hint}</p>` : nothing}
      ${options.status ? html`<p class="${block}__hint" id="${id}-status">${options.status}</p>` : nothing}
      <p
        class=${error ? `${block}__error ${block}__error--shown` : `${block}__error`}
        id="${id}-error"
        aria-live="polite"
      >
        ${error ? html`<span class="${block}__sr">${options.errorPrefix}</span>${error}` : nothing}
      </p>
      ${options.after ? html`<div class="${block}__password">${input}${options.after}</div>` : input}
    </div>`;
  };
  const errorSummary: LightDomFields['errorSummary'] = (summary, title, idPrefix, onLink) => {
    if (summary.length === 0) return nothing;
    return html`<div
      class="${block}__summary"
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
  };
  return { field, errorSummary };
}

/** Keeps only the digits of a code (a pasted «123 456» or «123-456» becomes «123456»). */
export const digitsOnly = (value: string): string => value.replace(/\D/g, '');

/**
 * Adopts a light-DOM widget's stylesheet where its light DOM lives — the enclosing shadow root, or the document
 * (`root`: the widget's `getRootNode()`) — once per root. Its selectors must be scoped to the widget.
 */
export function adoptStyles(root: Node, styles: CSSResult): void {
  const target = root instanceof ShadowRoot ? root : document;
  const sheet = styles.styleSheet;
  if (sheet && !target.adoptedStyleSheets.includes(sheet))
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}
