/**
 * `gu-security-sessions` («Активные сеансы»): every place the account is signed in now — this one first, «Этот
 * сеанс» (it is not ended here: «Выйти» does that), then the others by last activity, each with when it started, when
 * it was last active, the IP address, the place, where (the portal or app) and the device. «Завершить» ends one after a
 * confirmation; «Завершить все другие сеансы» ends every other one after a confirmation — this page stays signed in,
 * the others sign out at once (their pages hear the live event `sessions-ended`). Follows `sessions` changes live.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import { LocaleController, plural, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import { statusBadgeStyles } from '../../core/theme/looks/status-badge.js';
import '../../core/ui/gu-dialog.js';
import { ActionController } from '../../core/widget/action.js';
import { sessionsRu, type SessionsMessages } from '../locales/sessions-ru.js';
import { endOtherSessions, endSession, listSessions } from '../sessions-api.js';
import type { AccountSession, SecurityArea } from '../types.js';
import { SecurityPart } from './part.js';
import { sessionsStyles } from './sessions.styles.js';
import { deviceLabel, deviceText } from './device-text.js';

const sessionsMessages: LazyCatalogs<SessionsMessages> = {
  ru: sessionsRu,
  en: () => import('../locales/sessions-en.js').then((module) => module.sessionsEn),
};

/** What the confirmation dialog asks about: one session, or every other one. */
type Ending = AccountSession | 'others';

export class GuSecuritySessions extends SecurityPart<SessionsMessages> {
  static override styles = [baseStyles, partStyles, statusBadgeStyles, sessionsStyles];

  static override properties = {
    ...SecurityPart.properties,
    items: { state: true },
    loadState: { state: true },
    ending: { state: true },
    notice: { state: true },
  };

  protected readonly i18n = new LocaleController(this, sessionsMessages);
  protected override readonly areas: readonly SecurityArea[] = ['sessions'];
  private readonly action = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : this.errorText(error),
  );

  declare private items: AccountSession[];
  declare private loadState: 'loading' | 'ready' | 'failed';
  declare private ending: Ending | undefined;
  declare private notice: string;

  constructor() {
    super();
    this.items = [];
    this.loadState = 'loading';
    this.ending = undefined;
    this.notice = '';
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  protected override areaChanged(): void {
    // Another tab or device ended or opened a session: the list follows, focus and the open dialog stay.
    if (this.loadState === 'ready') void this.load();
  }

  private async load(): Promise<void> {
    if (this.loadState !== 'ready') this.loadState = 'loading';
    try {
      this.items = await listSessions(this.ctx.client, this.abort.signal);
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      if (this.loadState !== 'ready') this.loadState = 'failed';
    }
  }

  private say(text: string): void {
    this.notice = text;
    this.announcer.announce(text);
  }

  private ask(ending: Ending): void {
    this.notice = '';
    this.action.fail('');
    this.ending = ending;
  }

  private closeDialog(): void {
    this.renderRoot.querySelector<HTMLElement & { close(value?: string): void }>('gu-dialog')?.close('done');
    this.ending = undefined;
  }

  private async confirm(): Promise<void> {
    const m = this.msg;
    const ending = this.ending;
    if (!ending) return;
    let gone = false;
    const count = await this.action.run(async () => {
      if (ending === 'others') return endOtherSessions(this.ctx.client, this.abort.signal);
      try {
        await endSession(this.ctx.client, ending.id, this.abort.signal);
      } catch (error) {
        if (!isApiError(error) || error.status !== 404) throw error;
        gone = true; // ended meanwhile (another tab or device): the list is simply out of date
      }
      return 1;
    });
    this.closeDialog();
    if (count === undefined) {
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    if (ending === 'others') {
      this.items = this.items.filter((item) => item.current);
      this.say(count === 0 ? m.noOthers : plural(this.i18n.locale, count, m.endedOthers));
    } else {
      this.items = this.items.filter((item) => item.id !== ending.id);
      this.say(gone ? m.alreadyEnded : m.ended(deviceLabel(this.msg, ending)));
    }
    this.reportChange('sessions');
    await this.focusOn('#sessions-heading');
  }

  // ——— Rendering ———

  private renderItem(session: AccountSession): TemplateResult {
    const m = this.msg;
    const headingId = `session-${session.id}`;
    return html`<li class=${session.current ? 'item is-current' : 'item'} aria-labelledby=${headingId}>
      <div class="item-head">
        <h4 id=${headingId}>${deviceText(this.msg, session)}</h4>
        ${session.current ? html`<span class="badge tone-info">${m.thisSession}</span>` : nothing}
      </div>
      <dl class="facts">
        <dt>${m.started}</dt>
        <dd>${this.dateTime(session.startedAt)}</dd>
        <dt>${m.lastActive}</dt>
        <dd>${this.dateTime(session.lastActiveAt)}</dd>
        <dt>${m.place}</dt>
        <dd>${session.place ?? m.placeUnknown}</dd>
        <dt>${m.ip}</dt>
        <dd>${session.ip}</dd>
        <dt>${m.client}</dt>
        <dd>${session.client}</dd>
      </dl>
      ${
        session.current
          ? html`<p class="muted">${m.thisSessionHint}</p>`
          : html`<button
              class="btn"
              type="button"
              data-end=${session.id}
              aria-label=${m.endName(deviceLabel(this.msg, session))}
              @click=${() => this.ask(session)}
            >
              ${m.end}
            </button>`
      }
    </li>`;
  }

  private renderDialog(): TemplateResult {
    const m = this.msg;
    const ending = this.ending;
    const others = ending === 'others';
    return html`<gu-dialog
      .open=${ending !== undefined}
      heading=${others ? m.endOthersHeading : m.endHeading}
      @gu-dialog-close=${() => (this.ending = undefined)}
    >
      <p>${others ? m.endOthersText : ending ? m.endText(deviceLabel(this.msg, ending)) : ''}</p>
      <button class="btn" slot="footer" type="button" data-gu-dialog-close value="cancel">${m.cancel}</button>
      <button
        class="btn-primary"
        slot="footer"
        type="button"
        id="confirm-end"
        aria-disabled=${this.action.busy ? 'true' : 'false'}
        @click=${() => void this.confirm()}
      >
        ${others ? m.endOthersConfirm : m.endConfirm}
      </button>
    </gu-dialog>`;
  }

  private renderBody(): TemplateResult {
    const m = this.msg;
    if (this.loadState === 'loading') return html`<p role="status" aria-busy="true">${m.loading}</p>`;
    if (this.loadState === 'failed')
      return html`<div class="problem" role="alert">
        <p>${m.loadFailed}</p>
        <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
      </div>`;
    const others = this.items.some((item) => !item.current);
    return html`<ul class="items" aria-label=${m.listLabel}>
        ${this.items.map((item) => this.renderItem(item))}
      </ul>
      ${
        others
          ? html`<div class="actions">
              <button id="end-others" class="btn" type="button" @click=${() => this.ask('others')}>
                ${m.endOthers}
              </button>
            </div>`
          : html`<p class="muted">${m.noOthers}</p>`
      }`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    return html`<section aria-labelledby="sessions-heading">
      <h3 id="sessions-heading" tabindex="-1">${m.heading}</h3>
      <p>${m.intro}</p>
      <p class=${this.notice ? 'status' : 'status is-empty'} role="status">${this.notice}</p>
      <div class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">${this.action.problem}</div>
      ${this.renderBody()} ${this.renderDialog()}
    </section>`;
  }
}

if (!customElements.get('gu-security-sessions')) customElements.define('gu-security-sessions', GuSecuritySessions);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-sessions': GuSecuritySessions;
  }
}
