import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogs } from '../core/i18n/catalog.js';
import { LocaleController } from '../core/i18n/locale-controller.js';
import { SessionConsumer, type SignInMethod } from '../core/session/session-context.js';
import { adoptStyles } from '../core/ui/light-dom-form.js';
import { LocalizedElement } from '../core/widget/localized-element.js';
import type { Authorization, IdentityApi, IdentityStep, PasswordPolicy } from './api.js';
import { LoginCalls } from './calls.js';
import type { FlowKind, LoginContext, LoginEngine, LoginOutcome, LoginStep } from './context.js';
import { FormState } from './form.js';
import { loginStyles } from './login.styles.js';
import { loginEn } from './locales/en.js';
import { loginRu, type LoginMessages } from './locales/ru.js';
import type {} from './part-events.js';
import { SignInStep } from './sign-in.js';
import { StepParts } from './step-parts.js';
import type { LoginWidget } from './widget.js';

export type { FlowKind, LoginStep } from './context.js';

let enginePromise: Promise<LoginEngine> | undefined;
/** Loads the engine (API client, validation, core messages, events) once per page. */
const loadEngine = (): Promise<LoginEngine> => (enginePromise ??= import('./engine.js'));

const messages: Catalogs<LoginMessages> = { ru: loginRu, en: loginEn };

let instances = 0;

/** What the parts tell the element (part-events.ts). */
type PartEventName =
  'gu-login-go' | 'gu-login-flow' | 'gu-login-say' | 'gu-login-focus' | 'gu-login-identified' | 'gu-login-complete';

/**
 * @summary Sign in, register a simplified account and recover access — every way into the personal account, ending
 * in a session of the enclosing `<gu-session>` (authorization code + PKCE).
 *
 * Renders into its **light DOM** (the credential `<form>` and inputs stay reachable by password managers and browser
 * autofill); its stylesheet is adopted on the document or the enclosing shadow root, selectors scoped to `gu-login`.
 * Registration, recovery and the other ways in are parts loaded on demand (parts/).
 *
 * @fires {GuLoginSignedInEvent} gu-login-signed-in - The session is established through this widget (`detail.session`, `detail.method`).
 * @fires {GuLoginRegisteredEvent} gu-login-registered - A simplified account was created and signed in (`detail.session`).
 * @fires {GuLoginRecoveredEvent} gu-login-recovered - Access was recovered with a new password (`detail.session`, `detail.endedOtherSessions`).
 * @cssprop --gu-login-width - Maximum width of the widget [32rem].
 * @cssprop --gu-login-control-height - Height of inputs (falls back to `--gu-control-height`).
 * @cssprop --gu-color-primary - Buttons and links.
 * @cssprop --gu-color-error - Errors, the alert and the summary.
 */
export class GuLogin extends LocalizedElement<LoginMessages> {
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
    alert: { state: true },
    status: { state: true },
  };

  protected readonly i18n = new LocaleController(this, messages);
  private readonly session = new SessionConsumer(this, (session) => {
    // The session ended after signing in here: back to an empty form — no «Вы вошли», no login typed by the citizen.
    if (this.step === 'done' && session.status !== 'signed-in' && session.status !== 'expiring') {
      [this.signIn.form.values, this.flow, this.step] = [{}, undefined, 'sign-in'];
    }
  });
  /** A unique prefix for the ids of this instance's light-DOM elements. */
  private readonly uid = `gu-login-${(instances += 1)}`;

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
  declare private alert: string;
  declare private status: string;

  private engine?: LoginEngine;
  private client?: IdentityApi;
  private clientBase = '';
  private focusAfterRender: 'heading' | 'summary' | string | undefined;
  /** How the last sign-in through this widget went (for the result step). */
  private outcome: LoginOutcome = { method: 'password', endedOtherSessions: false };
  /** What the citizen typed in this flow (name, contact, identifier): the strength meter's user inputs. */
  private contextWords: string[] = [];

  private readonly calls = new LoginCalls(this, {
    started: () => {
      this.alert = '';
    },
    failed: async (error, form, fields) => (await this.ready()).reportFailure(this.widget, error, form, fields),
  });
  private readonly parts = new StepParts(this, () => this.ready());
  /** What the sign-in step and the end of a flow use of the element (widget.ts). */
  private readonly widget: LoginWidget = {
    host: this,
    uid: this.uid,
    locale: () => this.i18n.locale,
    msg: () => this.msg,
    headingLevel: () => this.headingLevel,
    engine: () => this.engine,
    ready: () => this.ready(),
    calls: this.calls,
    api: () => this.identity(),
    authorization: () => this.authorization(),
    session: () => this.session.value,
    signInMethod: () => this.signInMethod || undefined,
    go: (step, flow, kind) => this.go(step, flow, kind),
    rendered: () => this.rendered(),
    complete: async (step, method, ended) => (await this.ready()).completeFlow(this.widget, step, method, ended),
    signInWithSession: async () => (await this.ready()).signInWithSession(this.widget),
    signInForm: () => this.signIn.form,
    setOutcome: (outcome) => {
      this.outcome = outcome;
    },
    outcome: () => this.outcome,
    showAlert: (message) => this.showAlert(message),
    announce: (message) => void this.announce(message),
    focusLater: (target) => this.focusLater(target),
  };
  private readonly signIn = new SignInStep(this.widget);

  /** The code form (one-time or backup code), rendered by the steps part. */
  private readonly codeForm: FormState = new FormState(
    this,
    {
      code: (): string | undefined => {
        const code: string = this.codeForm.value('code');
        const length = this.flow?.code?.length ?? 6;
        if (this.step === 'backup')
          return code.length === 8 ? undefined : code ? this.msg.backupLength : this.msg.backupRequired;
        if (code === '') return this.msg.codeRequired;
        return code.length === length ? undefined : this.engine!.coreMessages[this.i18n.locale].codeLength(length);
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
    this.alert = '';
    this.status = '';
    this.listenToParts();
  }

  /** Light DOM: the form and inputs must be visible to password managers and autofill (DESIGN §4). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override firstUpdated(): void {
    void this.ready().then(() => this.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode(), loginStyles);
    // Back from the bank's page (the bank ID round trip): finish that sign-in.
    if (new URL(location.href).searchParams.has('gu_bank_flow')) this.step = 'bank';
  }

  protected override updated(): void {
    if (this.focusAfterRender) void this.focusPending();
  }

  // ——— What the parts tell the element ———

  /** Listens to one of the parts' events (part-events.ts) and stops it: the light DOM would let it out. */
  private listen<K extends PartEventName>(type: K, handle: (detail: GlobalEventHandlersEventMap[K]['detail']) => void) {
    this.addEventListener(type, (event) => {
      event.stopPropagation();
      handle(event.detail);
    });
  }

  private listenToParts(): void {
    this.listen('gu-login-go', ({ step, flow, kind }) => this.go(step, flow, kind));
    this.listen('gu-login-flow', ({ flow }) => (this.flow = flow));
    this.listen('gu-login-say', ({ message, politeness }) =>
      politeness === 'alert' ? this.showAlert(message) : this.announce(message),
    );
    this.listen('gu-login-focus', ({ target }) => this.focusLater(target));
    this.listen('gu-login-identified', ({ login, words }) => {
      this.signIn.form.values['login'] = login;
      this.contextWords = words;
    });
    this.listen('gu-login-complete', ({ step, method, endedOtherSessions }) =>
      this.widget.complete(step, method, endedOtherSessions),
    );
  }

  // ——— Services ———

  /** Loads the engine (right after the first render, or on demand). */
  private async ready(): Promise<LoginEngine> {
    this.engine ??= await loadEngine();
    return this.engine;
  }

  /** The sign-in form (its login is the identifier the parts sign in with). */
  private get signInForm(): FormState {
    return this.signIn.form;
  }

  /** Whether a call is in flight. */
  private get isBusy(): boolean {
    return this.calls.busy;
  }

  /** The identity API client (needs the engine). */
  private identity(): IdentityApi {
    const base = this.apiBase || this.session.value?.apiBase || '/api';
    if (!this.client || this.clientBase !== base) {
      this.clientBase = base;
      this.client = this.engine!.createIdentityApi(base, () => this.i18n.locale);
    }
    return this.client;
  }

  /** A fresh authorization request of the session (state, nonce, PKCE). */
  private async authorization(): Promise<Authorization> {
    const session = this.session.value;
    if (!session) throw new Error('no-session');
    return (await this.ready()).toAuthorization(await session.createAuthorizationRequest());
  }

  /** What the current step's part gets. */
  private context(engine: LoginEngine): LoginContext {
    return {
      uid: this.uid,
      locale: this.i18n.locale,
      step: this.step,
      flow: this.flow,
      flowKind: this.flowKind,
      settings: {
        passwordPolicy: this.passwordPolicy,
        verifyHref: this.verifyHref,
        supportPhone: this.supportPhone,
        headingLevel: this.headingLevel,
      },
      session: this.session.value,
      api: this.identity(),
      calls: this.calls,
      authorization: () => this.authorization(),
      codeForm: this.codeForm,
      login: this.signIn.form.value('login'),
      contextWords: this.contextWords,
      outcome: this.outcome,
      msg: this.msg,
      text: engine.loginText(this.i18n.locale),
    };
  }

  // ——— Steps, focus, messages ———

  /** Goes to a step; focus moves to its heading after render. */
  private go(step: LoginStep, flow?: IdentityStep, kind?: FlowKind): void {
    this.alert = '';
    if (flow !== undefined) this.flow = flow;
    if (kind) this.flowKind = kind;
    this.codeForm.values = {};
    this.codeForm.errors = {};
    this.codeForm.summary = [];
    this.step = step;
    this.focusAfterRender = 'heading';
  }

  /** Moves focus to an element of this widget after the next render. */
  private focusLater(target: 'heading' | 'summary' | string): void {
    this.focusAfterRender = target;
    this.requestUpdate();
  }

  /** The element and the current step's part have rendered. */
  private async rendered(): Promise<void> {
    await this.updateComplete;
    if (this.parts.has(this.step)) await this.parts.of(this.step)?.updateComplete;
  }

  private async focusPending(): Promise<void> {
    await this.rendered();
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

  /** Shows a message in the alert region (which exists before it), so it is announced — also a repeat. */
  private async showAlert(message: string): Promise<void> {
    this.alert = '';
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this.alert = message;
  }

  /** A polite status message (visually hidden). */
  private async announce(message: string): Promise<void> {
    this.status = '';
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this.status = message;
  }

  // ——— Render ———

  override render(): TemplateResult {
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
      ${this.parts.has(this.step) ? this.renderPart() : this.signIn.render()}`;
  }

  /** The current step's part with a fresh context, or «Загрузка…» while it loads. */
  private renderPart(): TemplateResult {
    const part = this.parts.of(this.step);
    if (!part || !this.engine) return html`<p role="status">${this.msg.loadingPart}</p>`;
    part.locale = this.i18n.locale;
    part.ctx = this.context(this.engine);
    return html`${part}`;
  }
}
