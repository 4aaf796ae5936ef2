import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, initialState } from '@lit/task';
import type { ApiClient, ApiError } from '../core/api/index.js';
import { LocaleController } from '../core/i18n/index.js';
import { baseStyles } from '../core/theme/index.js';
import { LocalizedElement } from '../core/widget/localized-element.js';
import { SessionConsumer, followSessionAuth, type AccountLevel } from '../core/session/session-context.js';
import type { SignatureProvider } from './api.js';
import type { VerificationContext, VerificationPartHandle } from './context.js';
import type * as DataLayerModule from './state.js';
import type { ConfirmMethod, VerificationState } from './state.js';
import {
  GuVerificationCompletedEvent,
  GuVerificationStepEvent,
  LEVELS,
  PartChangedEvent,
  PartNavigateEvent,
  verificationMessages,
  type StepData,
  type VerificationStep,
} from './shared.js';
import type { VerificationMessages } from './locales/ru.js';
import { verificationStyles } from './verification.styles.js';
/**
 * `+7XXXXXXXXXX` as `+7 (XXX) XXX-XX-XX` (core/validation's formatPhone, written here: importing that module would put
 * every validator the lazily loaded parts share into the first render, 1.2 KB gzip).
 */
const formatPhone = (value: string): string => value.replace(/^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/, '+7 ($1) $2-$3-$4');

type Flow = 'contacts' | 'standard' | 'bank' | 'centre' | 'post' | 'signature';
const FLOW_OF: Record<Exclude<VerificationStep, 'overview'>, Flow> = {
  phone: 'contacts',
  email: 'contacts',
  'change-phone': 'contacts',
  'change-email': 'contacts',
  standard: 'standard',
  check: 'standard',
  bank: 'bank',
  'bank-page': 'bank',
  'bank-return': 'bank',
  centre: 'centre',
  'centre-slots': 'centre',
  post: 'post',
  signature: 'signature',
};
/** Each flow is its own chunk, loaded when the citizen opens it. */
const LOADERS: Record<Flow, () => Promise<unknown>> = {
  contacts: () => import('./parts/contacts.js'),
  standard: () => import('./parts/standard.js'),
  bank: () => import('./parts/bank.js'),
  centre: () => import('./parts/centre.js'),
  post: () => import('./parts/post.js'),
  signature: () => import('./parts/signature.js'),
};
/** The query parameter the bank's page sends the citizen back with (`?gu-bank-result=<one-time ticket>`). */
const BANK_RESULT_PARAM = 'gu-bank-result';
type DataLayer = typeof DataLayerModule;
let dataLayer: Promise<DataLayer> | undefined;
/**
 * The data layer — core/api's client and the overview's calls — is a chunk of its own: nothing can be fetched before
 * the session is signed in, so it downloads while the session starts (from connectedCallback) and stays out of the
 * first render.
 */
const loadData = (): Promise<DataLayer> => (dataLayer ??= import('./state.js'));

/** The step each confirmed-level method starts at. */
const METHOD_STEP: Record<Exclude<ConfirmMethod, 'video'>, VerificationStep> = {
  bank: 'bank',
  'service-centre': 'centre',
  post: 'post',
  signature: 'signature',
};
const rank = (level: AccountLevel | undefined): number => (level ? LEVELS.indexOf(level) : -1);

type PartElement = HTMLElement & VerificationPartHandle;

/** What the citizen typed when the session ended: kept in this element's memory only, given back after sign-in. */
interface Draft {
  citizenId: string | undefined;
  step: VerificationStep;
  data: StepData;
}

/**
 * @summary Account levels and identity confirmation: the current level (упрощённая, стандартная, подтверждённая), what each
 * unlocks and exactly what the next one needs; phone and e-mail confirmation and change by code; the standard level
 * through the registry check of passport and SNILS (МВД, СФР) that survives a reload; the confirmed level through a
 * partner bank, a service centre, a code by Russian Post or an electronic signature.
 *
 * Reads the session from an enclosing `<gu-session>` and follows its level; shows `<gu-session-notice>` while not
 * signed in. When the level goes up it calls the session's `refresh()`, so every widget on the page gets the new level.
 *
 * @fires {GuVerificationCompletedEvent} gu-verification-completed - The account level went up: `detail.level` is the new
 * level (the element then calls the session's `refresh()`).
 * @fires {GuContactConfirmedEvent} gu-verification-contact-confirmed - A phone or e-mail was confirmed, or changed and
 * confirmed: `detail.channel` (`phone` or `email`), `detail.changed`.
 * @fires {GuVerificationStepEvent} gu-verification-step - The element moved to another step: `detail.step`.
 * @csspart levels - The list of the three levels.
 * @csspart level - One level card.
 * @csspart flow - The container of the open step.
 * @cssprop --gu-color-primary - Buttons and the current level's border.
 * @cssprop --gu-color-error - Field and check errors.
 */
export class GuVerification extends LocalizedElement<VerificationMessages> {
  static override styles = [baseStyles, verificationStyles];

  static override properties = {
    apiBase: { attribute: 'api-base' },
    locale: { reflect: true },
    step: { reflect: true },
    stepData: { attribute: false },
    maxFileMb: { type: Number, attribute: 'max-file-mb' },
    simulateBank: { type: Boolean, attribute: 'simulate-bank' },
    signer: { attribute: false },
    loadedFlows: { state: true },
    draft: { state: true },
  };

  protected readonly i18n = new LocaleController(this, verificationMessages);
  private readonly session = new SessionConsumer(this, () => this.onSession());

  /** API base URL; defaults to the session's `apiBase`. */
  declare apiBase: string;
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  declare locale: string | undefined;
  /** The step shown (see `VerificationStep`); set it to start at a step, e.g. `standard` or `centre`. */
  declare step: VerificationStep;
  /** Data the step starts with (form values, bank, centre search) — for deep links, stories and tests. */
  declare stepData: StepData;
  /** The largest scan accepted, in megabytes (seeds: 10 and 5). */
  declare maxFileMb: number;
  /**
   * Stories and tests only: a clearly labelled simulation of the bank page inside the widget instead of the round trip
   * through the bank's page (`redirectTo` → back with `?gu-bank-result=`).
   */
  declare simulateBank: boolean;
  /** The citizen's signing software (a КриптоПро adapter); without it the signature method explains what to install. */
  declare signer: SignatureProvider | undefined;
  declare private loadedFlows: Partial<Record<Flow, boolean>>;
  declare private draft: Draft | undefined;

  private client?: ApiClient;
  private clientBase = '';
  private resumeChecked = false;
  private restored = false;
  private completedLevel: AccountLevel | undefined;
  /** The part this render shows, and the one the previous render showed. */
  private openPart: { flow: Flow; element: PartElement } | undefined;
  private shownPart: { flow: Flow; element: PartElement } | undefined;
  private readonly auth = followSessionAuth(() => this.session.value);

  constructor() {
    super();
    this.apiBase = '';
    this.step = 'overview';
    this.stepData = {};
    this.maxFileMb = 10;
    this.simulateBank = false;
    this.signer = undefined;
    this.loadedFlows = {};
    this.draft = undefined;
  }

  /** The parts' events (`internal`: they stay inside this shadow root, so they are heard on it, not on the host). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener(PartChangedEvent.eventName, () => void this.stateTask.run());
    root.addEventListener(
      PartNavigateEvent.eventName,
      (event) => void this.goTo((event as PartNavigateEvent).detail.step, {}),
    );
    return root;
  }

  private readonly stateTask = new Task(this, {
    task: async ([signedIn], { signal }) => {
      if (!signedIn) return initialState;
      const data = await loadData();
      const state = await data.fetchState(this.api(data), signal);
      await this.afterState(state, data, signal);
      return state;
    },
    args: () => [this.signedIn, this.session.value?.level] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from the bank's page: take the ticket out of the URL (the bank part asks the server what it means).
    const url = new URL(location.href);
    const ticket = url.searchParams.get(BANK_RESULT_PARAM);
    if (ticket !== null) {
      url.searchParams.delete(BANK_RESULT_PARAM);
      history.replaceState(history.state, '', url.href);
      this.stepData = { bankResult: ticket };
      this.step = 'bank-return';
    }
    void loadData().catch(() => undefined); // the load task reports a failed download
    window.addEventListener('gu-session-ending', this.onSessionEnding);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('gu-session-ending', this.onSessionEnding);
  }

  /** The session is about to end: keep what the open step holds (memory only) so sign-in brings it back. */
  private readonly onSessionEnding = (): void => {
    if (this.step === 'overview') return;
    const part = this.renderRoot.querySelector<PartElement>('[data-part]');
    const data = part ? part.draft() : this.stepData;
    this.draft = { citizenId: this.session.value?.citizen?.id, step: this.step, data };
    this.session.value?.drafts?.keep('gu-verification', this.draft); // survives the portal's navigation
    this.stepData = data;
  };

  /** Whether the session lets the widget load data. */
  private get signedIn(): boolean {
    const status = this.session.value?.status;
    return status === 'signed-in' || status === 'expiring';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('step') && this.step !== 'overview') void this.loadFlow(FLOW_OF[this.step]);
  }

  /** The API client, created from `api-base` (or the session's) with the session's token access. */
  private api(data: DataLayer): ApiClient {
    const base = this.apiBase || this.session.value?.apiBase || '/api';
    if (!this.client || this.clientBase !== base) {
      this.clientBase = base;
      this.client = data.createApiClient({ baseUrl: base, auth: this.auth, locale: () => this.i18n.locale });
    }
    return this.client;
  }

  private onSession(): void {
    // The session's copy too (this element may be a new one after the portal's navigation): the same citizen only.
    const kept = this.signedIn ? (this.session.value?.drafts?.take('gu-verification') as Draft | undefined) : undefined;
    const draft = this.draft ?? kept;
    if (draft && this.signedIn) {
      this.draft = undefined;
      if (draft.citizenId && draft.citizenId !== this.session.value?.citizen?.id) {
        this.stepData = {}; // someone else signed in: the draft is not theirs
        this.step = 'overview';
      } else {
        this.stepData = draft.data;
        this.step = draft.step;
        this.restored = true;
      }
    }
    if (!this.signedIn && !this.loadedFlows['notice' as Flow])
      void import('../core/session/gu-session-notice.js').then(() => {
        this.loadedFlows = { ...this.loadedFlows, ['notice' as Flow]: true };
      });
    this.requestUpdate();
  }

  /** After each load: resume a pending registry check once, and refresh the session when the level went up. */
  private async afterState(state: VerificationState, data: DataLayer, signal: AbortSignal): Promise<void> {
    const session = this.session.value;
    if (rank(state.level) > rank(session?.level) && this.completedLevel !== state.level) {
      this.completedLevel = state.level;
      this.dispatchEvent(new GuVerificationCompletedEvent({ level: state.level }));
      await session?.refresh().catch(() => undefined); // the snapshot follows; the server already has the level
    }
    if (!this.resumeChecked && state.level === 'simplified' && this.step === 'overview') {
      this.resumeChecked = true;
      const pending = await data.fetchCheckPending(this.api(data), signal).catch(() => false);
      if (pending) void this.goTo('check', {}, false);
    }
    if (this.restored) {
      this.restored = false;
      void data.announce(this.i18n.msg.draftRestored);
    }
  }

  private async loadFlow(flow: Flow): Promise<void> {
    if (this.loadedFlows[flow]) return;
    await LOADERS[flow]();
    this.loadedFlows = { ...this.loadedFlows, [flow]: true };
  }

  /** Opens a step (loads its flow first) and moves focus to its heading. */
  async goTo(step: VerificationStep, data: StepData = {}, focus = true): Promise<void> {
    if (step !== 'overview') await this.loadFlow(FLOW_OF[step]);
    this.stepData = data;
    this.step = step;
    this.dispatchEvent(new GuVerificationStepEvent({ step }));
    await this.updateComplete;
    if (!focus) return;
    const part = this.renderRoot.querySelector<PartElement>('[data-part]');
    if (part) await part.focusHeading();
    else this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  // ——— Rendering ———

  private levelName(level: AccountLevel): string {
    const msg = this.i18n.msg;
    return level === 'simplified' ? msg.levelSimplified : level === 'standard' ? msg.levelStandard : msg.levelConfirmed;
  }

  private renderLevels(state: VerificationState): TemplateResult {
    const msg = this.i18n.msg;
    const current = rank(state.level);
    const titles = [msg.levelAccountSimplified, msg.levelAccountStandard, msg.levelAccountConfirmed];
    const unlocks = [msg.unlocksSimplified, msg.unlocksStandard, msg.unlocksConfirmed];
    return html`<ol class="levels" part="levels" aria-label=${msg.levelsList}>
      ${LEVELS.map((level, index) => {
        const status =
          index === current
            ? msg.stateCurrent
            : index < current
              ? msg.stateDone
              : index === current + 1
                ? msg.stateNext
                : msg.stateLater;
        return html`<li class="card ${index === current ? 'card--current' : ''}" part="level" data-level=${level}>
          <h3>${titles[index]}</h3>
          <p><strong>${status}</strong></p>
          <p>${unlocks[index]}</p>
        </li>`;
      })}
    </ol>`;
  }

  private renderReq(done: boolean, text: string, action?: TemplateResult): TemplateResult {
    const msg = this.i18n.msg;
    return html`<li class="row">
      <span class=${done ? 'ok' : 'todo'}
        >${text}<span class="visually-hidden">: ${done ? msg.reqDone : msg.reqTodo}</span></span
      >
      ${done ? nothing : (action ?? nothing)}
    </li>`;
  }

  private renderNeeds(state: VerificationState): TemplateResult {
    const msg = this.i18n.msg;
    const { contacts } = state;
    if (state.level === 'confirmed')
      return html`<section aria-labelledby="needs">
        <h3 id="needs">${msg.needsHeading}</h3>
        <p>${msg.allDone}</p>
      </section>`;
    if (state.level === 'simplified')
      return html`<section aria-labelledby="needs">
        <h3 id="needs">${msg.needsHeading}</h3>
        <ul class="reqs">
          ${this.renderReq(
            contacts.phoneConfirmed,
            msg.reqPhone,
            html`<button
              class="btn"
              type="button"
              aria-label=${msg.confirmPhoneAria}
              @click=${() => this.goTo('phone')}
            >
              ${msg.confirm}
            </button>`,
          )}
          ${this.renderReq(
            contacts.emailConfirmed,
            msg.reqEmail,
            html`<button
              class="btn"
              type="button"
              aria-label=${msg.confirmEmailAria}
              @click=${() => this.goTo('email')}
            >
              ${msg.confirm}
            </button>`,
          )}
          ${this.renderReq(
            false,
            msg.reqPassport,
            // The registry check needs both contacts confirmed: say so first, never offer a form the server refuses.
            contacts.phoneConfirmed && contacts.emailConfirmed
              ? html`<button class="btn btn--primary" type="button" @click=${() => this.goTo('standard')}>
                  ${msg.enterData}
                </button>`
              : html`<span class="muted" data-precondition>${msg.enterDataAfterContacts}</span>`,
          )}
        </ul>
      </section>`;
    const names: Record<string, [string, string]> = {
      bank: [msg.methodBank, msg.methodBankHint],
      'service-centre': [msg.methodCentre, msg.methodCentreHint],
      post: [msg.methodPost, msg.methodPostHint],
      signature: [msg.methodSignature, msg.methodSignatureHint],
      video: [msg.methodVideo, msg.methodVideoHint],
    };
    return html`<section aria-labelledby="needs">
      <h3 id="needs">${msg.needsHeading}</h3>
      <p>${msg.reqConfirm}</p>
      <h3 id="methods">${msg.methodsHeading}</h3>
      <ul class="methods" aria-labelledby="methods">
        ${state.methods.map(({ method, available, reason }) => {
          const [name, hint] = names[method]!;
          const step = method === 'video' ? undefined : METHOD_STEP[method];
          return html`<li class="card" data-method=${method}>
            <p><strong>${name}</strong></p>
            ${
              available && step
                ? html`<p class="muted">${hint}</p>
                    <div class="actions">
                      <button class="btn btn--primary" type="button" @click=${() => this.goTo(step)}>
                        ${msg.choose}<span class="visually-hidden">: ${name}</span>
                      </button>
                    </div>`
                : html`<p class="muted">
                      <strong>${msg.methodUnavailable}</strong>${reason ? html`: ${reason}` : nothing}
                    </p>
                    <p class="muted">${msg.methodAlternatives}</p>`
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderContacts(state: VerificationState): TemplateResult {
    const msg = this.i18n.msg;
    const { contacts } = state;
    const row = (channel: 'phone' | 'email', value: string, confirmed: boolean) => {
      const isPhone = channel === 'phone';
      return html`<li class="card">
        <div class="row">
          <div>
            <strong>${isPhone ? msg.phone : msg.email}</strong><br />
            <span data-contact=${channel}>${isPhone ? formatPhone(value) : value}</span><br />
            <span class=${confirmed ? 'ok' : 'todo'}
              >${
                confirmed
                  ? isPhone
                    ? msg.confirmed
                    : msg.confirmedEmail
                  : isPhone
                    ? msg.notConfirmed
                    : msg.notConfirmedEmail
              }</span
            >
          </div>
          <div class="actions">
            ${
              confirmed
                ? nothing
                : html`<button
                    class="btn"
                    type="button"
                    aria-label=${isPhone ? msg.confirmPhoneAria : msg.confirmEmailAria}
                    @click=${() => this.goTo(channel)}
                  >
                    ${msg.confirm}
                  </button>`
            }
            <button
              class="btn"
              type="button"
              aria-label=${isPhone ? msg.changePhoneAria : msg.changeEmailAria}
              @click=${() => this.goTo(isPhone ? 'change-phone' : 'change-email')}
            >
              ${msg.change}
            </button>
          </div>
        </div>
      </li>`;
    };
    return html`<section aria-labelledby="contacts">
      <h3 id="contacts">${msg.contactsHeading}</h3>
      <ul class="plain">
        ${row('phone', contacts.phone, contacts.phoneConfirmed)}
        ${row('email', contacts.email, contacts.emailConfirmed)}
      </ul>
    </section>`;
  }

  /**
   * The open flow's part: `<gu-verification-${flow}>` with `ctx`, `step`, `data` and `locale`. One element per flow,
   * kept while consecutive renders show that flow (as a template keeps its element) and new when the flow opens again.
   */
  private renderFlow(state: VerificationState): TemplateResult | PartElement {
    const flow = FLOW_OF[this.step as Exclude<VerificationStep, 'overview'>];
    if (!flow || !this.loadedFlows[flow] || !this.client) return this.renderLoading();
    const ctx: VerificationContext = {
      client: this.client,
      state,
      baseUrl: this.clientBase,
      auth: this.auth,
      maxFileMb: this.maxFileMb,
      simulateBank: this.simulateBank,
      signer: this.signer,
    };
    let element = this.shownPart?.flow === flow ? this.shownPart.element : undefined;
    if (!element) {
      element = document.createElement(`gu-verification-${flow}`) as PartElement;
      element.dataset['part'] = '';
    }
    Object.assign(element, { ctx, step: this.step, data: this.stepData, locale: this.i18n.locale });
    this.openPart = { flow, element };
    return element;
  }

  /** Loading, as text in a status region (the loading-state element comes with the parts). */
  private renderLoading(): TemplateResult {
    return html`<p class="muted" role="status" aria-busy="true">${this.i18n.msg.loading}</p>`;
  }

  private renderState(): unknown {
    const msg = this.i18n.msg;
    const loading = this.renderLoading();
    return this.stateTask.render({
      initial: () => loading,
      pending: () => (this.stateTask.value ? this.renderBody(this.stateTask.value) : loading),
      complete: (state) => this.renderBody(state),
      error: (error) => {
        void import('../core/ui/gu-error-state.js');
        return html`<gu-error-state
          heading=${msg.loadError}
          heading-level="3"
          .error=${(error as Partial<ApiError>)?.kind ? error : { kind: 'server' }}
          @gu-error-state-retry=${() => this.stateTask.run()}
        ></gu-error-state>`;
      },
    });
  }

  private renderBody(state: VerificationState): TemplateResult {
    const msg = this.i18n.msg;
    if (this.step !== 'overview') return html`<div part="flow">${this.renderFlow(state)}</div>`;
    return html`<p>
        ${msg.currentLevel}: <strong data-current-level=${state.level}>${this.levelName(state.level)}</strong>
      </p>
      ${this.renderLevels(state)} ${this.renderNeeds(state)} ${this.renderContacts(state)}`;
  }

  override render(): TemplateResult {
    this.shownPart = this.openPart; // the part of the last render; renderFlow() keeps it if its flow is still open
    this.openPart = undefined;
    const msg = this.i18n.msg;
    const status = this.session.value?.status;
    if (!this.signedIn && status !== 'unknown' && status !== undefined)
      return html`${this.draft ? html`<p class="card" data-draft>${msg.draftKept}</p>` : nothing}
      ${
        this.loadedFlows['notice' as Flow]
          ? html`<gu-session-notice heading-level="2"></gu-session-notice>`
          : html`<p role="status">${msg.signedOut}</p>`
      }`;
    return html`<div lang=${this.i18n.lang}>
      <h2 id="heading" tabindex="-1">${msg.heading}</h2>
      ${this.signedIn ? this.renderState() : this.renderLoading()}
    </div>`;
  }
}
