/**
 * The sign-in step of <gu-login> (the first render): one identifier field for phone, e-mail, SNILS, INN or a login
 * (detected and masked), the password with show/hide, «Чужой компьютер», and the other ways in.
 */
import { html, type TemplateResult } from 'lit';
import { focusField, linkButton, stepHeading, submitButton } from './controls.js';
import { FormState, errorSummary, field, limitMessage } from './form.js';
import type { IdentifierKind } from './identifier.js';
import { IDENTITY_LIMITS } from './limits.js';
import type { LoginWidget } from './widget.js';

export class SignInStep {
  /** The sign-in form. */
  readonly form: FormState;
  private passwordVisible = false;

  constructor(private readonly widget: LoginWidget) {
    const msg = () => widget.msg();
    this.form = new FormState(
      widget.host,
      {
        login: (): string | undefined => this.identifierError(this.form.value('login')),
        password: (): string | undefined => (this.form.value('password') === '' ? msg().passwordRequired : undefined),
      },
      (name) => `${widget.uid}-${name}`,
      {
        labelOf: (name) =>
          name === 'login' ? msg().identifierLabel : name === 'password' ? msg().passwordLabel : undefined,
        limits: {
          login: () => limitMessage(msg(), msg().identifierLabel, this.form.value('login'), IDENTITY_LIMITS.login),
          password: () =>
            limitMessage(msg(), msg().passwordLabel, this.form.value('password'), IDENTITY_LIMITS.password),
        },
      },
    );
  }

  private identifierError(value: string): string | undefined {
    const engine = this.widget.engine();
    if (!engine) return undefined;
    const msg = this.widget.msg();
    const detected = engine.detectIdentifier(value);
    if (detected.ok) return undefined;
    if (detected.reason === 'required') return msg.identifierRequired;
    if (!detected.kind) return msg.identifierInvalid;
    return engine.validationMessage(
      engine.coreMessages[this.widget.locale()],
      detected.kind === 'login' ? 'email' : detected.kind,
      detected.reason,
    );
  }

  private kindLabel(kind: IdentifierKind): string {
    const msg = this.widget.msg();
    const labels: Record<IdentifierKind, string> = {
      phone: msg.kindPhone,
      email: msg.kindEmail,
      snils: msg.kindSnils,
      inn: msg.kindInn,
      passport: msg.kindPassport,
      login: msg.kindLogin,
    };
    return labels[kind];
  }

  private readonly onLoginInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    let value = input.value;
    // A pasted identifier gets its mask at once; typing is formatted when the field is left.
    const engine = this.widget.engine();
    if (event.inputType === 'insertFromPaste' && engine) {
      const detected = engine.detectIdentifier(value);
      if (detected.ok && detected.kind !== 'login' && detected.kind !== 'email') value = detected.display;
    }
    this.form.input('login', value);
  };

  private readonly onLoginBlur = (): void => {
    const detected = this.widget.engine()?.detectIdentifier(this.form.value('login'));
    if (detected?.ok && detected.kind !== 'login' && detected.kind !== 'email')
      this.form.values['login'] = detected.display;
    this.form.blur('login');
  };

  private readonly togglePassword = (): void => {
    this.passwordVisible = !this.passwordVisible;
    this.widget.host.requestUpdate();
    const msg = this.widget.msg();
    this.widget.announce(this.passwordVisible ? msg.passwordShown : msg.passwordHidden);
  };

  private readonly onSignIn = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { calls } = this.widget;
    if (calls.busy) return;
    // Synchronous when the engine is there (it loads right after the first render), so a second submit sees `busy`.
    const engine = this.widget.engine() ?? (await this.widget.ready());
    if (calls.busy) return;
    if (!this.form.validateAll()) {
      this.widget.focusLater('summary');
      return;
    }
    const form = event.target as HTMLFormElement;
    const detected = engine.detectIdentifier(this.form.value('login'));
    const login = detected.ok ? detected.value : this.form.value('login');
    const foreign = (form.elements.namedItem('foreign') as HTMLInputElement | null)?.checked ?? false;
    const step = await calls.run(
      async (signal) =>
        this.widget.api().post(
          'sign-in',
          {
            authorization: await this.widget.authorization(),
            login,
            password: this.form.value('password'),
            foreignComputer: foreign,
          },
          signal,
        ),
      this.form,
      ['login', 'password'],
    );
    if (!step) return;
    if (step.step === 'done') return this.widget.complete(step, 'password');
    this.widget.go('second-factor', step, 'sign-in');
  };

  render(): TemplateResult {
    const { uid, calls } = this.widget;
    const msg = this.widget.msg();
    const form = this.form;
    const detected = this.widget.engine()?.detectIdentifier(form.value('login'));
    const id = (name: string) => `${uid}-${name}`;
    const secondary = 'gu-login__button gu-login__button--secondary';
    return html`${stepHeading(uid, this.widget.headingLevel(), msg.heading)}
      <form class="gu-login__form" novalidate @submit=${this.onSignIn} aria-labelledby="${uid}-heading">
        ${errorSummary(form.summary, msg.summaryTitle, `${uid}-signin`, (event, target) =>
          focusField(this.widget.host, event, target),
        )}
        ${field({
          id: id('login'),
          name: 'username',
          label: msg.identifierLabel,
          hint: msg.identifierHint,
          status: detected?.ok ? msg.detected(this.kindLabel(detected.kind)) : undefined,
          value: form.value('login'),
          error: form.errors['login'],
          autocomplete: 'username',
          spellcheck: false,
          errorPrefix: msg.errorPrefix,
          onInput: this.onLoginInput,
          onBlur: this.onLoginBlur,
        })}
        ${field({
          id: id('password'),
          name: 'password',
          label: msg.passwordLabel,
          type: this.passwordVisible ? 'text' : 'password',
          value: form.value('password'),
          error: form.errors['password'],
          autocomplete: 'current-password',
          spellcheck: false,
          errorPrefix: msg.errorPrefix,
          onInput: (event) => form.input('password', (event.target as HTMLInputElement).value),
          onBlur: () => form.blur('password'),
          after: html`<button
            class=${secondary}
            type="button"
            aria-controls=${id('password')}
            @click=${this.togglePassword}
          >
            ${this.passwordVisible ? msg.hidePassword : msg.showPassword}
          </button>`,
        })}
        <div class="gu-login__field">
          <label class="gu-login__check">
            <input type="checkbox" name="foreign" aria-describedby="${id('foreign')}-hint" />
            <span>${msg.foreignComputer}</span>
          </label>
          <p class="gu-login__hint" id="${id('foreign')}-hint">${msg.foreignComputerHint}</p>
        </div>
        <div class="gu-login__actions">
          ${submitButton(msg.submit, calls.busy, msg.busy)}
          ${linkButton(msg.forgot, () => this.widget.go('recover', undefined, 'recovery'))}
        </div>
      </form>
      <p>${msg.noAccount} ${linkButton(msg.register, () => this.widget.go('register', undefined, 'registration'))}</p>
      <section aria-labelledby="${id('ways')}">
        <h3 id="${id('ways')}">${msg.otherWays}</h3>
        <ul class="gu-login__ways">
          <li>
            <button class=${secondary} type="button" @click=${() => void this.widget.signInWithSession()}>
              ${msg.wayEsia}
            </button>
          </li>
          ${(
            [
              ['signature', msg.waySignature],
              ['bank', msg.wayBank],
              ['passkey', msg.wayPasskey],
              ['qr', msg.wayQr],
            ] as const
          ).map(
            ([step, label]) =>
              html`<li>
                <button class=${secondary} type="button" @click=${() => this.widget.go(step)}>${label}</button>
              </li>`,
          )}
        </ul>
      </section>`;
  }
}
