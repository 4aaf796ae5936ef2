/**
 * `gu-security-incident` («Это был не я»): the guided response to a sign-in the citizen does not recognise. Says which
 * sign-in (when, device, place and IP address, method), then four steps, each done right here and each marked «Сделано»
 * or «Не сделано» in words: change the password (the password part itself, `<gu-security-password>`, opens inside),
 * end the other sessions (a confirmation, then endOtherSessions; this page stays signed in), turn on two-factor
 * protection (the two-factor view when it is off; «уже включена» when on), report it (reportLoginEvent: the reference
 * is shown and announced). «Назад к истории входов» returns to the history where the citizen was
 * (ctx.historyPlace). Follows the `password`, `sessions` and `two-factor` changes the other parts report.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { createIdempotencyKey, isApiError } from '../../core/api/index.js';
import { LocaleController, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import '../../core/ui/gu-dialog.js';
import '../../core/ui/gu-error-state.js';
import '../../core/ui/gu-loading-state.js';
import { ActionController } from '../../core/widget/action.js';
import { getLoginEvent, reportLoginEvent } from '../history-api.js';
import { incidentRu, type IncidentMessages } from '../locales/incident-ru.js';
import { getOverview } from '../overview-api.js';
import { endOtherSessions } from '../sessions-api.js';
import type { LoginEvent, SecurityArea } from '../types.js';
import { incidentStyles } from './incident.styles.js';
import { SecurityPart } from './part.js';

const incidentMessages: LazyCatalogs<IncidentMessages> = {
  ru: incidentRu,
  en: () => import('../locales/incident-en.js').then((module) => module.incidentEn),
};

/** Longest comment of a report (the contract's maxLength). */
export const COMMENT_MAX = 1000;

type LoadState = 'loading' | 'ready' | 'not-found' | 'failed';
type Running = 'sessions' | 'report' | undefined;

export class GuSecurityIncident extends SecurityPart<IncidentMessages> {
  static override styles = [baseStyles, partStyles, incidentStyles];

  static override properties = {
    ...SecurityPart.properties,
    event: { state: true },
    loadState: { state: true },
    loadError: { state: true },
    twoFactorOn: { state: true },
    passwordOpen: { state: true },
    passwordPart: { state: true },
    passwordChanged: { state: true },
    sessionsEnded: { state: true },
    confirming: { state: true },
    reference: { state: true },
    commentError: { state: true },
    running: { state: true },
  };

  protected readonly i18n = new LocaleController(this, incidentMessages);
  protected override readonly areas: readonly SecurityArea[] = ['password', 'sessions', 'two-factor'];
  private readonly action = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : this.errorText(error),
  );

  declare private event: LoginEvent | undefined;
  declare private loadState: LoadState;
  declare private loadError: unknown;
  /** Whether two-factor protection is on (undefined: not known). */
  declare private twoFactorOn: boolean | undefined;
  declare private passwordOpen: boolean;
  /** The password part's chunk: not asked for yet, loading, drawn, or it failed to load. */
  declare private passwordPart: 'idle' | 'loading' | 'loaded' | 'failed';
  declare private passwordChanged: boolean;
  /** What ending the other sessions said (empty: not done yet). */
  declare private sessionsEnded: string;
  declare private confirming: boolean;
  /** The report's reference; `''` reported without one known (reported before). */
  declare private reference: string | undefined;
  declare private commentError: string;
  declare private running: Running;

  /** One key for the report and every retry of it. */
  #reportKey = createIdempotencyKey();

  constructor() {
    super();
    this.event = undefined;
    this.loadState = 'loading';
    this.loadError = undefined;
    this.twoFactorOn = undefined;
    this.passwordOpen = false;
    this.passwordPart = 'idle';
    this.passwordChanged = false;
    this.sessionsEnded = '';
    this.confirming = false;
    this.reference = undefined;
    this.commentError = '';
    this.running = undefined;
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready' && this.loadState !== 'not-found') void this.load();
  }

  protected override areaChanged(area: SecurityArea, origin: 'here' | 'elsewhere'): void {
    // The password part inside (or another tab) changed the password; the sessions or two-factor changed elsewhere.
    if (area === 'password' && origin === 'here') this.passwordChanged = true;
    if (area === 'two-factor') void this.loadTwoFactor();
  }

  private async load(): Promise<void> {
    const id = this.ctx.eventId;
    if (!id) {
      this.loadState = 'not-found';
      return;
    }
    this.loadState = 'loading';
    void this.loadTwoFactor();
    try {
      const event = await getLoginEvent(this.ctx.client, id, this.abort.signal);
      this.event = event;
      if (event.reported && this.reference === undefined) this.reference = '';
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      this.loadError = error;
      this.loadState = isApiError(error) && error.status === 404 ? 'not-found' : 'failed';
    }
  }

  private async loadTwoFactor(): Promise<void> {
    try {
      this.twoFactorOn = (await getOverview(this.ctx.client, this.abort.signal)).twoFactor.enabled;
    } catch (error) {
      if (!this.aborted(error)) this.twoFactorOn = undefined;
    }
  }

  private say(text: string): void {
    this.announcer.announce(text);
  }

  // ——— Step 1: the password ———

  private async togglePassword(): Promise<void> {
    this.passwordOpen = !this.passwordOpen;
    if (this.passwordOpen && this.passwordPart !== 'loaded') await this.loadPasswordPart();
  }

  private async loadPasswordPart(): Promise<void> {
    this.passwordPart = 'loading';
    try {
      await import('./password.js');
      this.passwordPart = 'loaded';
    } catch {
      this.passwordPart = 'failed';
    }
  }

  // ——— Step 2: the other sessions ———

  private ask(): void {
    this.action.fail('');
    this.confirming = true;
  }

  private closeDialog(): void {
    this.renderRoot.querySelector<HTMLElement & { close(value?: string): void }>('gu-dialog')?.close('done');
    this.confirming = false;
  }

  private async endOthers(): Promise<void> {
    const msg = this.i18n.msg;
    this.running = 'sessions';
    const count = await this.action.run(() =>
      this.ctx.stepUp.guard(() => endOtherSessions(this.ctx.client, this.abort.signal)),
    );
    this.running = undefined;
    this.closeDialog();
    if (count === undefined) {
      if (this.action.problem) this.say(this.action.problem);
      await this.focusOn('#sessions-end');
      return;
    }
    this.sessionsEnded = count === 0 ? msg.sessionsNone : this.i18n.plural(count, msg.sessionsEnded);
    this.say(this.sessionsEnded);
    this.reportChange('sessions');
    await this.focusOn('#step-sessions');
  }

  // ——— Step 4: the report ———

  private async report(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const msg = this.i18n.msg;
    const incident = this.event;
    if (!incident || this.action.busy) return;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#comment');
    const comment = field?.value.trim() ?? '';
    const length = [...comment].length;
    if (length > COMMENT_MAX) {
      this.commentError = msg.commentTooLong(this.i18n.number(COMMENT_MAX), this.i18n.number(length));
      this.say(this.commentError);
      field?.focus();
      return;
    }
    this.commentError = '';
    this.running = 'report';
    let already = false;
    const report = await this.action.run(async () => {
      try {
        return await reportLoginEvent(this.ctx.client, incident.id, comment, this.#reportKey, this.abort.signal);
      } catch (error) {
        if (isApiError(error) && error.status === 409) {
          already = true; // reported meanwhile (another tab): the step is done all the same
          return undefined;
        }
        throw error;
      }
    });
    this.running = undefined;
    if (report) this.reference = report.reference;
    else if (already) this.reference = '';
    else {
      if (this.action.problem) this.say(this.action.problem);
      return;
    }
    this.event = { ...incident, reported: true };
    this.say(this.reference ? msg.reported(this.reference) : msg.alreadyReported);
    this.reportChange('login-history');
    await this.focusOn('#step-report');
  }

  // ——— Rendering ———

  private renderState(done: boolean): TemplateResult {
    const msg = this.i18n.msg;
    return html`<span class="badge ${done ? 'tone-success' : 'tone-neutral'}" data-done=${String(done)}
      >${done ? msg.done : msg.notDone}</span
    >`;
  }

  private renderStep(
    id: string,
    heading: string,
    done: boolean,
    body: TemplateResult | (TemplateResult | typeof nothing)[],
  ): TemplateResult {
    return html`<li class="step" aria-labelledby=${id}>
      <div class="step-head">
        <h4 id=${id} tabindex="-1">${heading}</h4>
        ${this.renderState(done)}
      </div>
      ${body}
    </li>`;
  }

  private renderEvent(event: LoginEvent): TemplateResult {
    const msg = this.i18n.msg;
    const device = [msg.kind(event.kind), event.browser || msg.unknownBrowser, event.os].filter(Boolean).join(', ');
    const method = event.secondFactor
      ? msg.withSecondFactor(msg.methodName(event.method), msg.secondFactorName(event.secondFactor))
      : msg.methodName(event.method);
    return html`<p>${msg.intro}</p>
      <dl class="facts card" aria-label=${msg.eventLabel}>
        <dt>${msg.when}</dt>
        <dd>${this.dateTime(event.at)}</dd>
        <dt>${msg.device}</dt>
        <dd>${device}</dd>
        <dt>${msg.place}</dt>
        <dd>${event.place ?? msg.placeUnknown}, ${event.ip}</dd>
        <dt>${msg.method}</dt>
        <dd>${method}</dd>
      </dl>`;
  }

  private renderPasswordStep(): TemplateResult {
    const msg = this.i18n.msg;
    const open = this.passwordOpen;
    let region: TemplateResult | typeof nothing = nothing;
    if (open) {
      if (this.passwordPart === 'failed')
        region = html`<div class="problem" role="alert">
          <p>${msg.passwordLoadFailed}</p>
          <button class="btn" type="button" @click=${() => void this.loadPasswordPart()}>${msg.retry}</button>
        </div>`;
      else if (this.passwordPart === 'loaded')
        region = html`<gu-security-password .ctx=${this.ctx} .locale=${this.i18n.locale}></gu-security-password>`;
      else region = html`<gu-loading-state label=${msg.loading}></gu-loading-state>`;
    }
    return this.renderStep('step-password', msg.passwordHeading, this.passwordChanged, [
      html`<p>${this.passwordChanged ? msg.passwordDone : msg.passwordText}</p>`,
      html`<button
        class="btn"
        type="button"
        id="password-toggle"
        aria-expanded=${String(open)}
        aria-controls="password-region"
        @click=${() => void this.togglePassword()}
      >
        ${open ? msg.passwordClose : msg.passwordOpen}
      </button>`,
      html`<div id="password-region" class="embedded" ?hidden=${!open}>${region}</div>`,
    ]);
  }

  private renderSessionsStep(): TemplateResult {
    const msg = this.i18n.msg;
    const done = this.sessionsEnded !== '';
    return this.renderStep('step-sessions', msg.sessionsHeading, done, [
      html`<p>${done ? this.sessionsEnded : msg.sessionsText}</p>`,
      done
        ? nothing
        : html`<button class="btn" type="button" id="sessions-end" @click=${() => this.ask()}>
            ${msg.sessionsEnd}
          </button>`,
    ]);
  }

  private renderTwoFactorStep(): TemplateResult {
    const msg = this.i18n.msg;
    const on = this.twoFactorOn === true;
    return this.renderStep('step-two-factor', msg.twoFactorHeading, on, [
      html`<p>${on ? msg.twoFactorOn : this.twoFactorOn === undefined ? msg.twoFactorUnknown : msg.twoFactorText}</p>`,
      on
        ? nothing
        : html`<button
            class="btn"
            type="button"
            id="two-factor-open"
            @click=${() => this.navigate({ view: 'two-factor' })}
          >
            ${msg.twoFactorOpen}
          </button>`,
    ]);
  }

  private renderReportStep(): TemplateResult {
    const msg = this.i18n.msg;
    const reference = this.reference;
    const done = reference !== undefined;
    if (done)
      return this.renderStep('step-report', msg.reportHeading, true, [
        html`<p class="reference">${reference ? msg.reported(reference) : msg.alreadyReported}</p>`,
      ]);
    const error = this.commentError;
    return this.renderStep('step-report', msg.reportHeading, false, [
      html`<p>${msg.reportText}</p>`,
      html`<form @submit=${(event: SubmitEvent) => void this.report(event)} novalidate>
        <label for="comment">${msg.commentLabel}</label>
        <textarea
          id="comment"
          name="comment"
          class="input"
          rows="3"
          aria-describedby="comment-hint comment-error"
          aria-invalid=${error ? 'true' : nothing}
        ></textarea>
        <p id="comment-hint" class="muted hint">${msg.commentHint}</p>
        <p id="comment-error" class=${error ? 'field-error' : 'field-error is-empty'}>${error}</p>
        <button class="btn-primary" type="submit" aria-busy=${this.running === 'report' ? 'true' : nothing}>
          ${msg.report}
        </button>
      </form>`,
    ]);
  }

  private renderDialog(): TemplateResult {
    const msg = this.i18n.msg;
    return html`<gu-dialog
      .open=${this.confirming}
      heading=${msg.sessionsDialogHeading}
      @gu-dialog-close=${() => (this.confirming = false)}
    >
      <p>${msg.sessionsDialogText}</p>
      <button class="btn" slot="footer" type="button" data-gu-dialog-close value="cancel">${msg.cancel}</button>
      <button
        class="btn-primary"
        slot="footer"
        type="button"
        id="confirm-end"
        aria-disabled=${this.action.busy ? 'true' : 'false'}
        @click=${() => void this.endOthers()}
      >
        ${msg.sessionsConfirm}
      </button>
    </gu-dialog>`;
  }

  private renderBody(): TemplateResult {
    const msg = this.i18n.msg;
    if (this.loadState === 'loading') return html`<gu-loading-state label=${msg.loading}></gu-loading-state>`;
    if (this.loadState === 'not-found')
      return html`<div class="card" role="status">
        <h4>${msg.notFoundHeading}</h4>
        <p>${msg.notFoundText}</p>
      </div>`;
    if (this.loadState === 'failed' || !this.event)
      return html`<gu-error-state
        heading-level="4"
        heading=${msg.loadFailed}
        retryable
        .error=${isApiError(this.loadError) ? this.loadError : { kind: 'server' }}
        @gu-error-state-retry=${() => void this.load()}
      ></gu-error-state>`;
    return html`${this.renderEvent(this.event)}
      <p>${msg.stepsIntro}</p>
      <p class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">${this.action.problem}</p>
      <ol class="steps" aria-label=${msg.stepsLabel}>
        ${this.renderPasswordStep()} ${this.renderSessionsStep()} ${this.renderTwoFactorStep()}
        ${this.renderReportStep()}
      </ol>
      ${this.renderDialog()}`;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    return html`<section
      aria-labelledby="incident-heading"
      aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}
    >
      <h3 id="incident-heading" tabindex="-1">${msg.heading}</h3>
      ${this.ctx ? this.renderBody() : nothing}
      <div class="actions">
        <button class="btn" type="button" id="back" @click=${() => this.navigate({ view: 'history' })}>
          ${msg.back}
        </button>
      </div>
    </section>`;
  }
}

if (!customElements.get('gu-security-incident')) customElements.define('gu-security-incident', GuSecurityIncident);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-incident': GuSecurityIncident;
  }
}
