/**
 * `gu-security-password` («Изменить пароль»): the current password, a new one under the portal's policy (GET /security
 * `password`) with the live checklist and the strength meter (core/password, shared with <gu-login>; the estimator and
 * its dictionaries load when this part opens, never in the first render) and its confirmation → startPasswordChange →
 * the code by SMS (gu-otp-field: typed or pasted «123 456»; resend with its cooldown as text; tries left; expired) with
 * «Завершить все другие сеансы» (checked by default) → confirmPasswordChange → «Пароль изменён» and how many sessions
 * ended, announced. A wrong current password says the tries left next to the field (it counts against the sign-in
 * lockout); the lockout says when to come back («Повторите через 15 минут, в 14:32»); a reused, common or personal
 * password says so next to the new password. Nothing typed is lost on any failure or on the step-up (the dialog asks
 * over it). Works on its own view and embedded (the incident view renders it): it assumes nothing about the page
 * around it and moves focus only inside itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { createIdempotencyKey, isApiError } from '../../core/api/index.js';
import { formatTime } from '../../core/i18n/format.js';
import { LocaleController, type LazyCatalogs } from '../../core/i18n/index.js';
import {
  checklistMessages,
  checklistProgress,
  passwordRuleError,
  passwordRules,
  renderChecklist,
  type ChecklistMessages,
} from '../../core/password/checklist.js';
import { StrengthMeter } from '../../core/password/meter.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import '../../core/ui/gu-button.js';
import '../../core/ui/gu-otp-field.js';
import '../../core/ui/gu-password-field.js';
import type { GuOtpField } from '../../core/ui/otp-field.js';
import type { GuPasswordField } from '../../core/ui/password-field.js';
import { ActionController } from '../../core/widget/action.js';
import { passwordRu, type PasswordMessages } from '../locales/password-ru.js';
import {
  confirmPasswordChange,
  getPasswordRules,
  resendChallenge,
  startPasswordChange,
  type PasswordRules,
} from '../password-api.js';
import type { PasswordChanged, SecurityArea, SecurityChallenge } from '../types.js';
import { SecurityPart } from './part.js';
import { passwordStyles } from './password.styles.js';
import { lockoutText } from './lockout.js';

const passwordMessages: LazyCatalogs<PasswordMessages> = {
  ru: passwordRu,
  en: () => import('../locales/password-en.js').then((module) => module.passwordEn),
};

/** The BEM block of the shared checklist and meter here. */
const BLOCK = 'gu-security-password';
/** The rules when the overview cannot be read: the identity's default policy. */
const DEFAULT_RULES: PasswordRules = { policy: 'default', minLength: 8, maxLength: 128 };

type FieldName = 'current' | 'next' | 'repeat';

export class GuSecurityPassword extends SecurityPart<PasswordMessages> {
  static override styles = [baseStyles, partStyles, passwordStyles];

  static override properties = {
    ...SecurityPart.properties,
    rules: { state: true },
    step: { state: true },
    challenge: { state: true },
    changed: { state: true },
    now: { state: true },
  };

  protected override readonly areas: readonly SecurityArea[] = ['password'];
  protected readonly i18n = new LocaleController(this, passwordMessages);
  private readonly action = new ActionController(this, (error) => this.describe(error));
  /** Advisory (requirement 29): never blocks submit. */
  private readonly meter = new StrengthMeter(
    () => this.i18n.locale,
    () => this.requestUpdate(),
  );

  declare private rules: PasswordRules | undefined;
  declare private step: 'form' | 'code' | 'done';
  declare private challenge: SecurityChallenge | undefined;
  declare private changed: PasswordChanged | undefined;
  /** The clock of the resend cooldown (ms), ticking while the code step is open. */
  declare private now: number;

  /** What the citizen typed: kept across the steps, failures and the step-up. */
  private values: Record<FieldName, string> = { current: '', next: '', repeat: '' };
  private code = '';
  private endOthers = true;
  /** When the challenge arrived (ms) — its `resendIn` counts from here. */
  private challengeAt = 0;
  #tick: ReturnType<typeof setInterval> | undefined;
  #pause: ReturnType<typeof setTimeout> | undefined;
  #lastSaid = '';
  #startKey: { body: string; key: string } | undefined;
  #confirmKey: { body: string; key: string } | undefined;

  constructor() {
    super();
    this.rules = undefined;
    this.step = 'form';
    this.challenge = undefined;
    this.changed = undefined;
    this.now = Date.now();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.step === 'code') this.startTicking();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#tick);
    clearTimeout(this.#pause);
    this.#tick = undefined;
  }

  protected override firstUpdated(): void {
    // The estimator and its dictionaries: loaded now that the section is open, ahead of typing.
    this.meter.preload();
    void this.load();
  }

  protected override resumeAfterMove(): void {
    if (!this.rules) void this.load();
  }

  protected override areaChanged(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.rules = await getPasswordRules(this.ctx.client, this.abort.signal);
    } catch (error) {
      if (this.aborted(error)) return;
      // The policy is advisory here (the server decides): the identity's default rules stand in.
      this.rules ??= DEFAULT_RULES;
    }
  }

  private get policy(): PasswordRules {
    return this.rules ?? DEFAULT_RULES;
  }

  private get rulesMsg(): ChecklistMessages {
    return checklistMessages[this.i18n.locale];
  }

  private field<T extends HTMLElement = GuPasswordField>(name: string): T | null {
    return this.renderRoot.querySelector<T>(`[name="${name}"]`);
  }

  private setError(name: FieldName | 'code', message: string): void {
    const field = this.field<GuPasswordField | GuOtpField>(name);
    if (field) field.error = message;
  }

  // ——— Failures ———

  private describe(error: unknown): string | undefined {
    if (this.aborted(error)) return undefined;
    const m = this.msg;
    if (!isApiError(error)) return this.errorText(error);
    const locale = this.i18n.locale;
    switch (error.code) {
      case 'wrong-password':
        this.setError('current', m.wrongPassword(error.attemptsLeft));
        void this.focusOn('[name="current"]');
        return m.wrongPassword(error.attemptsLeft);
      case 'account-locked':
        return lockoutText(locale, error.retryAfter, m.locked);
      case 'factor-locked':
        return lockoutText(locale, error.retryAfter, m.factorLocked);
      case 'wrong-code':
        this.setError('code', m.wrongCode(error.attemptsLeft));
        if (this.challenge && error.attemptsLeft !== undefined)
          this.challenge = { ...this.challenge, attemptsLeft: error.attemptsLeft };
        return m.wrongCode(error.attemptsLeft);
      case 'code-expired':
      case 'code-exhausted': {
        const text = error.code === 'code-expired' ? m.codeExpired : m.codeExhausted;
        this.setError('code', text);
        if (this.challenge) this.challenge = { ...this.challenge, attemptsLeft: 0 };
        return text;
      }
      case 'resend-too-soon':
        return m.resendIn(error.retryAfter ?? 60);
      case 'too-many-codes':
        return m.tooManyCodes(Math.max(1, Math.ceil((error.retryAfter ?? 3600) / 60)));
    }
    const rejected = error.fields.filter((field) => field.field === 'newPassword');
    if (error.status === 422 && rejected.length > 0) {
      const text = rejected.map((field) => m.rejected(field.code)).join(' ');
      this.setError('next', text);
      void this.focusOn('[name="next"]');
      return text;
    }
    return this.errorText(error);
  }

  private sayProblem(): void {
    if (this.action.problem) this.announcer.announce(this.action.problem);
  }

  // ——— The form ———

  private check(): Partial<Record<FieldName, string>> {
    const m = this.msg;
    const { current, next, repeat } = this.values;
    const max = this.policy.maxLength;
    const errors: Partial<Record<FieldName, string>> = {};
    if (!current) errors.current = m.currentRequired;
    if (!next) errors.next = m.nextRequired;
    else if ([...next].length > max) errors.next = m.tooLong(max, [...next].length);
    else {
      const rule = passwordRuleError(next, this.policy.policy, this.policy.minLength, this.rulesMsg);
      if (rule) errors.next = rule;
    }
    if (!repeat) errors.repeat = m.repeatRequired;
    else if (repeat !== next) errors.repeat = m.mismatch;
    return errors;
  }

  private readonly onInput = (event: Event): void => {
    const field = event.target as GuPasswordField;
    const name = field.name as FieldName;
    this.values = { ...this.values, [name]: field.value };
    if (name !== 'next') return;
    void this.meter.update(field.value, []);
    this.requestUpdate();
    clearTimeout(this.#pause);
    this.#pause = setTimeout(() => this.sayProgress(), 1500);
  };

  /** The checklist and the meter, said politely after a pause in typing or on leaving the field. */
  private sayProgress(): void {
    clearTimeout(this.#pause);
    if (!this.values.next) return;
    const rules = passwordRules(this.values.next, this.policy.policy, this.policy.minLength, this.rulesMsg);
    const text = [checklistProgress(rules, this.rulesMsg), this.meter.spoken()].filter(Boolean).join('. ');
    if (text === this.#lastSaid) return;
    this.#lastSaid = text;
    this.announcer.announce(text);
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.action.busy) return;
    const errors = this.check();
    for (const name of ['current', 'next', 'repeat'] as const) this.setError(name, errors[name] ?? '');
    const first = (['current', 'next', 'repeat'] as const).find((name) => errors[name]);
    if (first) {
      this.action.fail(this.msg.fix);
      this.announcer.announce(`${this.msg.fix} ${errors[first]}`);
      this.field(first)?.focus();
      return;
    }
    const request = { currentPassword: this.values.current, newPassword: this.values.next };
    const body = JSON.stringify(request);
    if (this.#startKey?.body !== body) this.#startKey = { body, key: createIdempotencyKey() };
    const key = this.#startKey.key;
    const challenge = await this.action.run(() =>
      this.ctx.stepUp.guard(() => startPasswordChange(this.ctx.client, request, key, this.abort.signal)),
    );
    if (!challenge) return this.sayProblem();
    this.#startKey = undefined;
    this.openCode(challenge);
    this.announcer.announce(this.msg.codeSent(challenge.sentTo, formatTime(this.i18n.locale, challenge.expiresAt)));
    await this.focusOn('[name="code"]');
  };

  // ——— The code ———

  private openCode(challenge: SecurityChallenge): void {
    this.challenge = challenge;
    this.challengeAt = Date.now();
    this.now = this.challengeAt;
    this.code = '';
    this.step = 'code';
    this.startTicking();
  }

  private startTicking(): void {
    clearInterval(this.#tick);
    this.#tick = setInterval(() => {
      this.now = Date.now();
      if (this.step !== 'code' || this.resendLeft() === 0) {
        clearInterval(this.#tick);
        this.#tick = undefined;
      }
    }, 1000);
  }

  /** Seconds until a new code may be asked for. */
  private resendLeft(): number {
    const challenge = this.challenge;
    if (!challenge) return 0;
    return Math.max(0, Math.ceil(challenge.resendIn - (this.now - this.challengeAt) / 1000));
  }

  private readonly onConfirm = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const challenge = this.challenge;
    const field = this.field<GuOtpField>('code');
    if (!challenge || !field || this.action.busy) return;
    this.code = field.value;
    if (this.code.length !== challenge.length) {
      field.error = this.msg.codeRequired(challenge.length);
      this.action.fail(field.error);
      this.sayProblem();
      field.focus();
      return;
    }
    const request = { challengeId: challenge.id, code: this.code, endOtherSessions: this.endOthers };
    const body = JSON.stringify(request);
    if (this.#confirmKey?.body !== body) this.#confirmKey = { body, key: createIdempotencyKey() };
    const key = this.#confirmKey.key;
    const changed = await this.action.run(() =>
      this.ctx.stepUp.guard(() => confirmPasswordChange(this.ctx.client, request, key, this.abort.signal)),
    );
    if (!changed) {
      this.sayProblem();
      if (this.action.problem) field.focus();
      return;
    }
    this.#confirmKey = undefined;
    this.changed = changed;
    this.step = 'done';
    this.values = { current: '', next: '', repeat: '' };
    this.code = '';
    this.challenge = undefined;
    void this.meter.update('', []);
    this.announcer.announce(`${this.msg.done}. ${this.msg.ended(changed.endedSessions)}`);
    this.reportChange('password');
    if (changed.endedSessions > 0) this.reportChange('sessions');
    await this.focusOn('#done');
  };

  private readonly onResend = async (): Promise<void> => {
    const challenge = this.challenge;
    if (!challenge || this.resendLeft() > 0) return;
    const next = await this.action.run(() => resendChallenge(this.ctx.client, challenge.id, this.abort.signal));
    if (!next) return this.sayProblem();
    const code = this.field<GuOtpField>('code');
    if (code) code.error = '';
    this.openCode(next);
    this.announcer.announce(this.msg.resent(next.sentTo));
    await this.focusOn('[name="code"]');
  };

  private readonly onBack = async (): Promise<void> => {
    this.code = this.field<GuOtpField>('code')?.value ?? this.code;
    this.step = 'form';
    this.action.fail('');
    clearInterval(this.#tick);
    await this.focusOn('[name="next"]');
  };

  private readonly onAgain = async (): Promise<void> => {
    this.step = 'form';
    this.changed = undefined;
    await this.focusOn('[name="current"]');
  };

  // ——— Rendering ———

  private renderProblem(): TemplateResult {
    const problem = this.action.problem;
    return html`<p class=${problem ? 'problem' : 'problem is-empty'} role="alert">${problem}</p>`;
  }

  private renderForm(): TemplateResult {
    const m = this.msg;
    const rules = this.policy;
    const checklist = passwordRules(this.values.next, rules.policy, rules.minLength, this.rulesMsg);
    return html`<form novalidate @submit=${this.onSubmit} aria-labelledby="heading">
      <gu-password-field
        name="current"
        label=${m.current}
        autocomplete="current-password"
        required
        .value=${this.values.current}
        @input=${this.onInput}
      ></gu-password-field>
      <gu-password-field
        name="next"
        label=${m.next}
        hint=${rules.policy === 'nist' ? this.rulesMsg.nistNote : nothing}
        autocomplete="new-password"
        minlength=${rules.minLength}
        maxlength=${rules.maxLength}
        required
        .value=${this.values.next}
        @input=${this.onInput}
        @change=${() => this.sayProgress()}
      ></gu-password-field>
      ${this.meter.render('strength', BLOCK)}
      ${renderChecklist(checklist, { id: 'rules', block: BLOCK, msg: this.rulesMsg })}
      <gu-password-field
        name="repeat"
        label=${m.repeat}
        autocomplete="new-password"
        maxlength=${rules.maxLength}
        required
        .value=${this.values.repeat}
        @input=${this.onInput}
      ></gu-password-field>
      ${this.renderProblem()}
      <div class="actions">
        <gu-button variant="primary" ?busy=${this.action.busy}>${m.getCode}</gu-button>
      </div>
    </form>`;
  }

  private renderCode(challenge: SecurityChallenge): TemplateResult {
    const m = this.msg;
    const wait = this.resendLeft();
    return html`<form novalidate @submit=${this.onConfirm} aria-labelledby="code-heading">
      <h4 id="code-heading">${m.codeHeading}</h4>
      <p>${m.codeSent(challenge.sentTo, formatTime(this.i18n.locale, challenge.expiresAt))}</p>
      <gu-otp-field
        name="code"
        label=${m.code}
        length=${challenge.length}
        required
        .value=${this.code}
        @input=${(event: Event) => (this.code = (event.target as GuOtpField).value)}
      ></gu-otp-field>
      <p class="muted">${m.attemptsLeft(challenge.attemptsLeft)}</p>
      <div>
        <label class="check">
          <input
            type="checkbox"
            name="end-sessions"
            aria-describedby="end-hint"
            .checked=${this.endOthers}
            @change=${(event: Event) => (this.endOthers = (event.target as HTMLInputElement).checked)}
          />
          <span>${m.endSessions}</span>
        </label>
        <p class="hint muted" id="end-hint">${m.endSessionsHint}</p>
      </div>
      ${this.renderProblem()}
      <div class="actions">
        <gu-button variant="primary" ?busy=${this.action.busy}>${m.confirm}</gu-button>
        <gu-button type="button" variant="secondary" @click=${this.onBack}>${m.back}</gu-button>
      </div>
      <div class="actions">
        <button
          class="btn"
          type="button"
          aria-disabled=${wait > 0 ? 'true' : 'false'}
          aria-describedby=${wait > 0 ? 'resend-wait' : nothing}
          @click=${this.onResend}
        >
          ${m.resend}
        </button>
        ${wait > 0 ? html`<span class="muted" id="resend-wait">${m.resendIn(wait)}</span>` : nothing}
      </div>
    </form>`;
  }

  private renderDone(changed: PasswordChanged): TemplateResult {
    const m = this.msg;
    return html`<div>
      <h4 id="done" tabindex="-1">${m.done}</h4>
      <p>${m.doneText} ${m.ended(changed.endedSessions)}</p>
      <button class="btn" type="button" @click=${this.onAgain}>${m.again}</button>
    </div>`;
  }

  override render(): TemplateResult {
    // One template around every state: the heading stays the same element (focus on it is kept as data arrives).
    return html`<h3 id="heading" tabindex="-1">${this.msg.heading}</h3>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const m = this.msg;
    if (!this.rules) return html`<p role="status" aria-busy="true">${m.loading}</p>`;
    const changedAt = this.rules.changedAt;
    return html`<p>${m.intro} ${changedAt ? m.changedAt(this.date(changedAt)) : nothing}</p>
      ${
        this.step === 'done' && this.changed
          ? this.renderDone(this.changed)
          : this.step === 'code' && this.challenge
            ? this.renderCode(this.challenge)
            : this.renderForm()
      }`;
  }
}

if (!customElements.get('gu-security-password')) customElements.define('gu-security-password', GuSecurityPassword);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-password': GuSecurityPassword;
  }
}
