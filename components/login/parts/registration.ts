/**
 * Registration of a simplified account (seeds 001, 003; loaded on demand): surname, name, patronymic (optional),
 * a phone or an e-mail, consent → a code to the contact (the core code step) → a password (new-password part).
 */
import { html, type TemplateResult } from 'lit';
import { validationMessage, type Catalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { validateEmail, validatePhone, formatPhone } from '../../core/validation/index.js';
import { FormState, limitMessage } from '../form.js';
import { IDENTITY_LIMITS, NAME } from '../limits.js';
import { LoginPart } from './part.js';

const ru = {
  heading: 'Регистрация',
  intro: 'Создайте упрощённую учётную запись. Подтвердить личность можно будет после регистрации.',
  surname: 'Фамилия',
  name: 'Имя',
  patronymic: 'Отчество (если есть)',
  nameHint: 'Как в паспорте, без сокращений',
  contact: 'Мобильный телефон или электронная почта',
  contactHint: 'Пришлём код подтверждения; телефон — в формате +7 (900) 123-45-67',
  consent: 'Я согласен(на) с условиями использования и обработкой персональных данных',
  consentRequired: 'Подтвердите согласие с условиями',
  nameLetters: 'Используйте буквы, пробел, дефис или апостроф',
  surnameRequired: 'Введите фамилию',
  nameRequired: 'Введите имя',
  contactRequired: 'Введите мобильный телефон или электронную почту',
  submit: 'Продолжить',
  haveAccount: 'Уже есть учётная запись? Войти',
};
const en: typeof ru = {
  heading: 'Registration',
  intro: 'Create a simplified account. You can confirm your identity after registration.',
  surname: 'Surname',
  name: 'First name',
  patronymic: 'Patronymic (if any)',
  nameHint: 'As in the passport, no abbreviations',
  contact: 'Mobile phone or e-mail',
  contactHint: 'We will send a confirmation code; phone as +7 (900) 123-45-67',
  consent: 'I agree to the terms of use and the processing of my personal data',
  consentRequired: 'Confirm that you agree to the terms',
  nameLetters: 'Use letters, spaces, hyphens or apostrophes',
  surnameRequired: 'Enter your surname',
  nameRequired: 'Enter your first name',
  contactRequired: 'Enter a mobile phone or an e-mail',
  submit: 'Continue',
  haveAccount: 'Already have an account? Sign in',
};
const catalogs: Catalogs<typeof ru> = { ru, en };
type TextField = 'surname' | 'name' | 'patronymic' | 'contact';
const TEXT_FIELDS: readonly TextField[] = ['surname', 'name', 'patronymic', 'contact'];

/** Registration of a simplified account in a <gu-login>. */
export class GuLoginRegistration extends LoginPart<typeof ru> {
  protected readonly i18n = new LocaleController(this, catalogs);
  private readonly form: FormState;
  private consent = false;

  constructor() {
    super();
    const name =
      (key: string, optional = false) =>
      (): string | undefined => {
        const value = this.form.value(key).trim();
        if (value === '')
          return optional ? undefined : key === 'surname' ? this.msg.surnameRequired : this.msg.nameRequired;
        return NAME.test(value) ? undefined : this.msg.nameLetters;
      };
    this.form = new FormState(
      this,
      {
        surname: name('surname'),
        name: name('name'),
        patronymic: name('patronymic', true),
        contact: () => this.contactError(),
        consent: () => (this.consent ? undefined : this.msg.consentRequired),
      },
      (key) => `${this.ctx.uid}-reg-${key}`,
      {
        labelOf: (key) => (TEXT_FIELDS.includes(key as TextField) ? this.msg[key as TextField] : undefined),
        limits: Object.fromEntries(
          TEXT_FIELDS.map((key) => [
            key,
            () =>
              limitMessage(
                this.ctx.msg,
                this.msg[key],
                this.form.value(key),
                key === 'contact' ? IDENTITY_LIMITS.contact : IDENTITY_LIMITS.name,
              ),
          ]),
        ),
      },
    );
  }

  private contactError(): string | undefined {
    const value = this.form.value('contact').trim();
    if (value === '') return this.msg.contactRequired;
    if (value.includes('@')) {
      const email = validateEmail(value);
      return email.ok ? undefined : validationMessage(this.ctx.text.core, 'email', email.reason);
    }
    const phone = validatePhone(value);
    return phone.ok ? undefined : validationMessage(this.ctx.text.core, 'phone', phone.reason);
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.ctx.calls.busy) return;
    if (!this.form.validateAll()) return this.focusLater('summary');
    const contactInput = this.form.value('contact').trim();
    const phone = validatePhone(contactInput);
    const contact = contactInput.includes('@') || !phone.ok ? contactInput : phone.value;
    const step = await this.ctx.calls.run(
      async (signal) =>
        this.ctx.api.post(
          'registration',
          {
            authorization: await this.ctx.authorization(),
            surname: this.form.value('surname').trim(),
            name: this.form.value('name').trim(),
            patronymic: this.form.value('patronymic').trim() || undefined,
            contact,
            consent: this.consent,
            passwordPolicy: this.ctx.settings.passwordPolicy,
          },
          signal,
        ),
      this.form,
      ['surname', 'name', 'patronymic', 'contact', 'consent'],
    );
    if (!step) return;
    this.identified(
      contact,
      ['surname', 'name', 'patronymic'].map((key) => this.form.value(key).trim()).concat(contact),
    );
    this.go('code', step, 'registration');
  };

  protected renderStep(): TemplateResult {
    const id = (key: string) => `${this.ctx.uid}-reg-${key}`;
    const text = (key: 'surname' | 'name' | 'patronymic', autocomplete: string, hint?: string) =>
      this.field({
        id: id(key),
        name: key,
        label: this.msg[key],
        hint,
        required: key !== 'patronymic',
        value: this.form.value(key),
        error: this.form.errors[key],
        autocomplete,
        onInput: (event) => this.form.input(key, (event.target as HTMLInputElement).value),
        onBlur: () => this.form.blur(key),
      });
    return html`${this.heading(this.msg.heading)}
      <form novalidate @submit=${this.onSubmit}>
        ${this.errorSummary(this.form.summary, id('summary'))}
        <p>${this.msg.intro}</p>
        ${text('surname', 'family-name', this.msg.nameHint)} ${text('name', 'given-name')}
        ${text('patronymic', 'additional-name')}
        ${this.field({
          id: id('contact'),
          name: 'username',
          label: this.msg.contact,
          hint: this.msg.contactHint,
          value: this.form.value('contact'),
          error: this.form.errors['contact'],
          autocomplete: 'username',
          spellcheck: false,
          onInput: (event) => this.form.input('contact', (event.target as HTMLInputElement).value),
          onBlur: () => {
            const phone = validatePhone(this.form.value('contact'));
            if (!this.form.value('contact').includes('@') && phone.ok)
              this.form.values['contact'] = formatPhone(phone.value);
            this.form.blur('contact');
          },
        })}
        <div class="gu-login__field">
          <p
            class=${this.form.errors['consent'] ? 'gu-login__error gu-login__error--shown' : 'gu-login__error'}
            id="${id('consent')}-error"
            aria-live="polite"
          >
            ${
              this.form.errors['consent']
                ? html`<span class="gu-login__sr">${this.ctx.msg.errorPrefix}</span>${this.form.errors['consent']}`
                : ''
            }
          </p>
          <label class="gu-login__check">
            <input
              type="checkbox"
              id=${id('consent')}
              name="consent"
              required
              .checked=${this.consent}
              aria-invalid=${this.form.errors['consent'] ? 'true' : 'false'}
              aria-describedby="${id('consent')}-error"
              @change=${(event: Event) => {
                this.consent = (event.target as HTMLInputElement).checked;
                this.form.input('consent', this.consent ? 'yes' : '');
              }}
            />
            <span>${this.msg.consent}</span>
          </label>
        </div>
        <div class="gu-login__actions">
          ${this.submitButton(this.msg.submit)} ${this.linkButton(this.msg.haveAccount, () => this.go('sign-in'))}
        </div>
      </form>`;
  }
}

if (!customElements.get('gu-login-registration')) customElements.define('gu-login-registration', GuLoginRegistration);
