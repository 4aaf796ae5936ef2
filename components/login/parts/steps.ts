/**
 * The second factor, the code step (shared by sign-in, registration and recovery) and the result — loaded as soon as
 * the widget has rendered, not part of the first render. A method from a keyboard-operable radio group; one code field
 * that takes a pasted «123 456»; resend with a visible cooldown; the expired and exhausted states; backup codes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogs } from '../../core/i18n/catalog.js';
import { plural } from '../../core/i18n/format.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { flowPath, type CodeMethod, type IdentityStep } from '../api.js';
import type { LoginStep } from '../context.js';
import type { LoginMethod } from '../events.js';
import { digitsOnly } from '../form.js';
import { LoginPart } from './part.js';

const attemptsRu = { one: '{n} попытка', few: '{n} попытки', many: '{n} попыток', other: '{n} попытки' };
const attemptsEn = { one: '{n} attempt', few: '{n} attempts', many: '{n} attempts', other: '{n} attempts' };

const ru = {
  secondFactorHeading: 'Подтвердите вход',
  methodLegend: 'Куда отправить код',
  methodSms: (to: string): string => `СМС на номер ${to}`,
  methodEmail: (to: string): string => `Письмо на почту ${to}`,
  methodTotp: 'Код из приложения-генератора (Google Authenticator, Яндекс Ключ и др.)',
  getCode: 'Получить код',
  useBackup: 'Использовать резервный код',
  otherMethod: 'Выбрать другой способ',
  codeHeading: 'Введите код',
  codeSentSms: (to: string): string => `Код отправлен в СМС на номер ${to}.`,
  codeSentEmail: (to: string): string => `Код отправлен на почту ${to}.`,
  codeTotp: 'Откройте приложение-генератор и введите код для Госуслуг.',
  codeLabel: 'Код подтверждения',
  codeHint: (length: number): string => `${length} цифр; можно вставить с пробелами или дефисами`,
  codeValidUntil: (time: string): string => `Код действует до ${time}.`,
  confirm: 'Подтвердить',
  resend: 'Получить новый код',
  resendIn: (left: string): string => `Новый код можно получить через ${left}`,
  wrongCode: (left: number): string => `Неверный код. Осталось ${plural('ru', left, attemptsRu)}.`,
  codeExpired: 'Срок действия кода истёк. Получите новый код.',
  codeExhausted: 'Слишком много неверных попыток: этот код больше не действует. Получите новый код.',
  backupHeading: 'Резервный код',
  backupLabel: 'Резервный код',
  backupHint: '8 цифр из списка резервных кодов; каждый код действует один раз',
  wrongBackup: 'Неверный резервный код.',
  signedInHeading: 'Вы вошли в личный кабинет',
  signedInAs: (name: string): string => `Вы вошли как ${name}.`,
  recoveredNote: 'Пароль изменён. Рекомендуем включить двухфакторную проверку и проверить контактные данные.',
  otherSessionsEnded: 'Все другие сеансы завершены.',
  noAccess: 'Нет доступа к телефону и почте?',
  verifyPrompt: 'У вас упрощённая учётная запись. Подтвердите личность, чтобы получать все услуги.',
  verifyLink: 'Подтвердить учётную запись',
};
const en: typeof ru = {
  secondFactorHeading: 'Confirm it is you',
  methodLegend: 'Where to send the code',
  methodSms: (to: string): string => `Text message to ${to}`,
  methodEmail: (to: string): string => `E-mail to ${to}`,
  methodTotp: 'Code from an authenticator app (Google Authenticator, Yandex Key and others)',
  getCode: 'Get a code',
  useBackup: 'Use a backup code',
  otherMethod: 'Choose another way',
  codeHeading: 'Enter the code',
  codeSentSms: (to: string): string => `We sent a code by text message to ${to}.`,
  codeSentEmail: (to: string): string => `We sent a code to ${to}.`,
  codeTotp: 'Open your authenticator app and enter the code for Gosuslugi.',
  codeLabel: 'Confirmation code',
  codeHint: (length: number): string => `${length} digits; you can paste it with spaces or hyphens`,
  codeValidUntil: (time: string): string => `The code is valid until ${time}.`,
  confirm: 'Confirm',
  resend: 'Get a new code',
  resendIn: (left: string): string => `You can get a new code in ${left}`,
  wrongCode: (left: number): string => `Wrong code. ${plural('en', left, attemptsEn)} left.`,
  codeExpired: 'The code has expired. Get a new code.',
  codeExhausted: 'Too many wrong attempts: this code no longer works. Get a new code.',
  backupHeading: 'Backup code',
  backupLabel: 'Backup code',
  backupHint: '8 digits from your list of backup codes; each works once',
  wrongBackup: 'Wrong backup code.',
  signedInHeading: 'You are signed in',
  signedInAs: (name: string): string => `You are signed in as ${name}.`,
  recoveredNote:
    'Your password is changed. We recommend turning on two-factor checks and reviewing your contact details.',
  otherSessionsEnded: 'All other sessions are ended.',
  noAccess: 'No access to your phone or e-mail?',
  verifyPrompt: 'You have a simplified account. Confirm your identity to use every service.',
  verifyLink: 'Confirm your account',
};
const catalogs: Catalogs<typeof ru> = { ru, en };

/** The second-factor, code, backup-code and result steps of a <gu-login>. */
export class GuLoginSteps extends LoginPart<typeof ru> {
  protected readonly i18n = new LocaleController(this, catalogs);
  private ticker?: ReturnType<typeof setInterval>;
  private seen?: IdentityStep;
  private codeDeadline = 0;
  private resendDeadline = 0;
  /** The code whose «Код отправлен…» was last announced (a re-attachment does not repeat it). */
  private announcedCode?: IdentityStep['code'];

  protected override enter(step: LoginStep): void {
    const flow = this.ctx.flow;
    // One method only: send the code at once.
    if (step === 'second-factor' && flow?.methods?.length === 1 && !flow.code)
      void this.sendCode(flow, flow.methods[0]!.method);
    // The first «Код отправлен…» is visible text and also said in the polite status (as a resent one is).
    if (step === 'code' && flow?.code && flow.code !== this.announcedCode) {
      this.announcedCode = flow.code;
      this.announce(this.sentText(flow));
    }
    clearInterval(this.ticker);
    this.ticker = step === 'code' ? setInterval(() => this.requestUpdate(), 1000) : undefined;
  }

  protected override leave(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  protected renderStep(step: LoginStep): TemplateResult {
    const flow = this.ctx.flow;
    if (flow !== this.seen) {
      this.seen = flow;
      if (flow?.code) {
        this.codeDeadline = Date.now() + flow.code.expiresIn * 1000;
        this.resendDeadline = flow.code.resendIn === undefined ? 0 : Date.now() + flow.code.resendIn * 1000;
      }
    }
    if (step === 'second-factor') return this.renderSecondFactor();
    if (step === 'done') return this.renderDone();
    return this.renderCode();
  }

  private countdown(ms: number): string {
    const total = Math.max(0, Math.ceil(ms / 1000));
    return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
  }

  private async sendCode(flow: IdentityStep, method: CodeMethod): Promise<void> {
    const step = await this.ctx.calls.run((signal) =>
      this.ctx.api.post(flowPath(flow.flowId, 'code'), { method }, signal),
    );
    if (!step) return;
    this.go('code', { ...step, backupCodes: step.backupCodes ?? flow.backupCodes, methods: flow.methods });
  }

  private readonly onChooseMethod = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const method = (new FormData(form).get('method') ?? this.ctx.flow?.methods?.[0]?.method) as CodeMethod;
    if (this.ctx.flow) void this.sendCode(this.ctx.flow, method);
  };

  private readonly onResend = (): void => {
    const flow = this.ctx.flow;
    if (!flow?.code || this.ctx.calls.busy) return;
    void this.ctx.calls
      .run((signal) => this.ctx.api.post(flowPath(flow.flowId, 'code'), { method: flow.code!.method }, signal))
      .then((step) => {
        if (!step?.code) return;
        const next = { ...flow, ...step, problem: undefined };
        this.ctx.codeForm.values = {};
        this.announcedCode = next.code;
        this.updateFlow(next);
        this.announce(this.sentText(step));
      });
  };

  private sentText(step: IdentityStep): string {
    const code = step.code!;
    if (code.method === 'totp') return this.msg.codeTotp;
    return code.method === 'sms' ? this.msg.codeSentSms(code.destination) : this.msg.codeSentEmail(code.destination);
  }

  private readonly onCodeInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    const digits = digitsOnly(input.value);
    input.value = digits;
    this.ctx.codeForm.input('code', digits);
  };

  private readonly onVerify = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.ctx.calls.busy || !this.ctx.flow) return;
    if (!this.ctx.codeForm.validateAll()) {
      this.focusLater('summary');
      return;
    }
    const flow = this.ctx.flow;
    const backup = this.ctx.step === 'backup';
    const body = backup ? { backupCode: this.ctx.codeForm.value('code') } : { code: this.ctx.codeForm.value('code') };
    const step = await this.ctx.calls.run((signal) => this.ctx.api.post(flowPath(flow.flowId, 'verify'), body, signal));
    if (!step) return;
    if (step.step === 'done') {
      const method: LoginMethod =
        this.ctx.flowKind === 'registration'
          ? 'registration'
          : this.ctx.flowKind === 'recovery'
            ? 'recovery'
            : 'password';
      return this.complete(step, method);
    }
    if (step.step === 'password') return this.go('password', step);
    this.ctx.codeForm.values = {};
    this.updateFlow({ ...flow, ...step });
    switch (step.problem) {
      case 'wrong-code':
        return this.showAlert(this.msg.wrongCode(step.code?.attemptsLeft ?? 0));
      case 'code-expired':
        return this.showAlert(this.msg.codeExpired);
      case 'code-exhausted':
        return this.showAlert(this.msg.codeExhausted);
      case 'wrong-backup-code':
        return this.showAlert(this.msg.wrongBackup);
    }
  };

  private renderSecondFactor(): TemplateResult {
    const methods = this.ctx.flow?.methods ?? [];
    const label = (method: CodeMethod, to: string) =>
      method === 'sms' ? this.msg.methodSms(to) : method === 'email' ? this.msg.methodEmail(to) : this.msg.methodTotp;
    return html`${this.heading(this.msg.secondFactorHeading)}
      <form novalidate @submit=${this.onChooseMethod}>
        <fieldset>
          <legend>${this.msg.methodLegend}</legend>
          ${methods.map(
            (item, index) =>
              html`<label class="gu-login__radio">
                <input type="radio" name="method" value=${item.method} ?checked=${index === 0} />
                <span>${label(item.method, item.destination)}</span>
              </label>`,
          )}
        </fieldset>
        <div class="gu-login__actions">
          ${this.submitButton(this.msg.getCode)}
          ${this.ctx.flow?.backupCodes ? this.linkButton(this.msg.useBackup, () => this.go('backup')) : nothing}
          ${this.linkButton(this.ctx.msg.back, () => this.go('sign-in'))}
        </div>
      </form>`;
  }

  private renderCode(): TemplateResult {
    const backup = this.ctx.step === 'backup';
    const code = this.ctx.flow?.code;
    const id = `${this.ctx.uid}-code`;
    // `now` (ticked each second) only re-renders; the clock itself is read here.
    const now = Date.now();
    const expired = !backup && code !== undefined && (code.state !== 'active' || now >= this.codeDeadline);
    const resendLeft = this.resendDeadline - now;
    const canResend = !backup && code !== undefined && code.method !== 'totp';
    return html`${this.heading(backup ? this.msg.backupHeading : this.msg.codeHeading)}
      <form novalidate @submit=${this.onVerify}>
        ${this.errorSummary(this.ctx.codeForm.summary, `${this.ctx.uid}-code-form`)}
        ${
          !backup && code
            ? html`<p>${this.sentText({ ...this.ctx.flow!, code })}</p>
                ${
                  expired
                    ? html`<p class="gu-login__note">
                        ${code.state === 'exhausted' ? this.msg.codeExhausted : this.msg.codeExpired}
                      </p>`
                    : html`<p>${this.msg.codeValidUntil(this.ctx.text.time(new Date(this.codeDeadline)))}</p>`
                }`
            : nothing
        }
        ${this.field({
          id,
          name: backup ? 'backup-code' : 'one-time-code',
          label: backup ? this.msg.backupLabel : this.msg.codeLabel,
          hint: backup ? this.msg.backupHint : this.msg.codeHint(code?.length ?? 6),
          value: this.ctx.codeForm.value('code'),
          error: this.ctx.codeForm.errors['code'],
          autocomplete: 'one-time-code',
          inputmode: 'numeric',
          spellcheck: false,
          onInput: this.onCodeInput,
          onBlur: () => this.ctx.codeForm.blur('code'),
        })}
        <div class="gu-login__actions">
          ${this.submitButton(this.msg.confirm)}
          ${
            canResend
              ? resendLeft > 0
                ? html`<p>${this.msg.resendIn(this.countdown(resendLeft))}</p>`
                : this.linkButton(this.msg.resend, this.onResend)
              : nothing
          }
        </div>
        <div class="gu-login__actions">
          ${
            this.ctx.flowKind === 'sign-in' && !backup && this.ctx.flow?.backupCodes
              ? this.linkButton(this.msg.useBackup, () => this.go('backup'))
              : nothing
          }
          ${
            this.ctx.flowKind === 'sign-in' && (this.ctx.flow?.methods?.length ?? 0) > 1
              ? this.linkButton(this.msg.otherMethod, () => this.go('second-factor'))
              : nothing
          }
          ${this.ctx.flowKind === 'recovery' && !backup ? this.linkButton(this.msg.noAccess, () => this.go('questions')) : nothing}
          ${this.linkButton(this.ctx.msg.back, () => this.go('sign-in'))}
        </div>
      </form>`;
  }

  private renderDone(): TemplateResult {
    const session = this.ctx.session;
    const simplified = session?.level === 'simplified' || this.ctx.flow?.level === 'simplified';
    return html`<div class="gu-login__step">
      ${this.heading(this.msg.signedInHeading)}
      ${session?.citizen ? html`<p>${this.msg.signedInAs(session.citizen.name)}</p>` : nothing}
      ${
        this.ctx.outcome.method === 'recovery'
          ? html`<p class="gu-login__note">
              ${this.msg.recoveredNote} ${this.ctx.outcome.endedOtherSessions ? this.msg.otherSessionsEnded : nothing}
            </p>`
          : nothing
      }
      ${
        simplified
          ? html`<p class="gu-login__note">${this.msg.verifyPrompt}</p>
              ${this.ctx.settings.verifyHref ? html`<p><a href=${safeHref(this.ctx.settings.verifyHref)}>${this.msg.verifyLink}</a></p>` : nothing}`
          : nothing
      }
    </div>`;
  }
}

/** Only https: and same-origin relative URLs (requirement 33). */
function safeHref(value: string): string {
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'https:' || url.origin === location.origin ? url.href : '#';
  } catch {
    return '#';
  }
}

if (!customElements.get('gu-login-steps')) customElements.define('gu-login-steps', GuLoginSteps);
