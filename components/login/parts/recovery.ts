/**
 * Access recovery (seeds 000–004; loaded on demand): an identifier (phone, e-mail, SNILS, INN or passport) → a code
 * (the core code step) → a new password; without access to the contacts: security questions (seed 000); last resort:
 * how to reach support.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { validationMessage, type Catalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { flowPath, type IdentityStep } from '../api.js';
import type { LoginStep } from '../context.js';
import { FormState, limitMessage } from '../form.js';
import { IDENTITY_LIMITS } from '../limits.js';
import { detectIdentifier } from '../identifier.js';
import { LoginPart } from './part.js';

const ru = {
  heading: 'Восстановление доступа',
  intro: 'Укажите данные, привязанные к учётной записи. Если она есть, мы пришлём код на телефон или почту.',
  identifier: 'Телефон, почта, СНИЛС, ИНН или паспорт',
  identifierHint: 'Паспорт — серия и номер, 10 цифр, например 45 08 123456',
  identifierInvalid: 'Введите телефон, адрес почты, СНИЛС, ИНН или серию и номер паспорта',
  identifierRequired: 'Введите телефон, почту, СНИЛС, ИНН или паспорт',
  answerRequired: (question: string): string => `Ответьте на вопрос «${question}»`,
  submit: 'Получить код',
  questionsHeading: 'Контрольные вопросы',
  questionsIntro: 'Ответьте на вопросы, которые вы задали в настройках безопасности.',
  answer: 'Ответ',
  check: 'Проверить ответы',
  wrongAnswers: (left: number): string =>
    `Ответы не подходят. Осталось попыток: ${left}. Проверьте раскладку и написание.`,
  forgotAnswers: 'Не помню ответы',
  supportHeading: 'Обратитесь в службу поддержки',
  supportIntro:
    'Если нет доступа к телефону и почте и вы не помните ответы, доступ восстановит служба поддержки. Подготовьте ФИО, ИНН или СНИЛС и скан паспорта — специалисты проверят личность и восстановят доступ в течение 24 часов.',
  supportPhone: 'Телефон (круглосуточно):',
  supportCentre: 'Или обратитесь в МФЦ с паспортом и СНИЛС.',
  back: 'Вернуться ко входу',
};
const en: typeof ru = {
  heading: 'Recover access',
  intro: 'Enter data linked to your account. If there is one, we will send a code to its phone or e-mail.',
  identifier: 'Phone, e-mail, SNILS, INN or passport',
  identifierHint: 'Passport — series and number, 10 digits, for example 45 08 123456',
  identifierInvalid: 'Enter a phone, an e-mail, a SNILS, an INN or a passport series and number',
  identifierRequired: 'Enter your phone, e-mail, SNILS, INN or passport',
  answerRequired: (question: string): string => `Answer the question «${question}»`,
  submit: 'Get a code',
  questionsHeading: 'Security questions',
  questionsIntro: 'Answer the questions you set in your security settings.',
  answer: 'Answer',
  check: 'Check the answers',
  wrongAnswers: (left: number): string =>
    `The answers do not match. Attempts left: ${left}. Check the keyboard layout and spelling.`,
  forgotAnswers: 'I do not remember the answers',
  supportHeading: 'Contact support',
  supportIntro:
    'Without access to your phone and e-mail and without the answers, support restores access. Have your full name, INN or SNILS and a passport scan ready — specialists check your identity and restore access within 24 hours.',
  supportPhone: 'Phone (24/7):',
  supportCentre: 'Or visit a public service centre (MFC) with your passport and SNILS.',
  back: 'Back to sign-in',
};
const catalogs: Catalogs<typeof ru> = { ru, en };

/** Access recovery in a <gu-login>: identifier, security questions, support. */
export class GuLoginRecovery extends LoginPart<typeof ru> {
  protected readonly i18n = new LocaleController(this, catalogs);
  private readonly form: FormState;
  private readonly answers: FormState;
  private questionsFor = '';
  private readonly answerLimit: (id: string) => string | undefined;

  constructor() {
    super();
    this.form = new FormState(
      this,
      { identifier: () => this.identifierError() },
      (key) => `${this.ctx.uid}-rec-${key}`,
      {
        labelOf: (key) => (key === 'identifier' ? this.msg.identifier : undefined),
        limits: {
          identifier: () =>
            limitMessage(this.ctx.msg, this.msg.identifier, this.form.value('identifier'), IDENTITY_LIMITS.identifier),
        },
      },
    );
    // The questions come from the server: each answer's limit is looked up by its question id.
    const answerLimit = (id: string): string | undefined => {
      const question = this.ctx.flow?.questions?.find((item) => item.id === id);
      return limitMessage(
        this.ctx.msg,
        question?.text ?? this.msg.answer,
        this.answers.value(id),
        IDENTITY_LIMITS.answer,
      );
    };
    this.answers = new FormState(this, {}, (key) => `${this.ctx.uid}-ans-${key}`, {
      limits: new Proxy({} as Record<string, () => string | undefined>, {
        get: (_target, key) => (typeof key === 'string' ? () => answerLimit(key) : undefined),
      }),
    });
    this.answerLimit = answerLimit;
  }

  private identifierError(): string | undefined {
    const detected = detectIdentifier(this.form.value('identifier'), true);
    if (detected.ok) return detected.kind === 'login' ? this.msg.identifierInvalid : undefined;
    if (detected.reason === 'required') return this.msg.identifierRequired;
    if (!detected.kind || detected.kind === 'login') return this.msg.identifierInvalid;
    return validationMessage(this.ctx.text.core, detected.kind, detected.reason);
  }

  protected override enter(step: LoginStep): void {
    const flow = this.ctx.flow;
    if (step === 'questions' && flow && !flow.questions && this.questionsFor !== flow.flowId) {
      this.questionsFor = flow.flowId;
      void this.ctx.calls
        .run((signal) => this.ctx.api.post(flowPath(flow.flowId, 'questions'), {}, signal))
        .then((next) => {
          if (next) this.updateFlow({ ...flow, ...next });
        });
    }
  }

  private readonly onStart = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.ctx.calls.busy) return;
    if (!this.form.validateAll()) return this.focusLater('summary');
    const detected = detectIdentifier(this.form.value('identifier'), true);
    const identifier = detected.ok ? detected.value : this.form.value('identifier');
    const step = await this.ctx.calls.run(
      async (signal) =>
        this.ctx.api.post(
          'recovery',
          {
            authorization: await this.ctx.authorization(),
            identifier,
            passwordPolicy: this.ctx.settings.passwordPolicy,
          },
          signal,
        ),
      this.form,
      ['identifier'],
    );
    if (!step) return;
    this.identified(identifier, [identifier, this.form.value('identifier')]);
    this.go('code', step, 'recovery');
  };

  private readonly onAnswers = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const flow = this.ctx.flow;
    if (this.ctx.calls.busy || !flow?.questions) return;
    const answers = flow.questions.map((question) => ({ id: question.id, answer: this.answers.value(question.id) }));
    // Each message names its question (two «Заполните это поле» in a summary say nothing).
    const problems = flow.questions.flatMap((question) => {
      const message =
        this.answers.value(question.id).trim() === ''
          ? this.msg.answerRequired(question.text)
          : this.answerLimit(question.id);
      return message ? [{ question, message }] : [];
    });
    if (problems.length > 0) {
      for (const { question, message } of problems) this.answers.setError(question.id, message);
      this.answers.summary = problems.map(({ question, message }) => ({
        id: `${this.ctx.uid}-ans-${question.id}`,
        message,
      }));
      return this.focusLater('summary');
    }
    this.answers.summary = [];
    const step: IdentityStep | undefined = await this.ctx.calls.run((signal) =>
      this.ctx.api.post(flowPath(flow.flowId, 'questions'), { answers }, signal),
    );
    if (!step) return;
    if (step.step === 'password') return this.go('password', step, 'recovery');
    this.updateFlow({ ...flow, ...step });
    if (step.problem === 'wrong-answers') this.showAlert(this.msg.wrongAnswers(step.attemptsLeft ?? 0));
  };

  protected renderStep(step: LoginStep): TemplateResult {
    if (step === 'questions') return this.renderQuestions();
    if (step === 'support') return this.renderSupport();
    const id = `${this.ctx.uid}-rec-identifier`;
    return html`${this.heading(this.msg.heading)}
      <form novalidate @submit=${this.onStart}>
        ${this.errorSummary(this.form.summary, `${this.ctx.uid}-rec`)}
        <p>${this.msg.intro}</p>
        ${this.field({
          id,
          name: 'username',
          label: this.msg.identifier,
          hint: this.msg.identifierHint,
          value: this.form.value('identifier'),
          error: this.form.errors['identifier'],
          autocomplete: 'username',
          spellcheck: false,
          onInput: (event) => this.form.input('identifier', (event.target as HTMLInputElement).value),
          onBlur: () => this.form.blur('identifier'),
        })}
        <div class="gu-login__actions">
          ${this.submitButton(this.msg.submit)} ${this.linkButton(this.msg.back, () => this.go('sign-in'))}
        </div>
      </form>`;
  }

  private renderQuestions(): TemplateResult {
    const questions = this.ctx.flow?.questions;
    return html`${this.heading(this.msg.questionsHeading)}
      <form novalidate @submit=${this.onAnswers}>
        ${this.errorSummary(this.answers.summary, `${this.ctx.uid}-ans`)}
        <p>${this.msg.questionsIntro}</p>
        ${
          questions
            ? questions.map((question) =>
                this.field({
                  id: `${this.ctx.uid}-ans-${question.id}`,
                  name: `answer-${question.id}`,
                  label: question.text,
                  value: this.answers.value(question.id),
                  error: this.answers.errors[question.id],
                  autocomplete: 'off',
                  onInput: (event) => this.answers.input(question.id, (event.target as HTMLInputElement).value),
                }),
              )
            : html`<p role="status">${this.ctx.msg.loadingPart}</p>`
        }
        <div class="gu-login__actions">
          ${questions ? this.submitButton(this.msg.check) : nothing}
          ${this.linkButton(this.msg.forgotAnswers, () => this.go('support'))}
        </div>
      </form>`;
  }

  private renderSupport(): TemplateResult {
    const tel = this.ctx.settings.supportPhone.replace(/[^\d+]/g, '');
    return html`<div class="gu-login__step">
      ${this.heading(this.msg.supportHeading)}
      <p>${this.msg.supportIntro}</p>
      <p>${this.msg.supportPhone} <a href="tel:${tel}">${this.ctx.settings.supportPhone}</a></p>
      <p>${this.msg.supportCentre}</p>
      <div class="gu-login__actions">${this.linkButton(this.msg.back, () => this.go('sign-in'))}</div>
    </div>`;
  }
}

if (!customElements.get('gu-login-recovery')) customElements.define('gu-login-recovery', GuLoginRecovery);
