/**
 * «Мои документы для поиска начислений»: the documents the portal searches charges by — driving licence (ВУ), vehicle
 * registration certificate (СТС), ИНН, СНИЛС. The list (type, number, the citizen's label, added and last checked);
 * adding one (the number formatted as it is typed, a pasted spaced or dashed number accepted, validated by format and
 * check digit before it is sent, with a precise message next to the field); the charges found for it announced; removing
 * one after a confirmation.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { createIdempotencyKey, isApiError } from '../../core/api/index.js';
import type { LazyCatalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import '../../core/ui/gu-button.js';
import '../../core/ui/gu-dialog.js';
import '../../core/ui/gu-loading-state.js';
import { checkFreeText } from '../../core/validation/free-text.js';
import { stripSeparators, validateInn, validateSnils } from '../../core/validation/index.js';
import { maskVehicleDocument, validateVehicleDocument } from '../../core/validation/vehicle.js';
import { ActionController } from '../../core/widget/action.js';
import { addChargeDocument, listChargeDocuments, removeChargeDocument } from '../documents-api.js';
import { GuPaymentsDocumentAddedEvent } from '../events.js';
import { documentsRu, type DocumentsMessages } from '../locales/documents-ru.js';
import type { ChargeDocument, ChargeDocumentType } from '../types.js';
import { searchFormStyles } from './documents.styles.js';
import { PaymentsPart } from './part.js';
import { partStyles } from '../../core/theme/looks/part.js';

const documentsMessages: LazyCatalogs<DocumentsMessages> = {
  ru: documentsRu,
  en: () => import('../locales/documents-en.js').then((module) => module.documentsEn),
};

const TYPES: readonly ChargeDocumentType[] = ['driving-licence', 'vehicle-registration', 'inn', 'snils'];
/** The contract's `maxLength` of a document's label. */
export const TITLE_MAX = 60;

/** A number as the citizen reads it while typing: ВУ/СТС `NN AA NNNNNN`, СНИЛС `NNN-NNN-NNN NN`, ИНН as typed. */
export function formatAsTyped(type: ChargeDocumentType, raw: string): string {
  if (type === 'driving-licence' || type === 'vehicle-registration') return maskVehicleDocument(raw);
  const digits = stripSeparators(raw);
  if (!/^\d*$/.test(digits)) return raw;
  if (type === 'snils') {
    const parts = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6, 9)].filter((part) => part !== '');
    const head = parts.join('-');
    return digits.length > 9 ? `${head} ${digits.slice(9)}` : head;
  }
  return digits;
}

/** How many letters and digits stand before `index` (the caret keeps its place among them when the text is reformatted). */
const significantBefore = (text: string, index: number): number =>
  (text.slice(0, index).match(/[\p{L}\p{N}]/gu) ?? []).length;
const indexAfterSignificant = (text: string, count: number): number => {
  if (count <= 0) return 0;
  let seen = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (/[\p{L}\p{N}]/u.test(text[index] ?? '')) seen += 1;
    if (seen === count) return index + 1;
  }
  return text.length;
};

type Phase = 'loading' | 'ready' | 'error';

export class GuPaymentsDocuments extends PaymentsPart<DocumentsMessages> {
  static override styles = [baseStyles, partStyles, searchFormStyles];
  static override properties: PropertyDeclarations = {
    ...PaymentsPart.properties,
    phase: { state: true },
    documents: { state: true },
    type: { state: true },
    numberError: { state: true },
    titleError: { state: true },
    outcome: { state: true },
    removing: { state: true },
  };

  protected readonly i18n = new LocaleController(this, documentsMessages);
  /** Adding and removing: one at a time; the failure said in the form's problem region. */
  private readonly action = new ActionController(this, (error) => this.describe(error));
  /** Loading the list: its own failure, with a retry. */
  private readonly loader = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : this.msg.loadFailed,
  );

  declare private phase: Phase;
  declare private documents: ChargeDocument[];
  declare private type: ChargeDocumentType;
  declare private numberError: string;
  declare private titleError: string;
  /** The last add's result, shown until the next add or removal. */
  declare private outcome: { document: ChargeDocument; newCharges: number } | undefined;
  /** The document the confirmation dialog asks about. */
  declare private removing: ChargeDocument | undefined;

  private numberText = '';
  private titleText = '';
  /** The add attempt's Idempotency-Key: the same while the same values are retried. */
  private attempt: { key: string; fingerprint: string } | undefined;
  /** `ctx.revision.documents` of the list shown (a higher one from another part reloads it). */
  private shownRevision = -1;

  constructor() {
    super();
    this.phase = 'loading';
    this.documents = [];
    this.type = 'driving-licence';
    this.numberError = '';
    this.titleError = '';
    this.outcome = undefined;
    this.removing = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('ctx') && this.ctx && this.ctx.revision.documents !== this.shownRevision) void this.load();
  }

  protected override resumeAfterMove(): void {
    if (this.phase !== 'ready') void this.load();
  }

  private describe(error: unknown): string | undefined {
    if (this.aborted(error)) return undefined;
    if (isApiError(error) && error.kind === 'conflict') return this.msg.duplicate;
    return this.errorText(error);
  }

  private async load(): Promise<void> {
    this.shownRevision = this.ctx.revision.documents;
    if (this.documents.length === 0) this.phase = 'loading';
    const documents = await this.loader.run(() => listChargeDocuments(this.ctx.client, this.abort.signal));
    if (documents) {
      this.documents = [...documents].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
      this.phase = 'ready';
    } else if (this.loader.problem) this.phase = 'error';
  }

  // ——— Wording ———

  private typeName(type: ChargeDocumentType): string {
    const m = this.msg;
    return {
      'driving-licence': m.typeDrivingLicence,
      'vehicle-registration': m.typeVehicleRegistration,
      inn: m.typeInn,
      snils: m.typeSnils,
    }[type];
  }

  private hint(type: ChargeDocumentType): string {
    const m = this.msg;
    return {
      'driving-licence': m.hintDrivingLicence,
      'vehicle-registration': m.hintVehicleRegistration,
      inn: m.hintInn,
      snils: m.hintSnils,
    }[type];
  }

  /** «Водительское удостоверение 99 12 345678» (or the citizen's label): how a document is named in messages. */
  private documentName(document: ChargeDocument): string {
    return document.title
      ? `${document.title} (${document.number})`
      : `${this.typeName(document.type)} ${document.number}`;
  }

  /** The number checked as its type: the message that says what to fix, or '' when it may be sent. */
  private numberProblem(type: ChargeDocumentType, text: string): string {
    const m = this.msg;
    if (stripSeparators(text) === '') return m.required;
    const digits = (stripSeparators(text).match(/\d/g) ?? []).length;
    switch (type) {
      case 'driving-licence':
      case 'vehicle-registration': {
        const short = type === 'driving-licence' ? m.shortDrivingLicence : m.shortVehicleRegistration;
        const result = validateVehicleDocument(text);
        if (result.ok) return '';
        if (result.reason === 'characters') return m.vehicleCharacters(short);
        if (result.reason === 'length') return m.vehicleLength(short, stripSeparators(text).replace(/№/g, '').length);
        if (result.reason === 'series') return m.vehicleSeries(short);
        return m.vehicleNumber(short);
      }
      case 'inn': {
        const result = validateInn(text, 'person');
        if (result.ok) return '';
        if (result.reason === 'format') return m.innFormat;
        if (result.reason === 'length') return m.innLength(digits);
        if (result.reason === 'all-zeros') return m.innAllZeros;
        return m.innChecksum;
      }
      case 'snils': {
        const result = validateSnils(text);
        if (result.ok) return '';
        if (result.reason === 'format') return m.snilsFormat;
        if (result.reason === 'length') return m.snilsLength(digits);
        return m.snilsChecksum;
      }
    }
  }

  private titleProblem(text: string): string {
    if (text.trim() === '') return '';
    const result = checkFreeText(text, { maxLength: TITLE_MAX, charset: 'text' });
    if (result.ok) return '';
    return result.issue.reason === 'too-long' ? this.msg.titleTooLong(result.issue.length) : this.msg.titleCharacters;
  }

  // ——— Adding ———

  private pickType(type: ChargeDocumentType): void {
    this.type = type;
    // The number typed stays (the citizen may have picked the type after typing): re-read as the new type.
    const input = this.renderRoot.querySelector<HTMLInputElement>('#number');
    if (input && this.numberText) {
      this.numberText = formatAsTyped(type, this.numberText);
      input.value = this.numberText;
    }
    this.numberError = '';
    this.action.fail('');
  }

  private onNumberInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    let text = input.value;
    // Format on insertions only (typing, paste, drop): deleting a space must not be undone by the format.
    if ((event.inputType ?? 'insertText').startsWith('insert')) {
      const caret = input.selectionStart ?? text.length;
      const before = significantBefore(text, caret);
      const formatted = formatAsTyped(this.type, text);
      if (formatted !== text) {
        text = formatted;
        input.value = text;
        const position = indexAfterSignificant(text, before);
        input.setSelectionRange(position, position);
      }
    }
    this.numberText = text;
    // An error goes as soon as the number is right; a new one waits for the citizen to leave the field or submit.
    if (this.numberError && !this.numberProblem(this.type, text)) this.numberError = '';
  }

  private onNumberBlur(): void {
    if (stripSeparators(this.numberText) === '') return;
    this.numberError = this.numberProblem(this.type, this.numberText);
  }

  private onTitleInput(event: Event): void {
    this.titleText = (event.target as HTMLInputElement).value;
    const problem = this.titleProblem(this.titleText);
    // Too long is said at once (a paste is kept whole, never cut); other problems when the field is left.
    if (problem && this.titleText.length > TITLE_MAX) this.titleError = problem;
    else if (!problem) this.titleError = '';
  }

  /** Enter in a text field submits the form (a form of two text fields and a custom button has no implicit submission). */
  private onEnter(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    (event.target as HTMLInputElement).form?.requestSubmit();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.action.busy) return;
    this.numberError = this.numberProblem(this.type, this.numberText);
    this.titleError = this.titleProblem(this.titleText);
    if (this.numberError || this.titleError) {
      await this.focusOn(this.numberError ? '#number' : '#title');
      return;
    }
    const body = {
      type: this.type,
      number: stripSeparators(this.numberText),
      ...(this.titleText.trim() ? { title: this.titleText.trim() } : {}),
    };
    const fingerprint = JSON.stringify(body);
    if (this.attempt?.fingerprint !== fingerprint) this.attempt = { key: createIdempotencyKey(), fingerprint };
    this.outcome = undefined;
    const added = await this.action.run(
      () => addChargeDocument(this.ctx.client, body, { idempotencyKey: this.attempt!.key, signal: this.abort.signal }),
      (error) => {
        if (isApiError(error) && error.kind === 'validation') {
          const field = error.fields.find((f) => f.field === 'number');
          const title = error.fields.find((f) => f.field === 'title');
          if (field)
            this.numberError =
              field.code === 'checksum' || field.code === 'format'
                ? this.numberProblem(this.type, this.numberText) || field.message
                : field.message;
          if (title) this.titleError = title.message;
          if (field || title) return undefined;
        }
        if (isApiError(error) && error.kind === 'conflict') {
          this.numberError = this.msg.duplicate;
          return undefined;
        }
        return this.describe(error);
      },
    );
    if (!added) {
      if (this.numberError || this.titleError) await this.focusOn(this.numberError ? '#number' : '#title');
      else if (this.action.problem) await this.focusOn('#problem');
      return;
    }
    this.attempt = undefined;
    this.numberText = '';
    this.titleText = '';
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('#number, #title')) input.value = '';
    this.documents = [added.document, ...this.documents.filter((d) => d.id !== added.document.id)];
    this.outcome = added;
    this.shownRevision = this.ctx.revision.documents + 1; // our own change: no reload for it
    this.changed('charges', 'documents');
    this.dispatchEvent(
      new GuPaymentsDocumentAddedEvent({ documentId: added.document.id, newCharges: added.newCharges }),
    );
    this.announcer.announce(this.outcomeText(added.newCharges));
  }

  private outcomeText(newCharges: number): string {
    const m = this.msg;
    return `${m.addedDone} ${newCharges > 0 ? this.i18n.plural(newCharges, m.newCharges) : m.noNewCharges}`;
  }

  // ——— Removing ———

  private askRemove(document: ChargeDocument): void {
    this.action.fail('');
    this.removing = document;
  }

  private async onDialogClose(event: CustomEvent<{ returnValue: string }>): Promise<void> {
    const document = this.removing;
    this.removing = undefined;
    if (!document || event.detail.returnValue !== 'remove') return;
    const index = this.documents.findIndex((d) => d.id === document.id);
    const done = await this.action.run(async () => {
      try {
        await removeChargeDocument(this.ctx.client, document.id, this.abort.signal);
      } catch (error) {
        if (!(isApiError(error) && error.kind === 'not-found')) throw error; // gone already: what was asked
      }
      return true;
    });
    if (!done) {
      await this.focusOn('#problem');
      return;
    }
    this.outcome = undefined;
    this.documents = this.documents.filter((d) => d.id !== document.id);
    this.shownRevision = this.ctx.revision.documents + 1;
    this.changed('documents');
    this.announcer.announce(this.msg.removed(this.documentName(document)));
    // Focus to what took its place: the next document's «Удалить», else the previous one's, else the list's heading.
    const next = this.documents[Math.min(index, this.documents.length - 1)];
    await this.focusOn(next ? `[data-remove="${CSS.escape(next.id)}"]` : '#list-heading');
  }

  // ——— Rendering ———

  private renderDocument(document: ChargeDocument): TemplateResult {
    const m = this.msg;
    const name = this.typeName(document.type);
    return html`<li class="card" data-document=${document.id}>
      <h5>${name}</h5>
      <dl class="facts">
        <dt>${m.number}</dt>
        <dd class="number">${document.number}</dd>
        ${
          document.title
            ? html`<dt>${m.label}</dt>
                <dd>${document.title}</dd>`
            : nothing
        }
      </dl>
      <p class="muted">
        ${m.added(this.date(document.addedAt))} ·
        ${document.lastCheckedAt ? m.checked(this.date(document.lastCheckedAt)) : m.notChecked}
      </p>
      <button
        class="btn"
        type="button"
        data-remove=${document.id}
        aria-label=${m.removeName(this.documentName(document))}
        ?disabled=${this.action.busy}
        @click=${() => this.askRemove(document)}
      >
        ${m.remove}
      </button>
    </li>`;
  }

  private renderList(): TemplateResult {
    const m = this.msg;
    if (this.phase === 'loading')
      return html`<div aria-busy="true"><gu-loading-state label=${m.loading}></gu-loading-state></div>`;
    if (this.phase === 'error')
      return html`<div class="problem" role="alert">
        <p>${this.loader.problem}</p>
        <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
      </div>`;
    return html`<h4 id="list-heading" tabindex="-1">${m.listHeading}</h4>
      ${
        this.documents.length === 0
          ? html`<p class="muted" data-empty>${m.empty}</p>`
          : html`<ul class="cards" aria-labelledby="list-heading">
              ${repeat(
                this.documents,
                (d) => d.id,
                (d) => this.renderDocument(d),
              )}
            </ul>`
      }`;
  }

  private renderForm(): TemplateResult {
    const m = this.msg;
    const names: Record<ChargeDocumentType, string> = {
      'driving-licence': `${m.typeDrivingLicence} (${m.shortDrivingLicence})`,
      'vehicle-registration': `${m.typeVehicleRegistration} (${m.shortVehicleRegistration})`,
      inn: m.typeInn,
      snils: m.typeSnils,
    };
    return html`<h4 id="add-heading">${m.addHeading}</h4>
      <form novalidate aria-labelledby="add-heading" @submit=${this.submit}>
        <fieldset>
          <legend>${m.typeLegend}</legend>
          <div class="radios">
            ${TYPES.map(
              (type) =>
                html`<label class="radio">
                  <input
                    type="radio"
                    name="type"
                    .value=${type}
                    .checked=${this.type === type}
                    @change=${() => this.pickType(type)}
                  />
                  <span>${names[type]}</span>
                </label>`,
            )}
          </div>
        </fieldset>
        <div class="field">
          <label for="number">${m.numberLabel(this.typeName(this.type))}</label>
          <p id="number-hint" class="hint">${this.hint(this.type)}</p>
          <input
            id="number"
            name="number"
            class="input number"
            autocomplete="off"
            spellcheck="false"
            inputmode=${this.type === 'inn' || this.type === 'snils' ? 'numeric' : 'text'}
            required
            aria-describedby="number-hint number-error"
            aria-invalid=${this.numberError ? 'true' : 'false'}
            @input=${this.onNumberInput}
            @blur=${this.onNumberBlur}
            @keydown=${this.onEnter}
          />
          <p id="number-error" class=${this.numberError ? 'field-error' : 'field-error is-empty'} aria-live="polite">
            ${this.numberError}
          </p>
        </div>
        <div class="field">
          <label for="title">${m.titleLabel}</label>
          <p id="title-hint" class="hint">${m.titleHint}</p>
          <input
            id="title"
            name="title"
            class="input"
            autocomplete="off"
            aria-describedby="title-hint title-error"
            aria-invalid=${this.titleError ? 'true' : 'false'}
            @input=${this.onTitleInput}
            @keydown=${this.onEnter}
            @blur=${() => (this.titleError = this.titleProblem(this.titleText))}
          />
          <p id="title-error" class=${this.titleError ? 'field-error' : 'field-error is-empty'} aria-live="polite">
            ${this.titleError}
          </p>
        </div>
        <p id="problem" class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert" tabindex="-1">
          ${this.action.problem}
        </p>
        <div class="actions">
          <gu-button ?busy=${this.action.busy}>${m.submit}</gu-button>
        </div>
      </form>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    const m = this.msg;
    return html`<div class="note" data-outcome>
      <p>${this.outcomeText(outcome.newCharges)}</p>
      ${
        outcome.newCharges > 0
          ? html`<p>
              <button class="btn" type="button" @click=${() => this.navigate({ view: 'charges' })}>
                ${m.toCharges}
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    const removing = this.removing;
    return html`<h3 tabindex="-1">${m.heading}</h3>
      <p class="muted">${m.intro}</p>
      ${this.renderList()} ${this.renderOutcome()} ${this.renderForm()}
      <gu-dialog heading=${m.removeHeading} .open=${removing !== undefined} @gu-dialog-close=${this.onDialogClose}>
        <p>${removing ? m.removeText(this.documentName(removing)) : ''}</p>
        <button slot="footer" class="btn-primary" type="button" value="remove" data-gu-dialog-close>
          ${m.removeConfirm}
        </button>
        <button slot="footer" class="btn" type="button" value="cancel" data-gu-dialog-close>${m.removeCancel}</button>
      </gu-dialog>`;
  }
}

if (!customElements.get('gu-payments-documents')) customElements.define('gu-payments-documents', GuPaymentsDocuments);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-documents': GuPaymentsDocuments;
  }
}
