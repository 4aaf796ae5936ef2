/**
 * `gu-security-alerts` («Оповещения»): three alerts — a sign-in from a new device, the password changed, two-factor
 * changed — each on or off with its channels (checkboxes named «Смена пароля — по SMS»). The new-device alert IS the
 * notification settings' login alert (one store on the server): the part says so and links to the portal's
 * notification settings (`ctx.notificationsHref`) when there is one. ONE «Сохранить» sends the three in one PUT with
 * the version read; a failure keeps every choice; 409 loads the saved version and keeps the choices; 422
 * `channel-unavailable` says which channel and why (an unconfirmed e-mail or phone, no push browser) next to it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { createIdempotencyKey, isApiError, safeServerUrl } from '../../core/api/index.js';
import { LocaleController, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import { ActionController } from '../../core/widget/action.js';
import { getOverview, saveAlerts } from '../alerts-api.js';
import { alertsRu, type AlertKind, type AlertsMessages } from '../locales/alerts-ru.js';
import type { NotificationChannel, SecurityAlerts, SecurityArea } from '../types.js';
import { alertsStyles } from './alerts.styles.js';
import { SecurityPart } from './part.js';

const alertsMessages: LazyCatalogs<AlertsMessages> = {
  ru: alertsRu,
  en: () => import('../locales/alerts-en.js').then((module) => module.alertsEn),
};

export const ALERT_KINDS: readonly AlertKind[] = ['newDevice', 'passwordChanged', 'twoFactorChanged'];
const CHANNELS: readonly NotificationChannel[] = ['portal', 'email', 'sms', 'push'];

type Draft = Omit<SecurityAlerts, 'version'>;

const draftOf = (alerts: SecurityAlerts): Draft =>
  structuredClone({
    newDevice: alerts.newDevice,
    passwordChanged: alerts.passwordChanged,
    twoFactorChanged: alerts.twoFactorChanged,
  });

const sameDraft = (a: Draft, b: Draft): boolean =>
  ALERT_KINDS.every(
    (kind) =>
      a[kind].enabled === b[kind].enabled &&
      a[kind].channels.length === b[kind].channels.length &&
      a[kind].channels.every((channel) => b[kind].channels.includes(channel)),
  );

export class GuSecurityAlerts extends SecurityPart<AlertsMessages> {
  static override styles = [baseStyles, partStyles, alertsStyles];

  static override properties = {
    ...SecurityPart.properties,
    saved: { state: true },
    draft: { state: true },
    loadState: { state: true },
    noChannel: { state: true },
    channelErrors: { state: true },
    notice: { state: true },
  };

  protected readonly i18n = new LocaleController(this, alertsMessages);
  protected override readonly areas: readonly SecurityArea[] = ['alerts'];
  private readonly action = new ActionController(this, (error) => this.describeSave(error));

  /** The alerts as the server has them (with the version to send back). */
  declare private saved: SecurityAlerts | undefined;
  /** The citizen's choices, kept through failed saves, conflicts and reloads until a save succeeds. */
  declare private draft: Draft | undefined;
  declare private loadState: 'loading' | 'ready' | 'failed';
  /** Alerts turned on without a channel (checked before sending). */
  declare private noChannel: ReadonlySet<AlertKind>;
  /** 422 `channel-unavailable`: `<kind>.<channel>` → why. */
  declare private channelErrors: ReadonlyMap<string, string>;
  declare private notice: string;

  /** The Idempotency-Key of the save attempt, reused by a retry of the same choices. */
  #saveKey: { body: string; key: string } | undefined;

  constructor() {
    super();
    this.saved = undefined;
    this.draft = undefined;
    this.loadState = 'loading';
    this.noChannel = new Set();
    this.channelErrors = new Map();
    this.notice = '';
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  /** Saved elsewhere (another tab, the notification settings' login alert): the new version; untouched choices follow. */
  protected override areaChanged(_area: SecurityArea, origin: 'here' | 'elsewhere'): void {
    if (origin === 'elsewhere' && !this.action.busy) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.saved) this.loadState = 'loading';
    try {
      const { alerts } = await getOverview(this.ctx.client, this.abort.signal);
      const untouched = !this.draft || !this.saved || sameDraft(this.draft, draftOf(this.saved));
      this.saved = alerts;
      if (untouched) this.draft = draftOf(alerts);
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      if (!this.saved) this.loadState = 'failed';
    }
  }

  // ——— Editing ———

  private edit(kind: AlertKind, change: (alert: Draft[AlertKind]) => void): void {
    if (!this.draft) return;
    const draft = structuredClone(this.draft);
    change(draft[kind]);
    this.draft = draft;
    this.notice = '';
    if (this.noChannel.has(kind)) this.noChannel = new Set([...this.noChannel].filter((k) => k !== kind));
  }

  private toggleChannel(kind: AlertKind, channel: NotificationChannel, on: boolean): void {
    this.edit(kind, (alert) => {
      alert.channels = on
        ? CHANNELS.filter((c) => c === channel || alert.channels.includes(c))
        : alert.channels.filter((c) => c !== channel);
    });
    const key = `${kind}.${channel}`;
    if (this.channelErrors.has(key)) {
      const next = new Map(this.channelErrors);
      next.delete(key);
      this.channelErrors = next;
    }
  }

  // ——— Saving ———

  private describeSave(error: unknown): string | undefined {
    const m = this.msg;
    if (this.aborted(error)) return undefined;
    if (isApiError(error) && error.kind === 'conflict') return m.conflict;
    if (isApiError(error) && error.status === 422 && error.fields.length > 0) {
      const unavailable = new Map<string, string>();
      for (const field of error.fields) {
        const match = /^(newDevice|passwordChanged|twoFactorChanged)\.(portal|email|sms|push)$/.exec(field.field);
        if (!match) continue;
        const [, kind, channel] = match as unknown as [string, AlertKind, NotificationChannel];
        unavailable.set(`${kind}.${channel}`, m.unavailableField(kind, channel, m.unavailableCode(field.code)));
      }
      this.channelErrors = unavailable;
      if (unavailable.size > 0) return `${m.unavailable} ${[...unavailable.values()].join(' ')}`;
    }
    const text = this.errorText(error);
    return text ? `${text} ${m.saveFailedKept}` : undefined;
  }

  private readonly save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const m = this.msg;
    const saved = this.saved;
    const draft = this.draft;
    if (!saved || !draft || this.action.busy) return;
    this.notice = '';
    this.noChannel = new Set(ALERT_KINDS.filter((kind) => draft[kind].enabled && draft[kind].channels.length === 0));
    if (this.noChannel.size > 0) {
      const first = [...this.noChannel][0]!;
      await this.updateComplete;
      this.announcer.announce(
        `${m.fixErrors} ${[...this.noChannel].map((kind) => `${m.kind(kind)}: ${m.noChannel}`).join(' ')}`,
      );
      this.renderRoot.querySelector<HTMLElement>(`#channels-${first}`)?.focus();
      return;
    }
    this.channelErrors = new Map();
    const request: SecurityAlerts = { ...structuredClone(draft), version: saved.version };
    const body = JSON.stringify(request);
    if (this.#saveKey?.body !== body) this.#saveKey = { body, key: createIdempotencyKey() };
    const key = this.#saveKey.key;
    const answer = await this.action.run(async () => {
      try {
        return await saveAlerts(this.ctx.client, request, key, this.abort.signal);
      } catch (error) {
        if (isApiError(error) && error.kind === 'conflict') {
          // The version moved on: take the saved one (still busy, so «Сохранить» waits); the choices stay on screen.
          this.#saveKey = undefined;
          try {
            this.saved = (await getOverview(this.ctx.client, this.abort.signal)).alerts;
          } catch {
            // The next «Сохранить» says what is wrong.
          }
        }
        throw error;
      }
    });
    if (!answer) {
      if (this.action.problem) {
        this.announcer.announce(this.action.problem);
        if (this.channelErrors.size > 0) {
          const [first] = [...this.channelErrors.keys()];
          await this.focusOn(`input[data-key="${first}"]`);
        }
      }
      return;
    }
    this.#saveKey = undefined;
    this.saved = answer;
    this.draft = draftOf(answer);
    this.notice = m.saved;
    this.announcer.announce(m.saved);
    this.reportChange('alerts');
  };

  // ——— Rendering ———

  private renderKind(kind: AlertKind, draft: Draft): TemplateResult {
    const m = this.msg;
    const alert = draft[kind];
    const missing = this.noChannel.has(kind);
    const settings = this.ctx.notificationsHref
      ? safeServerUrl(this.ctx.notificationsHref, document.baseURI)
      : undefined;
    return html`<section class="kind" aria-labelledby="heading-${kind}" data-kind=${kind}>
      <h4 id="heading-${kind}">${m.kind(kind)}</h4>
      ${
        kind === 'newDevice'
          ? html`<p class="muted" id="same-${kind}">
              ${m.sameAsLogin}
              ${settings ? html`<a href=${settings} data-notifications-link>${m.notificationsLink}</a>` : nothing}
            </p>`
          : nothing
      }
      <label class="check">
        <input
          type="checkbox"
          data-enabled=${kind}
          .checked=${alert.enabled}
          @change=${(event: Event) => this.edit(kind, (a) => (a.enabled = (event.target as HTMLInputElement).checked))}
        />
        ${m.about(kind)}
      </label>
      <fieldset
        id="channels-${kind}"
        tabindex="-1"
        aria-describedby="channels-${kind}-error"
        aria-invalid=${missing ? 'true' : nothing}
        ?disabled=${!alert.enabled}
      >
        <legend>${m.channels(kind)}</legend>
        <div class="channels">
          ${CHANNELS.map((channel) => {
            const key = `${kind}.${channel}`;
            const problem = this.channelErrors.get(key);
            return html`<label class="check">
              <input
                type="checkbox"
                data-key=${key}
                aria-label=${m.channelOf(kind, channel)}
                aria-describedby=${problem ? `error-${kind}-${channel}` : nothing}
                aria-invalid=${problem ? 'true' : nothing}
                .checked=${alert.channels.includes(channel)}
                @change=${(event: Event) =>
                  this.toggleChannel(kind, channel, (event.target as HTMLInputElement).checked)}
              />
              ${m.channel(channel)}
            </label>`;
          })}
        </div>
        ${[...CHANNELS]
          .filter((channel) => this.channelErrors.has(`${kind}.${channel}`))
          .map(
            (channel) =>
              html`<p class="error" id="error-${kind}-${channel}">${this.channelErrors.get(`${kind}.${channel}`)}</p>`,
          )}
        <p id="channels-${kind}-error" class="error" ?hidden=${!missing}>${missing ? m.noChannel : ''}</p>
      </fieldset>
    </section>`;
  }

  /** One template around every state: the heading stays the same element (focus on it survives the first load). */
  override render(): TemplateResult {
    return html`<h3 tabindex="-1">${this.msg.heading}</h3>
      ${this.renderState()}`;
  }

  private renderState(): TemplateResult {
    const m = this.msg;
    if (this.loadState === 'loading') return html`<p role="status" aria-busy="true">${m.loading}</p>`;
    const draft = this.draft;
    if (this.loadState === 'failed' || !draft)
      return html`<div class="problem" role="alert">
        <p>${m.loadFailed}</p>
        <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
      </div>`;
    const problem = this.action.problem;
    const retryable = problem && this.channelErrors.size === 0 && !(problem === m.conflict);
    return html`<p>${m.intro}</p>
      <form novalidate @submit=${this.save}>
        ${ALERT_KINDS.map((kind) => this.renderKind(kind, draft))}
        <div class=${problem ? 'problem' : 'problem is-empty'} role="alert" data-save-problem>
          ${problem}
          ${
            retryable
              ? html`<div class="actions">
                  <button class="btn" type="button" data-retry @click=${() => void this.save()}>${m.retry}</button>
                </div>`
              : nothing
          }
        </div>
        <p class=${this.notice ? 'status' : 'status is-empty'} role="status" data-notice>${this.notice}</p>
        <div class="actions">
          <button class="btn-primary" type="submit" aria-disabled=${this.action.busy ? 'true' : 'false'}>
            ${m.save}
          </button>
        </div>
      </form>`;
  }
}

if (!customElements.get('gu-security-alerts')) customElements.define('gu-security-alerts', GuSecurityAlerts);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-alerts': GuSecurityAlerts;
  }
}
