import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ApiError } from '../core/api/index.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import type { CoreMessages } from '../core/i18n/index.js';
import { formatTime } from '../core/i18n/format.js';
import { LocaleController } from '../core/i18n/locale-controller.js';
import { SessionConsumer, type Session, type SignInMethod } from '../core/session/session-context.js';
import type { Authorization, IdentityApi, IdentityStep, PasswordPolicy } from './api.js';
import type { LoginMethod } from './events.js';
import { FormState, errorSummary, field, limitMessage } from './form.js';
import { IDENTITY_LIMITS } from './limits.js';
import type { IdentifierKind } from './identifier.js';
import { loginStyles } from './login.styles.js';
import { loginEn } from './locales/en.js';
import { loginRu, type LoginMessages } from './locales/ru.js';

import type * as EngineModule from './engine.js';

type Engine = typeof EngineModule;
let enginePromise: Promise<Engine> | undefined;
/** Loads the engine (API client, validation, core messages) once per page. */
const loadEngine = (): Promise<Engine> => (enginePromise ??= import('./engine.js'));

const messages: Catalogs<LoginMessages> = { ru: loginRu, en: loginEn };

/** Where the widget is. Stories and tests may start in any step with `flow` data (see README «States»). */
export type LoginStep =
  | 'sign-in'
  | 'second-factor'
  | 'code'
  | 'backup'
  | 'register'
  | 'recover'
  | 'questions'
  | 'support'
  | 'password'
  | 'signature'
  | 'bank'
  | 'passkey'
  | 'qr'
  | 'done';

/** Which flow a code or password step belongs to. */
export type FlowKind = 'sign-in' | 'registration' | 'recovery';

/** A lazily loaded part of the widget (registration, recovery, new password, other ways in). */
export interface LoginPart {
  render(step: LoginStep): TemplateResult;
  /** Called when the part's step is entered (e.g. to start polling); optional. */
  enter?(step: LoginStep): void;
  /** Called when the widget leaves the part's step or disconnects. */
  leave?(): void;
}

type PartName = 'steps' | 'registration' | 'recovery' | 'new-password' | 'other-ways';

const PART_OF: Partial<Record<LoginStep, PartName>> = {
  'second-factor': 'steps',
  code: 'steps',
  backup: 'steps',
  done: 'steps',
  register: 'registration',
  recover: 'recovery',
  questions: 'recovery',
  support: 'recovery',
  password: 'new-password',
  signature: 'other-ways',
  bank: 'other-ways',
  passkey: 'other-ways',
  qr: 'other-ways',
};

const loadPart = (name: PartName): Promise<{ createPart(host: GuLogin): LoginPart }> => {
  switch (name) {
    case 'steps':
      return import('./parts/steps.js');
    case 'registration':
      return import('./parts/registration.js');
    case 'recovery':
      return import('./parts/recovery.js');
    case 'new-password':
      return import('./parts/new-password.js');
    case 'other-ways':
      return import('./parts/other-ways.js');
  }
};

let instances = 0;

/** Adopts the widget's stylesheet where its light DOM lives (the document or the enclosing shadow root), once. */
function adoptLoginStyles(root: Node): void {
  const target = root instanceof ShadowRoot ? root : document;
  const sheet = loginStyles.styleSheet;
  if (sheet && !target.adoptedStyleSheets.includes(sheet))
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}

/**
 * @summary Sign in, register a simplified account and recover access — every way into the personal account, ending
 * in a session of the enclosing `<gu-session>` (authorization code + PKCE).
 *
 * Renders into its **light DOM** (the credential `<form>` and inputs stay reachable by password managers and browser
 * autofill); its stylesheet is adopted on the document or the enclosing shadow root, selectors scoped to `gu-login`.
 * Registration, recovery and the other ways in are loaded on demand.
 *
 * @fires {GuLoginSignedInEvent} gu-login-signed-in - The session is established through this widget (`detail.session`, `detail.method`).
 * @fires {GuLoginRegisteredEvent} gu-login-registered - A simplified account was created and signed in (`detail.session`).
 * @fires {GuLoginRecoveredEvent} gu-login-recovered - Access was recovered with a new password (`detail.session`, `detail.endedOtherSessions`).
 * @cssprop --gu-login-width - Maximum width of the widget [32rem].
 * @cssprop --gu-login-control-height - Height of inputs (falls back to `--gu-control-height`).
 * @cssprop --gu-color-primary - Buttons and links.
 * @cssprop --gu-color-error - Errors, the alert and the summary.
 */
export class GuLogin extends LitElement {
  static override properties = {
    apiBase: { attribute: 'api-base' },
    passwordPolicy: { attribute: 'password-policy' },
    signInMethod: { attribute: 'sign-in-method' },
    verifyHref: { attribute: 'verify-href' },
    supportPhone: { attribute: 'support-phone' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    locale: { reflect: true },
    step: { reflect: true },
    flow: { attribute: false },
    flowKind: { attribute: 'flow-kind' },
    busy: { state: true },
    alert: { state: true },
    status: { state: true },
    now: { state: true },
    passwordVisible: { state: true },
  };

  private readonly i18n = new LocaleController(this, messages);
  private readonly session = new SessionConsumer(this, (session) => {
    // The session ended after signing in here: back to an empty form — no «Вы вошли», no login typed by the citizen.
    if (this.step === 'done' && session.status !== 'signed-in' && session.status !== 'expiring') {
      [this.signInForm.values, this.flow, this.step] = [{}, undefined, 'sign-in'];
    }
  });
  /** A unique prefix for the ids of this instance's light-DOM elements. */
  readonly uid = `gu-login-${(instances += 1)}`;

  /** API base URL; the identity API is `<api-base>/identity`. Defaults to the session's `apiBase`. */
  declare apiBase: string;
  /** New-password rules: `default` (seeds: ≥ 8, upper and lower case, digit, special) or `nist` (NIST SP 800-63B). */
  declare passwordPolicy: PasswordPolicy;
  /** How «Войти через Госуслуги» signs in: `redirect` or `popup`; default: the session's `sign-in-method`. */
  declare signInMethod: SignInMethod | '';
  /** Where «Подтвердить учётную запись» leads after registration (the portal's verification page). */
  declare verifyHref: string;
  /** The support phone shown as the last resort of recovery [8 800 100-70-10]. */
  declare supportPhone: string;
  /** Level of the step headings (2–6) [2]. */
  declare headingLevel: number;
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  declare locale: string | undefined;
  /** The current step; set it (with `flow`) to start mid-flow — stories and tests do. */
  declare step: LoginStep;
  /** The server's last answer for the current flow (an IdentityStep of the contract). */
  declare flow: IdentityStep | undefined;
  /** Which flow a `code` or `password` step belongs to. */
  declare flowKind: FlowKind;
  declare private busy: boolean;
  declare private alert: string;
  declare private status: string;
  declare private now: number;
  declare private passwordVisible: boolean;

  private engine?: Engine;
  private client?: IdentityApi;
  private clientBase = '';
  /** Aborts what is in flight when the element is removed; renewed when it is attached again. */
  private abort = new AbortController();
  private readonly parts = new Map<PartName, LoginPart>();
  private readonly loading = new Set<PartName>();
  private focusAfterRender: 'heading' | 'summary' | string | undefined;
  private lastPartStep?: LoginStep;
  /** @internal How the last sign-in through this widget went (for the result step). */
  lastMethod: LoginMethod = 'password';
  /** @internal Whether the last recovery ended the other sessions. */
  lastEndedOtherSessions = false;
  /** @internal What the citizen typed in this flow (name, contact, identifier): the strength meter's user inputs. */
  contextWords: string[] = [];

  /** The sign-in form. */
  readonly signInForm: FormState = new FormState(
    this,
    {
      login: (): string | undefined => this.identifierError(this.signInForm.value('login')),
      password: (): string | undefined =>
        this.signInForm.value('password') === '' ? this.msg.passwordRequired : undefined,
    },
    (name) => `${this.uid}-${name}`,
    {
      labelOf: (name) =>
        name === 'login' ? this.msg.identifierLabel : name === 'password' ? this.msg.passwordLabel : undefined,
      limits: {
        login: () =>
          limitMessage(this.msg, this.msg.identifierLabel, this.signInForm.value('login'), IDENTITY_LIMITS.login),
        password: () =>
          limitMessage(this.msg, this.msg.passwordLabel, this.signInForm.value('password'), IDENTITY_LIMITS.password),
      },
    },
  );

  /** The code form (one-time or backup code). */
  readonly codeForm: FormState = new FormState(
    this,
    {
      code: (): string | undefined => {
        const code: string = this.codeForm.value('code');
        const length = this.flow?.code?.length ?? 6;
        if (this.step === 'backup')
          return code.length === 8 ? undefined : code ? this.msg.backupLength : this.msg.backupRequired;
        if (code === '') return this.msg.codeRequired;
        return code.length === length ? undefined : this.core.codeLength(length);
      },
    },
    (name) => `${this.uid}-${name}`,
  );

  constructor() {
    super();
    this.apiBase = '';
    this.passwordPolicy = 'default';
    this.signInMethod = '';
    this.verifyHref = '';
    this.supportPhone = '8 800 100-70-10';
    this.headingLevel = 2;
    this.step = 'sign-in';
    this.flow = undefined;
    this.flowKind = 'sign-in';
    this.busy = false;
    this.alert = '';
    this.status = '';
    this.now = Date.now();
    this.passwordVisible = false;
  }

  /** Light DOM: the form and inputs must be visible to password managers and autofill (DESIGN §4). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** @internal Whether the engine is loaded. */
  get engineLoaded(): boolean {
    return this.engine !== undefined;
  }

  /** @internal Loads the engine (right after the first render, or on demand). */
  async ready(): Promise<Engine> {
    this.engine ??= await loadEngine();
    return this.engine;
  }

  protected override firstUpdated(): void {
    void this.ready().then(() => this.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLoginStyles(this.getRootNode());
    // Moved or re-attached (portals and frameworks move elements): a new controller for the calls from now on, and
    // the current step's part resumes what it stopped on removal (e.g. the QR poll).
    if (this.abort.signal.aborted) {
      this.abort = new AbortController();
      const name = PART_OF[this.step];
      if (name) this.parts.get(name)?.enter?.(this.step);
    }
    // Back from the bank's page (the bank ID round trip): finish that sign-in.
    if (new URL(location.href).searchParams.has('gu_bank_flow')) this.step = 'bank';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort.abort();
    for (const part of this.parts.values()) part.leave?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('step')) {
      const name = PART_OF[this.step];
      if (this.lastPartStep && this.lastPartStep !== this.step) {
        const previous = PART_OF[this.lastPartStep];
        if (previous) this.parts.get(previous)?.leave?.();
      }
      this.lastPartStep = this.step;
      if (name) {
        const part = this.parts.get(name);
        if (part) part.enter?.(this.step);
        else void this.ensurePart(name);
      }
    }
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    if (!target) return;
    const element =
      target === 'heading'
        ? this.querySelector<HTMLElement>(`#${this.uid}-heading`)
        : target === 'summary'
          ? this.querySelector<HTMLElement>('.gu-login__summary')
          : this.querySelector<HTMLElement>(`#${target}`);
    if (element) {
      this.focusAfterRender = undefined;
      element.focus();
    }
  }

  // ——— What parts use ———

  /** @internal The first-render messages. */
  get msg(): LoginMessages {
    return this.i18n.msg;
  }

  /** @internal Core messages (validation); available once the engine is loaded (`ready()`). */
  get core(): CoreMessages {
    return this.engine!.coreMessages[this.i18n.locale];
  }

  /** @internal The current locale. */
  get currentLocale(): 'ru' | 'en' {
    return this.i18n.locale;
  }

  /** @internal Outcome messages (loaded with the engine). */
  get out(): typeof EngineModule.outcomesRu {
    return this.currentLocale === 'ru' ? this.engine!.outcomesRu : this.engine!.outcomesEn;
  }

  /** @internal «через 15 минут, в 14:32» (needs the engine). */
  later(seconds: number): [string, string] {
    const when = this.currentLocale === 'ru' ? this.engine!.inTimeRu(seconds) : this.engine!.inTimeEn(seconds);
    return [when, formatTime(this.i18n.locale, new Date(Date.now() + seconds * 1000))];
  }

  /** @internal Formats a time of day in Moscow time. */
  time(value: Date): string {
    return formatTime(this.i18n.locale, value);
  }

  /** @internal Formats a date. */
  date(value: string): string {
    return this.i18n.date(value);
  }

  /** @internal The identity API client. */
  identity(): IdentityApi {
    const base = this.apiBase || this.session.value?.apiBase || '/api';
    if (!this.client || this.clientBase !== base) {
      this.clientBase = base;
      this.client = this.engine!.createIdentityApi(base, () => this.i18n.locale);
    }
    return this.client;
  }

  /** @internal The session snapshot (undefined without a <gu-session>). */
  get sessionValue(): Session | undefined {
    return this.session.value;
  }

  /** @internal A fresh authorization request of the session (state, nonce, PKCE). */
  async authorization(): Promise<Authorization> {
    const session = this.session.value;
    if (!session) throw new Error('no-session');
    return (await this.ready()).toAuthorization(await session.createAuthorizationRequest());
  }

  /** @internal Goes to a step; focus moves to its heading after render. */
  go(step: LoginStep, flow?: IdentityStep, kind?: FlowKind): void {
    this.alert = '';
    if (flow !== undefined) this.flow = flow;
    if (kind) this.flowKind = kind;
    this.codeForm.values = {};
    this.codeForm.errors = {};
    this.codeForm.summary = [];
    this.step = step;
    this.focusAfterRender = 'heading';
  }

  /** @internal Moves focus to an element of this widget after the next render. */
  focusLater(target: 'heading' | 'summary' | string): void {
    this.focusAfterRender = target;
    this.requestUpdate();
  }

  /** @internal Shows a message in the alert region (which exists before it), so it is announced — also a repeat. */
  async showAlert(message: string): Promise<void> {
    this.alert = '';
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this.alert = message;
  }

  /** @internal A polite status message (visually hidden). */
  async announce(message: string): Promise<void> {
    this.status = '';
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this.status = message;
  }

  /** @internal Whether a request is in flight (a second submit is ignored). */
  get isBusy(): boolean {
    return this.busy;
  }

  /**
   * @internal Runs one server call: one at a time (a double-clicked submit sends one request), failures shown in
   * the alert (or next to fields), typed values kept. Resolves the result or undefined when it failed.
   */
  async run<T>(
    task: (signal: AbortSignal) => Promise<T>,
    form?: FormState,
    fields: readonly string[] = [],
  ): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.alert = '';
    try {
      return await task(this.abort.signal);
    } catch (error) {
      await this.fail(error, form, fields);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private async fail(error: unknown, form: FormState | undefined, fields: readonly string[]): Promise<void> {
    await this.ready();
    if (error instanceof Error && error.message === 'no-session') {
      console.warn('<gu-login> needs an enclosing <gu-session> to sign in (see components/login/README.md).');
      return this.showAlert(this.out.noSession);
    }
    if (!this.engine?.isApiError(error)) return this.showAlert(this.out.sessionFailed);
    const apiError = error as ApiError;
    if (apiError.kind === 'aborted') return;
    if (apiError.kind === 'validation' && form && form.serverErrors(apiError.fields, fields)) {
      this.focusLater('summary');
      return;
    }
    return this.showAlert(this.problemText(apiError));
  }

  /** @internal The text for a failed call: by code, else by kind; a server message only as text. */
  problemText(error: ApiError): string {
    return this.engine!.problemText(error, this.out, (seconds) => this.later(seconds));
  }

  /** @internal Finishes a flow: the session exchanges the code; then the done state and the events. */
  async complete(step: IdentityStep, method: LoginMethod, endedOtherSessions = false): Promise<void> {
    await this.ready();
    const session = this.session.value;
    if (!session || !step.redirectTo) return this.showAlert(this.out.sessionFailed);
    try {
      await session.acceptAuthorizationResponse(step.redirectTo);
    } catch {
      return this.showAlert(this.out.sessionFailed);
    }
    this.lastMethod = method;
    this.lastEndedOtherSessions = endedOtherSessions;
    this.signInForm.values = { login: this.signInForm.value('login') };
    this.go('done', step);
    await this.updateComplete;
    const current = this.session.value ?? session;
    this.dispatchEvent(new this.engine!.GuLoginSignedInEvent({ session: current, method }));
    if (method === 'registration') this.dispatchEvent(new this.engine!.GuLoginRegisteredEvent({ session: current }));
    if (method === 'recovery')
      this.dispatchEvent(new this.engine!.GuLoginRecoveredEvent({ session: current, endedOtherSessions }));
  }

  /** @internal Renders a step heading (focus target of every step change) at `heading-level`. */
  heading(text: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.floor(this.headingLevel) || 2));
    return html`<div
      class="gu-login__heading"
      role="heading"
      aria-level=${level}
      id="${this.uid}-heading"
      tabindex="-1"
    >
      ${text}
    </div>`;
  }

  /** @internal The submit button: stays focusable while busy (aria-disabled), its name says it is sending. */
  submitButton(label: string, secondary = false): TemplateResult {
    return html`<button
      class="gu-login__button ${secondary ? 'gu-login__button--secondary' : ''}"
      type="submit"
      aria-disabled=${this.busy ? 'true' : 'false'}
      aria-busy=${this.busy ? 'true' : 'false'}
    >
      ${label}${this.busy ? html`<span class="gu-login__sr"> ${this.msg.busy}</span>` : nothing}
    </button>`;
  }

  /** @internal A link-like button. */
  linkButton(label: string, onClick: () => void, disabled = false): TemplateResult {
    return html`<button class="gu-login__link" type="button" ?disabled=${disabled} @click=${onClick}>${label}</button>`;
  }

  /** @internal Summary links move focus into the field. */
  readonly onSummaryLink = (event: Event, id: string): void => {
    event.preventDefault();
    const input = this.querySelector<HTMLElement>(`#${id}`);
    input?.focus();
    input?.scrollIntoView?.({ block: 'center' });
  };

  // ——— Sign-in ———

  private identifierError(value: string): string | undefined {
    if (!this.engine) return undefined;
    const detected = this.engine.detectIdentifier(value);
    if (detected.ok) return undefined;
    if (detected.reason === 'required') return this.msg.identifierRequired;
    if (!detected.kind) return this.msg.identifierInvalid;
    return this.engine.validationMessage(
      this.core,
      detected.kind === 'login' ? 'email' : detected.kind,
      detected.reason,
    );
  }

  private kindLabel(kind: IdentifierKind): string {
    const labels: Record<IdentifierKind, string> = {
      phone: this.msg.kindPhone,
      email: this.msg.kindEmail,
      snils: this.msg.kindSnils,
      inn: this.msg.kindInn,
      passport: this.msg.kindPassport,
      login: this.msg.kindLogin,
    };
    return labels[kind];
  }

  private readonly onLoginInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    let value = input.value;
    // A pasted identifier gets its mask at once; typing is formatted when the field is left.
    if (event.inputType === 'insertFromPaste' && this.engine) {
      const detected = this.engine.detectIdentifier(value);
      if (detected.ok && detected.kind !== 'login' && detected.kind !== 'email') value = detected.display;
    }
    this.signInForm.input('login', value);
  };

  private readonly onLoginBlur = (): void => {
    const detected = this.engine?.detectIdentifier(this.signInForm.value('login'));
    if (detected?.ok && detected.kind !== 'login' && detected.kind !== 'email')
      this.signInForm.values['login'] = detected.display;
    this.signInForm.blur('login');
  };

  private readonly togglePassword = (): void => {
    this.passwordVisible = !this.passwordVisible;
    void this.announce(this.passwordVisible ? this.msg.passwordShown : this.msg.passwordHidden);
  };

  private readonly onSignIn = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    // Synchronous when the engine is there (it loads right after the first render), so a second submit sees `busy`.
    const engine = this.engine ?? (await this.ready());
    if (this.busy) return;
    if (!this.signInForm.validateAll()) {
      this.focusLater('summary');
      return;
    }
    const form = event.target as HTMLFormElement;
    const detected = engine.detectIdentifier(this.signInForm.value('login'));
    const login = detected.ok ? detected.value : this.signInForm.value('login');
    const foreign = (form.elements.namedItem('foreign') as HTMLInputElement | null)?.checked ?? false;
    const step = await this.run(
      async (signal) =>
        this.identity().post(
          'sign-in',
          {
            authorization: await this.authorization(),
            login,
            password: this.signInForm.value('password'),
            foreignComputer: foreign,
          },
          signal,
        ),
      this.signInForm,
      ['login', 'password'],
    );
    if (!step) return;
    if (step.step === 'done') return this.complete(step, 'password');
    this.flowKind = 'sign-in';
    this.go('second-factor', step, 'sign-in');
  };

  // ——— Other ways ———

  private async ensurePart(name: PartName): Promise<void> {
    if (this.parts.has(name) || this.loading.has(name)) return;
    this.loading.add(name);
    try {
      await this.ready();
      const module = await loadPart(name);
      const part = module.createPart(this);
      this.parts.set(name, part);
      if (PART_OF[this.step] === name) part.enter?.(this.step);
    } finally {
      this.loading.delete(name);
      this.requestUpdate();
    }
  }

  private readonly onEsia = async (): Promise<void> => {
    await this.ready();
    const session = this.session.value;
    if (!session) return void this.fail(new Error('no-session'), undefined, []);
    try {
      await session.signIn(this.signInMethod || undefined);
      if (this.session.value?.status === 'signed-in') await this.completeEsia();
    } catch {
      // The session shows its own error state (popup blocked, closed …); say it here too.
      await this.showAlert(this.out.sessionFailed);
    }
  };

  private async completeEsia(): Promise<void> {
    this.lastMethod = 'esia';
    this.go('done');
    await this.updateComplete;
    this.dispatchEvent(new this.engine!.GuLoginSignedInEvent({ session: this.session.value!, method: 'esia' }));
  }

  // ——— Render ———

  override render(): TemplateResult {
    const partName = PART_OF[this.step];
    const part = partName ? this.parts.get(partName) : undefined;
    let body: TemplateResult;
    switch (this.step) {
      case 'sign-in':
        body = this.renderSignIn();
        break;
      default:
        body = part ? part.render(this.step) : html`<p role="status">${this.msg.loadingPart}</p>`;
    }
    return html`<div class="gu-login__alert" role="alert">
        ${
          this.alert
            ? html`<p class="gu-login__alert-box">
                <span class="gu-login__sr">${this.msg.errorPrefix}</span>${this.alert}
              </p>`
            : nothing
        }
      </div>
      <div class="gu-login__sr" role="status">${this.status}</div>
      ${body}`;
  }

  private renderSignIn(): TemplateResult {
    const form = this.signInForm;
    const detected = this.engine?.detectIdentifier(form.value('login'));
    const id = (name: string) => `${this.uid}-${name}`;
    return html`${this.heading(this.msg.heading)}
      <form class="gu-login__form" novalidate @submit=${this.onSignIn} aria-labelledby="${this.uid}-heading">
        ${errorSummary(form.summary, this.msg.summaryTitle, `${this.uid}-signin`, this.onSummaryLink)}
        ${field({
          id: id('login'),
          name: 'username',
          label: this.msg.identifierLabel,
          hint: this.msg.identifierHint,
          status: detected?.ok ? this.msg.detected(this.kindLabel(detected.kind)) : undefined,
          value: form.value('login'),
          error: form.errors['login'],
          autocomplete: 'username',
          spellcheck: false,
          errorPrefix: this.msg.errorPrefix,
          onInput: this.onLoginInput,
          onBlur: this.onLoginBlur,
        })}
        ${field({
          id: id('password'),
          name: 'password',
          label: this.msg.passwordLabel,
          type: this.passwordVisible ? 'text' : 'password',
          value: form.value('password'),
          error: form.errors['password'],
          autocomplete: 'current-password',
          spellcheck: false,
          errorPrefix: this.msg.errorPrefix,
          onInput: (event) => form.input('password', (event.target as HTMLInputElement).value),
          onBlur: () => form.blur('password'),
          after: html`<button
            class="gu-login__button gu-login__button--secondary"
            type="button"
            aria-controls=${id('password')}
            @click=${this.togglePassword}
          >
            ${this.passwordVisible ? this.msg.hidePassword : this.msg.showPassword}
          </button>`,
        })}
        <div class="gu-login__field">
          <label class="gu-login__check">
            <input type="checkbox" name="foreign" aria-describedby="${id('foreign')}-hint" />
            <span>${this.msg.foreignComputer}</span>
          </label>
          <p class="gu-login__hint" id="${id('foreign')}-hint">${this.msg.foreignComputerHint}</p>
        </div>
        <div class="gu-login__actions">
          ${this.submitButton(this.msg.submit)}
          ${this.linkButton(this.msg.forgot, () => this.go('recover', undefined, 'recovery'))}
        </div>
      </form>
      <p>
        ${this.msg.noAccount}
        ${this.linkButton(this.msg.register, () => this.go('register', undefined, 'registration'))}
      </p>
      <section aria-labelledby="${id('ways')}">
        <h3 id="${id('ways')}">${this.msg.otherWays}</h3>
        <ul class="gu-login__ways">
          <li>
            <button class="gu-login__button gu-login__button--secondary" type="button" @click=${this.onEsia}>
              ${this.msg.wayEsia}
            </button>
          </li>
          ${(
            [
              ['signature', this.msg.waySignature],
              ['bank', this.msg.wayBank],
              ['passkey', this.msg.wayPasskey],
              ['qr', this.msg.wayQr],
            ] as const
          ).map(
            ([step, label]) =>
              html`<li>
                <button
                  class="gu-login__button gu-login__button--secondary"
                  type="button"
                  @click=${() => this.go(step)}
                >
                  ${label}
                </button>
              </li>`,
          )}
        </ul>
      </section>`;
  }
}
