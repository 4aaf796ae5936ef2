/**
 * The new-password step of registration and recovery (loaded on demand): the policy's live checklist (announced
 * politely when the citizen pauses or leaves the field, not per keystroke), show/hide, «end other sessions» for
 * recovery; the server enforces the policy and the blocklist and its reasons are shown next to the field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { flowPath } from '../api.js';
import { FormState, limitMessage } from '../form.js';
import { IDENTITY_LIMITS } from '../limits.js';
import { LoginPart } from './part.js';
import {
  checklistMessages,
  checklistProgress,
  passwordRuleError,
  passwordRules,
  renderChecklist,
  type ChecklistMessages,
  type PasswordRule,
} from '../../core/password/checklist.js';
import { StrengthMeter } from '../../core/password/meter.js';

const ru = {
  heading: 'Придумайте пароль',
  registrationIntro: 'Последний шаг регистрации: пароль для входа в личный кабинет.',
  label: 'Новый пароль',
  repeat: 'Повторите пароль',
  mismatch: 'Пароли не совпадают',
  passwordRequired: 'Введите новый пароль',
  repeatRequired: 'Повторите новый пароль',
  endSessions: 'Завершить все другие сеансы',
  endSessionsHint: 'Выйти на всех других устройствах и в браузерах',
  save: 'Сохранить пароль',
  create: 'Создать учётную запись',
  show: 'Показать пароль',
  hide: 'Скрыть пароль',
};
const en: typeof ru = {
  heading: 'Create a password',
  registrationIntro: 'The last step of registration: a password for your personal account.',
  label: 'New password',
  repeat: 'Repeat the password',
  mismatch: 'The passwords do not match',
  passwordRequired: 'Enter a new password',
  repeatRequired: 'Repeat the new password',
  endSessions: 'End all other sessions',
  endSessionsHint: 'Sign out on every other device and browser',
  save: 'Save the password',
  create: 'Create the account',
  show: 'Show password',
  hide: 'Hide password',
};
const catalogs: Catalogs<typeof ru> = { ru, en };

/** The new-password step of registration and recovery in a <gu-login>. */
export class GuLoginNewPassword extends LoginPart<typeof ru> {
  protected readonly i18n = new LocaleController(this, catalogs);
  private visible = false;
  private pause?: ReturnType<typeof setTimeout>;
  private estimateTimer?: ReturnType<typeof setTimeout>;
  private lastAnnounced = '';
  private readonly form: FormState;
  /** Advisory (requirement 29): not a validator, so it never blocks submit. */
  private readonly meter: StrengthMeter;

  constructor() {
    super();
    this.meter = new StrengthMeter(
      () => this.ctx.locale,
      () => this.requestUpdate(),
    );
    this.form = new FormState(
      this,
      {
        password: () => this.passwordError(),
        repeat: () =>
          this.form.value('repeat') === ''
            ? this.msg.repeatRequired
            : this.form.value('repeat') !== this.form.value('password')
              ? this.msg.mismatch
              : undefined,
      },
      (name) => `${this.ctx.uid}-new-${name}`,
      {
        labelOf: (name) => (name === 'password' ? this.msg.label : name === 'repeat' ? this.msg.repeat : undefined),
        limits: {
          password: () => limitMessage(this.ctx.msg, this.msg.label, this.form.value('password'), this.maxLength),
          repeat: () => limitMessage(this.ctx.msg, this.msg.repeat, this.form.value('repeat'), this.maxLength),
        },
      },
    );
  }

  private get minLength(): number {
    return this.ctx.flow?.password?.minLength ?? (this.policy === 'nist' ? 15 : 8);
  }

  /** The server's maximum (the step's `password.maxLength`), never more than the contract's. */
  private get maxLength(): number {
    return Math.min(this.ctx.flow?.password?.maxLength ?? IDENTITY_LIMITS.password, IDENTITY_LIMITS.password);
  }

  private get policy(): 'default' | 'nist' {
    return this.ctx.flow?.password?.policy ?? this.ctx.settings.passwordPolicy;
  }

  /** The shared checklist's texts (core/password) in the widget's language. */
  private get rulesMsg(): ChecklistMessages {
    return checklistMessages[this.ctx.locale];
  }

  private rules(): PasswordRule[] {
    return passwordRules(this.form.value('password'), this.policy, this.minLength, this.rulesMsg);
  }

  private passwordError(): string | undefined {
    const value = this.form.value('password');
    if (value === '') return this.msg.passwordRequired;
    return passwordRuleError(value, this.policy, this.minLength, this.rulesMsg);
  }

  /** The checklist is announced politely after a pause in typing or on leaving the field — never per keystroke. */
  private announceProgress(): void {
    const rules = this.rules();
    const text = [checklistProgress(rules, this.rulesMsg), this.meter.spoken()].filter(Boolean).join('. ');
    if (text === this.lastAnnounced) return;
    this.lastAnnounced = text;
    this.announce(text);
  }

  /** What the citizen typed in the form (name, phone, SNILS, e-mail, identifier): the meter's user inputs. */
  private userInputs(): string[] {
    return [...this.ctx.contextWords, this.ctx.login];
  }

  private estimateNow(): Promise<void> {
    clearTimeout(this.estimateTimer);
    return this.meter.update(this.form.value('password'), this.userInputs());
  }

  private readonly onPasswordInput = (event: InputEvent): void => {
    this.form.input('password', (event.target as HTMLInputElement).value);
    clearTimeout(this.estimateTimer);
    this.estimateTimer = setTimeout(() => void this.estimateNow(), 250);
    clearTimeout(this.pause);
    this.pause = setTimeout(() => void this.estimateNow().then(() => this.announceProgress()), 1500);
  };

  private readonly onPasswordBlur = (): void => {
    clearTimeout(this.pause);
    void this.estimateNow().then(() => this.announceProgress());
    this.form.blur('password');
  };

  private readonly toggle = (): void => {
    this.visible = !this.visible;
    this.announce(this.visible ? this.ctx.msg.passwordShown : this.ctx.msg.passwordHidden);
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.ctx.calls.busy || !this.ctx.flow) return;
    if (!this.form.validateAll()) return this.focusLater('summary');
    const flow = this.ctx.flow;
    const endOtherSessions =
      ((event.target as HTMLFormElement).elements.namedItem('end-sessions') as HTMLInputElement | null)?.checked ??
      false;
    const step = await this.ctx.calls.run(
      (signal) =>
        this.ctx.api.post(
          flowPath(flow.flowId, 'password'),
          { password: this.form.value('password'), endOtherSessions },
          signal,
        ),
      this.form,
      ['password'],
    );
    if (!step) return;
    this.complete(step, this.ctx.flowKind === 'registration' ? 'registration' : 'recovery', endOtherSessions);
  };

  protected override enter(): void {
    this.meter.preload();
  }

  protected override leave(): void {
    clearTimeout(this.pause);
    clearTimeout(this.estimateTimer);
  }

  protected renderStep(): TemplateResult {
    const id = (name: string) => `${this.ctx.uid}-new-${name}`;
    const rules = this.rules();
    const offerEnd = this.ctx.flow?.password?.endOtherSessions ?? this.ctx.flowKind === 'recovery';
    return html`${this.heading(this.msg.heading)}
      <form novalidate @submit=${this.onSubmit}>
        ${this.errorSummary(this.form.summary, id('summary'))}
        ${this.ctx.flowKind === 'registration' ? html`<p>${this.msg.registrationIntro}</p>` : nothing}
        <input type="text" name="username" autocomplete="username" hidden .value=${this.ctx.login} />
        ${this.field({
          id: id('password'),
          name: 'new-password',
          label: this.msg.label,
          hint: this.policy === 'nist' ? this.rulesMsg.nistNote : undefined,
          type: this.visible ? 'text' : 'password',
          value: this.form.value('password'),
          error: this.form.errors['password'],
          autocomplete: 'new-password',
          spellcheck: false,
          onInput: this.onPasswordInput,
          onBlur: this.onPasswordBlur,
          after: html`<button
            class="gu-login__button gu-login__button--secondary"
            type="button"
            aria-controls=${id('password')}
            @click=${this.toggle}
          >
            ${this.visible ? this.msg.hide : this.msg.show}
          </button>`,
        })}
        ${this.meter.render(id('strength'), 'gu-login')}
        ${renderChecklist(rules, { id: id('rules'), block: 'gu-login', msg: this.rulesMsg })}
        ${this.field({
          id: id('repeat'),
          name: 'new-password-repeat',
          label: this.msg.repeat,
          type: this.visible ? 'text' : 'password',
          value: this.form.value('repeat'),
          error: this.form.errors['repeat'],
          autocomplete: 'new-password',
          spellcheck: false,
          onInput: (event) => this.form.input('repeat', (event.target as HTMLInputElement).value),
          onBlur: () => this.form.blur('repeat'),
        })}
        ${
          offerEnd
            ? html`<div class="gu-login__field">
                <label class="gu-login__check">
                  <input type="checkbox" name="end-sessions" checked aria-describedby=${id('end-hint')} />
                  <span>${this.msg.endSessions}</span>
                </label>
                <p class="gu-login__hint" id=${id('end-hint')}>${this.msg.endSessionsHint}</p>
              </div>`
            : nothing
        }
        <div class="gu-login__actions">
          ${this.submitButton(this.ctx.flowKind === 'registration' ? this.msg.create : this.msg.save)}
          ${this.linkButton(this.ctx.msg.back, () => this.go('sign-in'))}
        </div>
      </form>`;
  }
}

if (!customElements.get('gu-login-new-password')) customElements.define('gu-login-new-password', GuLoginNewPassword);
