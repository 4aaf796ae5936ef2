/**
 * `gu-security-overview` («Обзор», the landing view of <gu-security-settings>): each section's state in one line with
 * its action — when the password was changed, two-factor on or off with its methods, backup codes left (a warning at
 * 0–2), passkeys, security questions, trusted devices and active sessions, failed sign-ins of the last 7 days (a
 * warning, leading to the history), the alerts — and «Рекомендации» while two-factor is off (or backup codes run out,
 * or no questions are chosen). Each action opens its view. Follows every area's changes (here and elsewhere): reloads
 * in place, focus stays where it is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LocaleController, type LazyCatalogs } from '../../core/i18n/index.js';
import { formatList } from '../../core/i18n/format.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import { statusBadgeStyles } from '../../core/theme/looks/status-badge.js';
import type { SecurityView } from '../context.js';
import { overviewRu, type OverviewMessages } from '../locales/overview-ru.js';
import { getOverview } from '../overview-api.js';
import type { SecurityArea, SecurityOverview } from '../types.js';
import { overviewStyles } from './overview.styles.js';
import { SecurityPart } from './part.js';

const overviewMessages: LazyCatalogs<OverviewMessages> = {
  ru: overviewRu,
  en: () => import('../locales/overview-en.js').then((module) => module.overviewEn),
};

/** Backup codes left at or below this: a warning. */
export const LOW_BACKUP_CODES = 2;

type Tone = 'success' | 'warning' | 'neutral';

interface Row {
  id: string;
  name: string;
  state: string;
  tone: Tone;
  hint?: string;
  action: string;
  view: SecurityView;
}

export class GuSecurityOverview extends SecurityPart<OverviewMessages> {
  static override styles = [baseStyles, partStyles, statusBadgeStyles, overviewStyles];

  static override properties = {
    ...SecurityPart.properties,
    overview: { state: true },
    loadState: { state: true },
  };

  protected readonly i18n = new LocaleController(this, overviewMessages);
  protected override readonly areas: readonly SecurityArea[] = [
    'password',
    'two-factor',
    'passkeys',
    'questions',
    'devices',
    'sessions',
    'login-history',
    'alerts',
  ];

  declare private overview: SecurityOverview | undefined;
  declare private loadState: 'loading' | 'ready' | 'failed';
  #loading: Promise<void> | undefined;
  #again = false;

  constructor() {
    super();
    this.overview = undefined;
    this.loadState = 'loading';
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  protected override resumeAfterMove(): void {
    void this.load();
  }

  protected override areaChanged(): void {
    void this.load();
  }

  /** Loads (or reloads, keeping what is shown) the overview; changes during a load load once more after it. */
  private load(): Promise<void> {
    if (this.#loading) {
      this.#again = true;
      return this.#loading;
    }
    this.#loading = (async () => {
      do {
        this.#again = false;
        if (!this.overview) this.loadState = 'loading';
        try {
          this.overview = await getOverview(this.ctx.client, this.abort.signal);
          this.loadState = 'ready';
        } catch (error) {
          if (this.aborted(error)) return;
          // A failed reload keeps what is shown; only a first load says it failed.
          if (!this.overview) this.loadState = 'failed';
        }
      } while (this.#again);
    })().finally(() => (this.#loading = undefined));
    return this.#loading;
  }

  private rows(overview: SecurityOverview): Row[] {
    const m = this.msg;
    const plural = (count: number, forms: OverviewMessages['backupLeft']) => this.i18n.plural(count, forms);
    const { password, twoFactor, passkeys, questions, devices, sessions, alerts } = overview;
    const rows: Row[] = [
      {
        id: 'password',
        name: m.password,
        state: password.changedAt ? m.passwordChanged(this.date(password.changedAt)) : m.passwordNeverChanged,
        tone: 'neutral',
        action: m.passwordAction,
        view: 'password',
      },
      {
        id: 'two-factor',
        name: m.twoFactor,
        state: twoFactor.enabled
          ? m.twoFactorOn(
              formatList(this.i18n.locale, [...new Set(twoFactor.methods.map((method) => m.method(method.kind)))]),
            )
          : m.twoFactorOff,
        tone: twoFactor.enabled ? 'success' : 'warning',
        action: m.twoFactorAction,
        view: 'two-factor',
      },
    ];
    if (twoFactor.enabled || twoFactor.backupCodes.left > 0) {
      const left = twoFactor.backupCodes.left;
      const low = left <= LOW_BACKUP_CODES;
      rows.push({
        id: 'backup-codes',
        name: m.backupCodes,
        state: left === 0 ? m.backupNone : plural(left, m.backupLeft),
        tone: low ? 'warning' : 'success',
        ...(low ? { hint: m.backupLow } : {}),
        action: m.backupAction,
        view: 'two-factor',
      });
    }
    const failures = overview.recentFailures ?? 0;
    const on = [
      [alerts.newDevice.enabled, m.alertNewDevice],
      [alerts.passwordChanged.enabled, m.alertPasswordChanged],
      [alerts.twoFactorChanged.enabled, m.alertTwoFactorChanged],
    ]
      .filter(([enabled]) => enabled)
      .map(([, name]) => name as string);
    rows.push(
      {
        id: 'passkeys',
        name: m.passkeys,
        state:
          passkeys.count === 0
            ? m.passkeysNone
            : [
                plural(passkeys.count, m.passkeyCount),
                passkeys.lastUsedAt && m.passkeyLastUsed(this.date(passkeys.lastUsedAt)),
              ]
                .filter(Boolean)
                .join(', '),
        tone: 'neutral',
        action: m.passkeysAction,
        view: 'passkeys',
      },
      {
        id: 'questions',
        name: m.questions,
        state: questions.count > 0 ? m.questionsSet : m.questionsNotSet,
        tone: questions.count > 0 ? 'success' : 'neutral',
        action: m.questionsAction,
        view: 'questions',
      },
      {
        id: 'devices',
        name: m.devices,
        state: devices.count === 0 ? m.devicesNone : plural(devices.count, m.deviceCount),
        tone: 'neutral',
        action: m.devicesAction,
        view: 'devices',
      },
      {
        id: 'sessions',
        name: m.sessions,
        state: sessions.count <= 1 ? m.sessionsOnlyThis : plural(sessions.count, m.sessionCount),
        tone: 'neutral',
        action: m.sessionsAction,
        view: 'sessions',
      },
      {
        id: 'history',
        name: m.history,
        state: failures > 0 ? plural(failures, m.failures) : m.noFailures,
        tone: failures > 0 ? 'warning' : 'success',
        ...(failures > 0 ? { hint: m.failuresHint } : {}),
        action: m.historyAction,
        view: 'history',
      },
      {
        id: 'alerts',
        name: m.alerts,
        state: on.length > 0 ? m.alertsOn(formatList(this.i18n.locale, on)) : m.alertsOff,
        tone: on.length > 0 ? 'success' : 'warning',
        action: m.alertsAction,
        view: 'alerts',
      },
    );
    return rows;
  }

  private recommendations(overview: SecurityOverview): Array<[text: string, action: string, view: SecurityView]> {
    const m = this.msg;
    const list: Array<[string, string, SecurityView]> = [];
    if (!overview.twoFactor.enabled) list.push([m.recommendTwoFactor, m.recommendTwoFactorAction, 'two-factor']);
    else if (overview.twoFactor.backupCodes.left <= LOW_BACKUP_CODES)
      list.push([m.recommendBackup, m.recommendBackupAction, 'two-factor']);
    if (overview.questions.count === 0) list.push([m.recommendQuestions, m.recommendQuestionsAction, 'questions']);
    return list;
  }

  private renderRecommendations(overview: SecurityOverview): TemplateResult | typeof nothing {
    const list = this.recommendations(overview);
    // Only while two-factor is off or something runs out: a well-kept account gets no advice.
    if (list.length === 0) return nothing;
    return html`<section class="recommendations" aria-labelledby="recommendations-heading" data-recommendations>
      <h4 id="recommendations-heading">${this.msg.recommendations}</h4>
      <ul>
        ${list.map(
          ([text, action, view]) =>
            html`<li>
              <p>${text}</p>
              <button class="btn-primary" type="button" @click=${() => this.navigate({ view })}>${action}</button>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderRow(row: Row): TemplateResult {
    return html`<li class="row" data-row=${row.id}>
      <h4 id="row-${row.id}">${row.name}</h4>
      <p class="state">
        <span class="badge tone-${row.tone}" data-tone=${row.tone}>${row.state}</span>
        ${row.hint ? html`<span class="hint">${row.hint}</span>` : nothing}
      </p>
      <button class="btn" type="button" @click=${() => this.navigate({ view: row.view })}>${row.action}</button>
    </li>`;
  }

  /** One template around every state: the heading stays the same element (focus on it survives the first load). */
  override render(): TemplateResult {
    return html`<h3 tabindex="-1">${this.msg.heading}</h3>
      ${this.renderState()}`;
  }

  private renderState(): TemplateResult {
    const m = this.msg;
    if (this.loadState === 'loading') return html`<p role="status" aria-busy="true">${m.loading}</p>`;
    const overview = this.overview;
    if (this.loadState === 'failed' || !overview)
      return html`<div class="problem" role="alert">
        <p>${m.loadFailed}</p>
        <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
      </div>`;
    return html`<p>${m.intro}</p>
      ${this.renderRecommendations(overview)}
      <ul class="rows" aria-label=${m.listLabel}>
        ${this.rows(overview).map((row) => this.renderRow(row))}
      </ul>`;
  }
}

if (!customElements.get('gu-security-overview')) customElements.define('gu-security-overview', GuSecurityOverview);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-overview': GuSecurityOverview;
  }
}
