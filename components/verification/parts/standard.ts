/**
 * `gu-verification-standard`: the standard level — passport, SNILS, INN, date and place of birth, citizenship, an
 * optional scan — validated before sending, then the asynchronous registry check (МВД, СФР) with progress and polling
 * that resumes from the server after a reload (`GET verification/checks/current`; nothing is kept in the browser).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isApiError } from '../../core/api/index.js';
import '../../core/ui/gu-text-field.js';
import '../../core/ui/gu-button.js';
import '../../core/ui/gu-loading-state.js';
import '../../core/ui/gu-error-summary.js';
import type { GuFormControl } from '../../core/ui/form-control.js';
import { validateForm } from '../../core/ui/form-validation.js';
import { AnnouncerController } from '../../core/ui/announcer.js';
import { fetchCurrentCheck, startCheck, type CheckField, type RegistryCheck, type StandardData } from '../api.js';
import type { StepData } from '../shared.js';
import { VerificationPart, errorClass } from './part.js';
import './upload.js';
import type { GuVerificationUpload } from './upload.js';
import { formatTime } from '../../core/i18n/format.js';

type Stage = 'loading' | 'form' | 'check';
/** The contract's `maxLength` of «Кем выдан» and «Место рождения» (StandardLevelData in mocks/openapi.yaml). */
export const FREE_TEXT_MAX = 300;
/** Form field names (the passport series and number are one field, as printed: 45 10 123456). */
const FIELDS = ['passport', 'issuedAt', 'issuedBy', 'unitCode', 'snils', 'inn', 'birthDate', 'birthPlace'] as const;
type FieldName = (typeof FIELDS)[number];
const FIELD_OF: Record<CheckField, FieldName> = {
  passportSeries: 'passport',
  passportNumber: 'passport',
  passportIssuedAt: 'issuedAt',
  passportUnitCode: 'unitCode',
  snils: 'snils',
  inn: 'inn',
  birthDate: 'birthDate',
  birthPlace: 'birthPlace',
};

/** ДД.ММ.ГГГГ (or YYYY-MM-DD) → YYYY-MM-DD, or undefined when it is not a real date. */
export function parseDate(text: string): string | undefined {
  const value = text.trim();
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [day, month, year] = value.includes('-') ? [m[3]!, m[2]!, m[1]!] : [m[1]!, m[2]!, m[3]!];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}
const toDisplayDate = (iso: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('.') : iso;

export class GuVerificationStandard extends VerificationPart {
  static override properties = {
    ...VerificationPart.properties,
    stage: { state: true },
    check: { state: true },
    errors: { state: true },
    offline: { state: true },
    now: { state: true },
  };
  declare private stage: Stage;
  declare private check: RegistryCheck | undefined;
  declare private errors: Partial<Record<FieldName, string>>;
  declare private offline: boolean;
  declare private now: number;
  private values: Partial<Record<FieldName, string>> = {};
  private consent = false;
  private pollTimer?: ReturnType<typeof setTimeout>;
  private tick?: ReturnType<typeof setInterval>;
  private failures = 0;
  private lastStage?: string;
  /** Progress is announced politely when the registry changes and at most every 30 s — never every second. */
  private readonly progressAnnouncer = new AnnouncerController(this, { minIntervalMs: 30_000 });

  constructor() {
    super();
    this.stage = 'loading';
    this.errors = {};
    this.offline = false;
    this.now = Date.now();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pollTimer);
    clearInterval(this.tick);
    this.tick = undefined;
  }

  protected override resumeAfterMove(): void {
    if (this.stage === 'loading') void this.resume();
    else if (this.check?.status === 'pending') {
      this.tick ??= setInterval(() => (this.now = Date.now()), 1000);
      void this.poll();
    }
  }

  protected override firstUpdated(): void {
    const { known } = this.ctx.state;
    this.values = {
      snils: known.snils,
      birthDate: toDisplayDate(known.birthDate),
      ...(known.inn ? { inn: known.inn } : {}),
      ...(this.data.values as Partial<Record<FieldName, string>> | undefined),
    };
    void this.resume();
  }

  /** Asks the server for the latest check: a pending one resumes, a finished one is shown on the `check` step. */
  private async resume(): Promise<void> {
    let check: RegistryCheck | null = null;
    try {
      check = await fetchCurrentCheck(this.ctx.client, this.abort.signal);
    } catch (error) {
      if (this.aborted(error)) return;
      this.action.fail(this.errorText(error));
    }
    if (check && (check.status === 'pending' || this.step === 'check')) {
      this.show(check);
    } else {
      if (check && check.status !== 'succeeded' && !this.data.values) this.keepSubmitted(check);
      this.stage = 'form';
    }
    await this.focusHeading();
  }

  private keepSubmitted(check: RegistryCheck): void {
    const s = check.submitted;
    this.values = {
      passport: `${s.passportSeries.slice(0, 2)} ${s.passportSeries.slice(2)} ${s.passportNumber}`,
      issuedAt: toDisplayDate(s.passportIssuedAt),
      issuedBy: s.passportIssuedBy,
      unitCode: s.passportUnitCode,
      snils: s.snils,
      inn: s.inn ?? '',
      birthDate: toDisplayDate(s.birthDate),
      birthPlace: s.birthPlace,
    };
    this.consent = true;
  }

  private registryName(registry: string): string {
    const m = this.msg;
    return registry === 'mvd' ? m.registryMvd : registry === 'sfr' ? m.registrySfr : m.registryFns;
  }

  /** Shows a check: pending → progress and polling; mismatch → the form with the fields named; others → result. */
  private show(check: RegistryCheck): void {
    this.check = check;
    clearTimeout(this.pollTimer);
    if (check.status === 'pending') {
      this.stage = 'check';
      if (!this.tick) this.tick = setInterval(() => (this.now = Date.now()), 1000);
      if (check.stage !== this.lastStage) {
        this.lastStage = check.stage;
        this.progressAnnouncer.announce(check.stage === 'sfr' ? this.msg.checkSfr : this.msg.checkMvd, { force: true });
      }
      this.pollTimer = setTimeout(() => void this.poll(), (check.pollAfter ?? 2) * 1000);
      return;
    }
    clearInterval(this.tick);
    this.tick = undefined;
    if (check.status === 'succeeded') this.changed();
    if (check.status === 'mismatch') {
      this.keepSubmitted(check);
      const errors: Partial<Record<FieldName, string>> = {};
      for (const { field, registry } of check.mismatches ?? [])
        errors[FIELD_OF[field]] = this.msg.mismatchField(this.registryName(registry));
      this.errors = errors;
      this.stage = 'form';
    } else {
      this.stage = 'check';
    }
  }

  private async poll(): Promise<void> {
    try {
      const check = await fetchCurrentCheck(this.ctx.client, this.abort.signal);
      this.failures = 0;
      this.offline = false;
      if (!check) return;
      const wasPending = this.check?.status === 'pending';
      this.show(check);
      if (wasPending && check.status !== 'pending') await this.focusHeading();
    } catch (error) {
      if (this.aborted(error)) return;
      this.failures += 1;
      this.offline = true; // a slow or flaky server never stops the check: keep trying, offer «check now»
      this.pollTimer = setTimeout(() => void this.poll(), Math.min(30_000, 1000 * 2 ** Math.min(this.failures, 5)));
    }
  }

  /** The form as typed (the registry check itself lives on the server). */
  override draft(): StepData {
    if (this.stage !== 'form') return {};
    this.read();
    return { values: { ...this.values } };
  }

  private read(): void {
    for (const name of FIELDS) {
      const field = this.renderRoot.querySelector<GuFormControl>(`[name="${name}"]`);
      if (field) this.values[name] = field.value;
    }
    this.consent = this.renderRoot.querySelector<HTMLInputElement>('#consent')?.checked ?? this.consent;
  }

  /** Checks the dates the field kinds do not know (format ДД.ММ.ГГГГ, not in the future, issued after birth). */
  private dateErrors(): Partial<Record<FieldName, string>> {
    const m = this.msg;
    const today = new Date().toISOString().slice(0, 10);
    const errors: Partial<Record<FieldName, string>> = {};
    const birth = parseDate(this.values.birthDate ?? '');
    const issued = parseDate(this.values.issuedAt ?? '');
    for (const [name, iso] of [
      ['birthDate', birth],
      ['issuedAt', issued],
    ] as const) {
      const text = (this.values[name] ?? '').trim();
      if (text === '') continue; // `required` says it
      if (!iso) errors[name] = m.dateFormat;
      else if (iso > today) errors[name] = m.dateFuture;
    }
    if (birth && issued && !errors.issuedAt && issued < birth) errors.issuedAt = m.issuedBeforeBirth;
    return errors;
  }

  /** The citizen edits a field: its error goes (the field clears its own), so no later render brings it back. */
  private forgetError(name: FieldName): void {
    if (!this.errors[name]) return;
    const errors = { ...this.errors };
    delete errors[name];
    this.errors = errors;
  }

  private onDateChange(name: FieldName): void {
    this.read();
    const errors = this.dateErrors();
    this.errors = { ...this.errors, [name]: errors[name] };
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.action.busy) return;
    this.read();
    const form = event.target as HTMLFormElement;
    const dateErrors = this.dateErrors();
    this.errors = { ...dateErrors };
    const consent = this.renderRoot.querySelector<HTMLInputElement>('#consent')!;
    consent.setCustomValidity(consent.checked ? '' : this.msg.consentRequired);
    await this.updateComplete;
    // The dates are checked here too, not only through the fields: a date that is not a date is never sent (as
    // «missing» it would come back as the server's «Обязательное поле»).
    if (!validateForm(form).valid || Object.keys(dateErrors).length > 0) return;
    const uploader = this.renderRoot.querySelector<GuVerificationUpload>('gu-verification-upload');
    const passport = (this.values.passport ?? '').replace(/\D/g, '');
    const birth = parseDate(this.values.birthDate ?? '')!;
    const data: StandardData = {
      passportSeries: passport.slice(0, 4),
      passportNumber: passport.slice(4),
      passportIssuedAt: parseDate(this.values.issuedAt ?? '')!,
      passportIssuedBy: (this.values.issuedBy ?? '').trim(),
      passportUnitCode: this.values.unitCode ?? '',
      snils: (this.values.snils ?? '').replace(/\D/g, ''),
      birthDate: birth,
      birthPlace: (this.values.birthPlace ?? '').trim(),
      citizenship: 'RU',
      consent: true,
    };
    const inn = (this.values.inn ?? '').replace(/\D/g, '');
    if (inn) data.inn = inn;
    const documentIds = uploader?.documentIds ?? [];
    if (documentIds.length > 0) data.documentIds = documentIds;
    await this.send(data);
  }

  private async send(data: StandardData): Promise<void> {
    await this.action.run(
      async () => {
        const check = await startCheck(this.ctx.client, data, this.abort.signal);
        this.errors = {};
        this.lastStage = undefined;
        this.show(check);
        await this.focusHeading();
      },
      (error) => {
        if (isApiError(error) && error.code === 'contacts-not-confirmed') return this.msg.contactsFirst;
        if (isApiError(error) && error.code === 'check-in-progress') {
          void this.poll(); // a check sent earlier (another tab): follow it
          return undefined;
        }
        if (isApiError(error) && error.fields.length > 0) {
          const errors: Partial<Record<FieldName, string>> = {};
          for (const field of error.fields) {
            const name = FIELD_OF[field.field as CheckField];
            if (name) errors[name] = field.message;
          }
          this.errors = errors;
        }
        return this.describe(error);
      },
    );
    if (this.action.problem) await this.focusOn('#problem');
  }

  private retryCheck(): void {
    const s = this.check?.submitted;
    if (!s) return;
    void this.send({ ...(s as unknown as StandardData), citizenship: 'RU', consent: true });
  }

  private async edit(): Promise<void> {
    if (this.check) this.keepSubmitted(this.check);
    this.stage = 'form';
    await this.focusHeading();
  }

  private field(
    name: FieldName,
    label: string,
    hint: string,
    extra: { validate?: string; mask?: string; required?: boolean; date?: boolean; text?: boolean } = {},
  ): TemplateResult {
    return html`<gu-text-field
      name=${name}
      label=${label}
      hint=${hint}
      .value=${this.values[name] ?? ''}
      .error=${live(this.errors[name] ?? '')}
      maxlength=${extra.text ? FREE_TEXT_MAX : nothing}
      charset=${extra.text ? 'text' : nothing}
      validate=${extra.validate ?? nothing}
      mask=${extra.mask ?? nothing}
      ?required=${extra.required ?? true}
      inputmode=${extra.date ? 'numeric' : nothing}
      @input=${() => this.forgetError(name)}
      @change=${extra.date ? () => this.onDateChange(name) : () => this.read()}
    ></gu-text-field>`;
  }

  /**
   * The registry check needs the phone and e-mail confirmed (the server refuses it otherwise): the precondition comes
   * first, with the way to meet it — not a form of six fields refused after they are filled.
   */
  private renderContactsFirst(): TemplateResult {
    const m = this.msg;
    const { contacts } = this.ctx.state;
    return html`<h3 tabindex="-1">${m.standardHeading}</h3>
      <p class="todo" data-precondition>${m.contactsFirst}</p>
      <div class="actions">
        ${
          contacts.phoneConfirmed
            ? nothing
            : html`<button class="btn btn--primary" type="button" @click=${() => this.navigate('phone')}>
                ${m.confirmPhoneAria}
              </button>`
        }
        ${
          contacts.emailConfirmed
            ? nothing
            : html`<button class="btn btn--primary" type="button" @click=${() => this.navigate('email')}>
                ${m.confirmEmailAria}
              </button>`
        }
        ${this.renderBack()}
      </div>`;
  }

  private renderForm(): TemplateResult {
    const m = this.msg;
    const mismatch = this.check?.status === 'mismatch';
    const { contacts } = this.ctx.state;
    if (!contacts.phoneConfirmed || !contacts.emailConfirmed) return this.renderContactsFirst();
    return html`<h3 tabindex="-1">${mismatch ? m.mismatchHeading : m.standardHeading}</h3>
      ${mismatch ? html`<p role="alert">${m.mismatchIntro}</p>` : html`<p>${m.standardIntro}</p>`}
      <form novalidate @submit=${this.submit}>
        <gu-error-summary></gu-error-summary>
        <fieldset>
          <legend>${m.passportLegend}</legend>
          ${this.field('passport', m.passportSeriesNumber, m.passportSeriesNumberHint, { validate: 'passport', mask: 'passport' })}
          ${this.field('issuedAt', m.passportIssuedAt, m.dateHint, { date: true })}
          ${this.field('issuedBy', m.passportIssuedBy, m.passportIssuedByHint, { text: true })}
          ${this.field('unitCode', m.passportUnitCode, m.passportUnitCodeHint, { validate: 'unit-code', mask: 'unit-code' })}
        </fieldset>
        <fieldset>
          <legend>${m.personLegend}</legend>
          ${this.field('snils', m.snils, m.snilsHint, { validate: 'snils', mask: 'snils' })}
          ${this.field('inn', m.inn, m.innHint, { validate: 'inn-person', required: false })}
          ${this.field('birthDate', m.birthDate, m.dateHint, { date: true })}
          ${this.field('birthPlace', m.birthPlace, m.birthPlaceHint, { text: true })}
          <div>
            <label for="citizenship">${m.citizenship}</label>
            <select id="citizenship" name="citizenship">
              <option value="RU" selected>${m.citizenshipRu}</option>
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>${m.scanLegend}</legend>
          <gu-verification-upload .ctx=${this.ctx} .locale=${this.locale}></gu-verification-upload>
        </fieldset>
        <label class="check">
          <input
            id="consent"
            type="checkbox"
            required
            .checked=${this.consent}
            @change=${(e: Event) => {
              const box = e.target as HTMLInputElement;
              this.consent = box.checked;
              if (box.checked) box.setCustomValidity('');
            }}
          />
          <span>${m.consent}</span>
        </label>
        ${this.renderProblem()}
        <div class="actions">
          <gu-button ?busy=${this.action.busy}>${m.submitCheck}</gu-button>
          ${this.renderBack()}
        </div>
      </form>`;
  }

  private renderCheck(check: RegistryCheck): TemplateResult {
    const m = this.msg;
    if (check.status === 'succeeded')
      return html`<h3 tabindex="-1">${m.checkSuccessHeading}</h3>
        <p role="status">${m.checkSuccess}</p>
        <div class="actions">
          <button class="btn btn--primary" type="button" @click=${() => this.navigate()}>${m.nextConfirmed}</button>
        </div>`;
    if (check.status === 'unavailable')
      return html`<h3 tabindex="-1">${m.unavailableHeading}</h3>
        <p role="alert">${m.unavailable(this.registryName(check.unavailableRegistry ?? 'mvd'))}</p>
        <p class=${errorClass(this.action.problem)} role="alert">${this.action.problem}</p>
        <div class="actions">
          <gu-button type="button" ?busy=${this.action.busy} @click=${this.retryCheck}>${m.retryCheck}</gu-button>
          <button class="btn" type="button" @click=${this.edit}>${m.editData}</button>
          ${this.renderBack()}
        </div>`;
    const started = Date.parse(check.startedAt);
    const expected = check.expectedBy ? Date.parse(check.expectedBy) : started + 60_000;
    const percent = Math.max(
      1,
      Math.min(99, Math.round(((this.now - started) / Math.max(1, expected - started)) * 100)),
    );
    const stageText = check.stage === 'sfr' ? m.checkSfr : m.checkMvd;
    return html`<h3 tabindex="-1">${m.checkHeading}</h3>
      <p id="stage">${stageText}</p>
      <progress
        max="100"
        .value=${percent}
        aria-label=${m.checkProgress}
        aria-describedby="stage"
        aria-valuetext=${`${stageText} ${this.i18n.number(percent)} %`}
      ></progress>
      <p>${m.checkExpected(formatTime(this.i18n.locale, check.expectedBy ?? new Date(expected).toISOString()))}</p>
      <p class="muted">${m.checkLong}</p>
      ${this.offline ? html`<p class="todo">${m.checkOffline}</p>` : nothing}
      <div class="actions">
        <button class="btn" type="button" @click=${() => void this.poll()}>${m.checkNow}</button>
        ${this.renderBack()}
      </div>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    if (this.stage === 'loading')
      return html`<h3 tabindex="-1">${m.standardHeading}</h3>
        <gu-loading-state label=${m.loading}></gu-loading-state>`;
    if (this.stage === 'check' && this.check) return this.renderCheck(this.check);
    return this.renderForm();
  }
}

if (!customElements.get('gu-verification-standard'))
  customElements.define('gu-verification-standard', GuVerificationStandard);

declare global {
  interface HTMLElementTagNameMap {
    'gu-verification-standard': GuVerificationStandard;
  }
}
