/**
 * The second factor, the code step (shared by sign-in, registration and recovery) and the result — loaded as soon as
 * the widget has rendered, not part of the first render. A method from a keyboard-operable radio group; one code field
 * that takes a pasted «123 456»; resend with a visible cooldown; the expired and exhausted states; backup codes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogs } from '../../core/i18n/catalog.js';
import { plural } from '../../core/i18n/format.js';
import { flowPath, type CodeMethod, type IdentityStep } from '../api.js';
import type { LoginMethod } from '../events.js';
import { digitsOnly, errorSummary, field } from '../form.js';
import type { GuLogin, LoginPart, LoginStep } from '../login.js';
import { adoptPartStyles } from './part.styles.js';

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

class StepsPart implements LoginPart {
  private ticker?: ReturnType<typeof setInterval>;
  private seen?: IdentityStep;
  private codeDeadline = 0;
  private resendDeadline = 0;
  /** The code whose «Код отправлен…» was last announced (a re-attachment does not repeat it). */
  private announcedCode?: IdentityStep['code'];

  constructor(private readonly host: GuLogin) {}

  private get m(): typeof ru {
    return catalogs[this.host.currentLocale];
  }

  enter(step: LoginStep): void {
    const flow = this.host.flow;
    // One method only: send the code at once.
    if (step === 'second-factor' && flow?.methods?.length === 1 && !flow.code)
      void this.sendCode(flow, flow.methods[0]!.method);
    // The first «Код отправлен…» is visible text and also said in the polite status (as a resent one is).
    if (step === 'code' && flow?.code && flow.code !== this.announcedCode) {
      this.announcedCode = flow.code;
      void this.host.announce(this.sentText(flow));
    }
    clearInterval(this.ticker);
    this.ticker = step === 'code' ? setInterval(() => this.host.requestUpdate(), 1000) : undefined;
  }

  leave(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  render(step: LoginStep): TemplateResult {
    const flow = this.host.flow;
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
    const step = await this.host.run((signal) =>
      this.host.identity().post(flowPath(flow.flowId, 'code'), { method }, signal),
    );
    if (!step) return;
    this.host.go('code', { ...step, backupCodes: step.backupCodes ?? flow.backupCodes, methods: flow.methods });
  }

  private readonly onChooseMethod = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const method = (new FormData(form).get('method') ?? this.host.flow?.methods?.[0]?.method) as CodeMethod;
    if (this.host.flow) void this.sendCode(this.host.flow, method);
  };

  private readonly onResend = (): void => {
    const flow = this.host.flow;
    if (!flow?.code || this.host.isBusy) return;
    void this.host
      .run((signal) => this.host.identity().post(flowPath(flow.flowId, 'code'), { method: flow.code!.method }, signal))
      .then((step) => {
        if (!step?.code) return;
        this.host.flow = { ...flow, ...step, problem: undefined };
        this.host.codeForm.values = {};
        this.announcedCode = this.host.flow.code;
        void this.host.announce(this.sentText(step));
      });
  };

  private sentText(step: IdentityStep): string {
    const code = step.code!;
    if (code.method === 'totp') return this.m.codeTotp;
    return code.method === 'sms' ? this.m.codeSentSms(code.destination) : this.m.codeSentEmail(code.destination);
  }

  private readonly onCodeInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    const digits = digitsOnly(input.value);
    input.value = digits;
    this.host.codeForm.input('code', digits);
  };

  private readonly onVerify = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.host.isBusy || !this.host.flow) return;
    if (!this.host.engineLoaded) await this.host.ready();
    if (this.host.isBusy) return;
    if (!this.host.codeForm.validateAll()) {
      this.host.focusLater('summary');
      return;
    }
    const flow = this.host.flow;
    const backup = this.host.step === 'backup';
    const body = backup ? { backupCode: this.host.codeForm.value('code') } : { code: this.host.codeForm.value('code') };
    const step = await this.host.run((signal) =>
      this.host.identity().post(flowPath(flow.flowId, 'verify'), body, signal),
    );
    if (!step) return;
    if (step.step === 'done') {
      const method: LoginMethod =
        this.host.flowKind === 'registration'
          ? 'registration'
          : this.host.flowKind === 'recovery'
            ? 'recovery'
            : 'password';
      return this.host.complete(step, method);
    }
    if (step.step === 'password') return this.host.go('password', step);
    this.host.flow = { ...flow, ...step };
    this.host.codeForm.values = {};
    switch (step.problem) {
      case 'wrong-code':
        return this.host.showAlert(this.m.wrongCode(step.code?.attemptsLeft ?? 0));
      case 'code-expired':
        return this.host.showAlert(this.m.codeExpired);
      case 'code-exhausted':
        return this.host.showAlert(this.m.codeExhausted);
      case 'wrong-backup-code':
        return this.host.showAlert(this.m.wrongBackup);
    }
  };

  private renderSecondFactor(): TemplateResult {
    const methods = this.host.flow?.methods ?? [];
    const label = (method: CodeMethod, to: string) =>
      method === 'sms' ? this.m.methodSms(to) : method === 'email' ? this.m.methodEmail(to) : this.m.methodTotp;
    return html`${this.host.heading(this.m.secondFactorHeading)}
      <form novalidate @submit=${this.onChooseMethod}>
        <fieldset>
          <legend>${this.m.methodLegend}</legend>
          ${methods.map(
            (item, index) =>
              html`<label class="gu-login__radio">
                <input type="radio" name="method" value=${item.method} ?checked=${index === 0} />
                <span>${label(item.method, item.destination)}</span>
              </label>`,
          )}
        </fieldset>
        <div class="gu-login__actions">
          ${this.host.submitButton(this.m.getCode)}
          ${this.host.flow?.backupCodes ? this.host.linkButton(this.m.useBackup, () => this.host.go('backup')) : nothing}
          ${this.host.linkButton(this.host.msg.back, () => this.host.go('sign-in'))}
        </div>
      </form>`;
  }

  private renderCode(): TemplateResult {
    const backup = this.host.step === 'backup';
    const code = this.host.flow?.code;
    const id = `${this.host.uid}-code`;
    // `now` (ticked each second) only re-renders; the clock itself is read here.
    const now = Date.now();
    const expired = !backup && code !== undefined && (code.state !== 'active' || now >= this.codeDeadline);
    const resendLeft = this.resendDeadline - now;
    const canResend = !backup && code !== undefined && code.method !== 'totp';
    return html`${this.host.heading(backup ? this.m.backupHeading : this.m.codeHeading)}
      <form novalidate @submit=${this.onVerify}>
        ${errorSummary(this.host.codeForm.summary, this.host.msg.summaryTitle, `${this.host.uid}-code-form`, this.host.onSummaryLink)}
        ${
          !backup && code
            ? html`<p>${this.sentText({ ...this.host.flow!, code })}</p>
                ${
                  expired
                    ? html`<p class="gu-login__note">
                        ${code.state === 'exhausted' ? this.m.codeExhausted : this.m.codeExpired}
                      </p>`
                    : html`<p>${this.m.codeValidUntil(this.host.time(new Date(this.codeDeadline)))}</p>`
                }`
            : nothing
        }
        ${field({
          id,
          name: backup ? 'backup-code' : 'one-time-code',
          label: backup ? this.m.backupLabel : this.m.codeLabel,
          hint: backup ? this.m.backupHint : this.m.codeHint(code?.length ?? 6),
          value: this.host.codeForm.value('code'),
          error: this.host.codeForm.errors['code'],
          autocomplete: 'one-time-code',
          inputmode: 'numeric',
          spellcheck: false,
          errorPrefix: this.host.msg.errorPrefix,
          onInput: this.onCodeInput,
          onBlur: () => this.host.codeForm.blur('code'),
        })}
        <div class="gu-login__actions">
          ${this.host.submitButton(this.m.confirm)}
          ${
            canResend
              ? resendLeft > 0
                ? html`<p>${this.m.resendIn(this.countdown(resendLeft))}</p>`
                : this.host.linkButton(this.m.resend, this.onResend)
              : nothing
          }
        </div>
        <div class="gu-login__actions">
          ${
            this.host.flowKind === 'sign-in' && !backup && this.host.flow?.backupCodes
              ? this.host.linkButton(this.m.useBackup, () => this.host.go('backup'))
              : nothing
          }
          ${
            this.host.flowKind === 'sign-in' && (this.host.flow?.methods?.length ?? 0) > 1
              ? this.host.linkButton(this.m.otherMethod, () => this.host.go('second-factor'))
              : nothing
          }
          ${this.host.flowKind === 'recovery' && !backup ? this.host.linkButton(this.m.noAccess, () => this.host.go('questions')) : nothing}
          ${this.host.linkButton(this.host.msg.back, () => this.host.go('sign-in'))}
        </div>
      </form>`;
  }

  private renderDone(): TemplateResult {
    const session = this.host.sessionValue;
    const simplified = session?.level === 'simplified' || this.host.flow?.level === 'simplified';
    return html`<div class="gu-login__step">
      ${this.host.heading(this.m.signedInHeading)}
      ${session?.citizen ? html`<p>${this.m.signedInAs(session.citizen.name)}</p>` : nothing}
      ${
        this.host.lastMethod === 'recovery'
          ? html`<p class="gu-login__note">
              ${this.m.recoveredNote} ${this.host.lastEndedOtherSessions ? this.m.otherSessionsEnded : nothing}
            </p>`
          : nothing
      }
      ${
        simplified
          ? html`<p class="gu-login__note">${this.m.verifyPrompt}</p>
              ${this.host.verifyHref ? html`<p><a href=${safeHref(this.host.verifyHref)}>${this.m.verifyLink}</a></p>` : nothing}`
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

/** The second-factor, code and result part of a <gu-login>. */
export function createPart(host: GuLogin): LoginPart {
  adoptPartStyles(host);
  return new StepsPart(host);
}
