/**
 * `gu-notifications-settings` («Настройки уведомлений»): channels × categories as ONE table (row headers: categories,
 * column headers: channels; each checkbox named «Заявления — по e-mail»), frequency per category, quiet hours, login
 * alerts; an unconfirmed e-mail or phone says why its column is off and offers «Подтвердить» in place (the
 * verification API's contact code); push in this browser (the permission asked only when the citizen turns it on, a
 * refusal explained) and the browsers that have it; the autopay reminders (read-only, a link to the payments).
 * ONE «Применить» sends every choice in one request; a failed save keeps every choice and offers a retry; 409 reloads
 * the version and keeps the choices; 422 says which channel. «Подписки» (`gu-notifications-subscriptions`) below.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { createIdempotencyKey, isApiError } from '../../core/api/index.js';
import { LocaleController, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import { ActionController } from '../../core/widget/action.js';
import { GuNotificationsSettingsSavedEvent } from '../events.js';
import { followLink, linkHref } from '../link.js';
import { settingsRu, type SettingsMessages } from '../locales/settings-ru.js';
import {
  PushRefusedError,
  pushPermission,
  rememberDevice,
  subscribePush,
  thisDevice,
  unsubscribePush,
  type PushRefusal,
} from '../push.js';
import {
  addPushSubscription,
  getSettings,
  removePushSubscription,
  saveSettings,
  sendContactCode,
  verifyContactCode,
  type ContactChannel,
  type ContactTicket,
} from '../settings-api.js';
import {
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CHANNELS,
  type CategoryPreference,
  type NotificationCategory,
  type NotificationChannel,
  type NotificationFrequency,
  type NotificationPreferences,
  type NotificationSettings,
  type PushDevice,
} from '../types.js';
import { NotificationsPart } from './part.js';
import { settingsStyles } from './settings.styles.js';

const settingsMessages: LazyCatalogs<SettingsMessages> = {
  ru: settingsRu,
  en: () => import('../locales/settings-en.js').then((module) => module.settingsEn),
};

const FREQUENCIES: readonly NotificationFrequency[] = ['instant', 'daily', 'weekly'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

type FieldName = 'quiet-from' | 'quiet-to' | 'login-channels';
type FieldErrors = Partial<Record<FieldName, string>>;

/** The confirmation of a contact in place. */
interface ContactFlow {
  channel: ContactChannel;
  ticket?: ContactTicket;
  sent: string;
  error: string;
}

/** Every category once, in the table's order (a category the server forgot gets the portal, instantly). */
function normalised(preferences: NotificationPreferences): NotificationPreferences {
  const categories = NOTIFICATION_CATEGORIES.map(
    (category): CategoryPreference =>
      preferences.categories.find((entry) => entry.category === category) ?? {
        category,
        channels: ['portal'],
        frequency: 'instant',
      },
  );
  return structuredClone({ ...preferences, categories });
}

export class GuNotificationsSettings extends NotificationsPart<SettingsMessages> {
  static override styles = [baseStyles, partStyles, settingsStyles];

  static override properties = {
    ...NotificationsPart.properties,
    settings: { state: true },
    draft: { state: true },
    loadState: { state: true },
    errors: { state: true },
    channelErrors: { state: true },
    notice: { state: true },
    contactFlow: { state: true },
    pushProblem: { state: true },
    pushNotice: { state: true },
    subscriptionsLoaded: { state: true },
  };

  protected readonly i18n = new LocaleController(this, settingsMessages);
  private readonly action = new ActionController(this, (error) => this.describeSave(error));
  private readonly contactAction = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : this.errorText(error),
  );
  private readonly pushAction = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : this.errorText(error),
  );

  declare private settings: NotificationSettings | undefined;
  /** The citizen's choices, kept through failed saves, conflicts and reloads until a save succeeds. */
  declare private draft: NotificationPreferences | undefined;
  declare private loadState: 'loading' | 'ready' | 'failed';
  declare private errors: FieldErrors;
  /** 422 `channel-unavailable`: `<category>.<channel>` (or `loginAlerts.<channel>`) → its message. */
  declare private channelErrors: Map<string, string>;
  /** What went well (saved, confirmed), shown and announced. */
  declare private notice: string;
  declare private contactFlow: ContactFlow | undefined;
  declare private pushProblem: PushRefusal | undefined;
  declare private pushNotice: string;
  declare private subscriptionsLoaded: boolean;

  /** The Idempotency-Key of the save attempt, reused by a retry of the same choices. */
  #saveKey: { body: string; key: string } | undefined;

  constructor() {
    super();
    this.settings = undefined;
    this.draft = undefined;
    this.loadState = 'loading';
    this.errors = {};
    this.channelErrors = new Map();
    this.notice = '';
    this.contactFlow = undefined;
    this.pushProblem = pushPermission() === 'denied' ? 'denied' : undefined;
    this.pushNotice = '';
    this.subscriptionsLoaded = false;
  }

  protected override firstUpdated(): void {
    void this.load();
    void import('./subscriptions.js').then(() => (this.subscriptionsLoaded = true));
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  protected override storeChanged(): void {
    // The unread count does not concern the settings.
  }

  private async load(): Promise<void> {
    if (!this.settings) this.loadState = 'loading';
    try {
      const settings = await getSettings(this.ctx.client, this.abort.signal);
      this.settings = settings;
      this.draft ??= normalised(settings.preferences);
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      if (!this.settings) this.loadState = 'failed';
    }
  }

  /** The saved settings again (after a conflict), keeping the citizen's choices. */
  private async reload(): Promise<void> {
    try {
      this.settings = await getSettings(this.ctx.client, this.abort.signal);
    } catch {
      // The next «Применить» says what is wrong.
    }
  }

  // ——— Availability ———

  private available(channel: NotificationChannel): boolean {
    const settings = this.settings;
    if (!settings) return false;
    switch (channel) {
      case 'portal':
        return true;
      case 'email':
        return settings.contacts.email.confirmed;
      case 'sms':
        return settings.contacts.phone.confirmed;
      case 'push':
        return settings.push.devices.length > 0;
    }
  }

  /** The id of the note that says why a channel is off (its checkboxes are described by it). */
  private whyId(channel: NotificationChannel): string | undefined {
    return this.available(channel) ? undefined : `why-${channel}`;
  }

  // ——— Editing ———

  private edit(change: (draft: NotificationPreferences) => void): void {
    if (!this.draft) return;
    const draft = structuredClone(this.draft);
    change(draft);
    this.draft = draft;
    this.notice = '';
  }

  private toggle(category: NotificationCategory, channel: NotificationChannel, on: boolean): void {
    this.edit((draft) => {
      const entry = draft.categories.find((c) => c.category === category)!;
      entry.channels = on
        ? NOTIFICATION_CHANNELS.filter((c) => c === channel || entry.channels.includes(c))
        : entry.channels.filter((c) => c !== channel);
    });
    this.clearChannelError(`${category}.${channel}`);
  }

  private toggleLogin(channel: NotificationChannel, on: boolean): void {
    this.edit((draft) => {
      const alerts = draft.loginAlerts;
      alerts.channels = on
        ? NOTIFICATION_CHANNELS.filter((c) => c === channel || alerts.channels.includes(c))
        : alerts.channels.filter((c) => c !== channel);
    });
    this.clearChannelError(`loginAlerts.${channel}`);
    if (this.errors['login-channels']) this.errors = { ...this.errors, 'login-channels': undefined };
  }

  private clearChannelError(key: string): void {
    if (!this.channelErrors.has(key)) return;
    const next = new Map(this.channelErrors);
    next.delete(key);
    this.channelErrors = next;
  }

  /** A checkbox of a channel that is off: a click does not turn it on (it may still be turned off). */
  private guard(channel: NotificationChannel) {
    return (event: Event) => {
      const box = event.target as HTMLInputElement;
      if (!this.available(channel) && box.checked) event.preventDefault();
    };
  }

  // ——— Saving ———

  private check(draft: NotificationPreferences): FieldErrors {
    const m = this.msg;
    const errors: FieldErrors = {};
    if (draft.quietHours.enabled) {
      const { from, to } = draft.quietHours;
      if (!TIME.test(from)) errors['quiet-from'] = m.timeInvalid;
      if (!TIME.test(to)) errors['quiet-to'] = m.timeInvalid;
      if (!errors['quiet-from'] && !errors['quiet-to'] && from === to) errors['quiet-to'] = m.timeSame;
    }
    if (draft.loginAlerts.enabled && draft.loginAlerts.channels.length === 0)
      errors['login-channels'] = m.loginNoChannel;
    return errors;
  }

  private describeSave(error: unknown): string | undefined {
    const m = this.msg;
    if (this.aborted(error)) return undefined;
    if (isApiError(error) && error.kind === 'conflict') return m.conflict;
    if (isApiError(error) && error.kind === 'validation' && error.fields.length > 0) {
      const unavailable = new Map<string, string>();
      for (const field of error.fields) {
        const match = /^(?:channels\.)?([\w-]+)\.(portal|email|sms|push)$/.exec(field.field);
        if (!match) continue;
        const [, row, channel] = match as unknown as [string, string, NotificationChannel];
        // The login alerts' row: `channels.login-alerts.<channel>` (the contract's mock) or `loginAlerts.<channel>`.
        const login = row === 'login-alerts' || row === 'loginAlerts';
        const name = login ? m.loginHeading : m.category(row as NotificationCategory);
        unavailable.set(
          `${login ? 'loginAlerts' : row}.${channel}`,
          field.message || m.unavailableField(name, channel),
        );
      }
      this.channelErrors = unavailable;
      if (unavailable.size > 0) return `${m.unavailable} ${[...unavailable.values()].join(' ')}`;
      return error.fields.map((field) => field.message).join(' ');
    }
    return `${this.errorText(error)} ${m.saveFailedKept}`;
  }

  private readonly save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const m = this.msg;
    const settings = this.settings;
    const draft = this.draft;
    if (!settings || !draft) return;
    this.notice = '';
    this.errors = this.check(draft);
    const invalid = (Object.keys(this.errors) as FieldName[]).filter((field) => this.errors[field]);
    if (invalid.length > 0) {
      await this.updateComplete;
      this.announcer.announce([m.fixErrors, ...invalid.map((field) => this.errors[field])].join(' '));
      this.renderRoot.querySelector<HTMLElement>(`#${invalid[0]}`)?.focus();
      return;
    }
    this.channelErrors = new Map();
    const request = { version: settings.version, preferences: draft };
    const body = JSON.stringify(request);
    if (this.#saveKey?.body !== body) this.#saveKey = { body, key: createIdempotencyKey() };
    const key = this.#saveKey.key;
    const saved = await this.action.run(async () => {
      try {
        return await saveSettings(this.ctx.client, request, key, this.abort.signal);
      } catch (error) {
        if (isApiError(error) && error.kind === 'conflict') {
          // The version moved on: take the new one (still busy, so «Применить» waits for it); the citizen's
          // choices stay on screen for «Применить» again.
          this.#saveKey = undefined;
          await this.reload();
        }
        throw error;
      }
    });
    if (!saved) {
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    this.#saveKey = undefined;
    this.settings = saved;
    this.draft = normalised(saved.preferences);
    this.notice = m.saved;
    this.announcer.announce(m.saved);
    this.dispatchEvent(new GuNotificationsSettingsSavedEvent({ version: saved.version }));
  };

  // ——— Contacts ———

  private async sendCode(channel: ContactChannel): Promise<void> {
    const m = this.msg;
    const flow: ContactFlow = { channel, sent: '', error: '' };
    const first = this.contactFlow?.channel !== channel || !this.contactFlow.ticket;
    const ticket = await this.contactAction.run(() => sendContactCode(this.ctx.client, channel, this.abort.signal));
    if (!ticket) {
      if (this.contactAction.problem) this.announcer.announce(this.contactAction.problem);
      return;
    }
    this.contactFlow = { ...flow, ticket, sent: m.codeSent(ticket.sentTo) };
    this.announcer.announce(this.contactFlow.sent);
    if (first) await this.focusOn('#contact-code');
  }

  private async verify(event: Event): Promise<void> {
    event.preventDefault();
    const m = this.msg;
    const flow = this.contactFlow;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#contact-code');
    if (!flow?.ticket || !input) return;
    const code = input.value.replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) {
      this.contactFlow = { ...flow, error: m.codeInvalid };
      input.focus();
      return;
    }
    let codeError = '';
    const confirmed = await this.contactAction.run(
      () => verifyContactCode(this.ctx.client, flow.ticket!.id, flow.channel, code, this.abort.signal),
      (error) => {
        if (this.aborted(error)) return undefined;
        const reason = isApiError(error) ? error.code : undefined;
        if (reason === 'wrong-code') codeError = m.wrongCode;
        else if (reason === 'code-expired') codeError = m.codeExpired;
        else return this.errorText(error);
        return undefined;
      },
    );
    if (!confirmed) {
      if (codeError) {
        this.contactFlow = { ...flow, error: codeError };
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#contact-code')?.focus();
      } else if (this.contactAction.problem) this.announcer.announce(this.contactAction.problem);
      return;
    }
    const settings = this.settings!;
    const key = flow.channel === 'email' ? 'email' : 'phone';
    this.settings = {
      ...settings,
      contacts: { ...settings.contacts, [key]: { ...settings.contacts[key], confirmed: true } },
    };
    this.contactFlow = undefined;
    this.notice = flow.channel === 'email' ? m.emailConfirmed : m.phoneConfirmed;
    this.announcer.announce(this.notice);
    await this.focusOn('#channels-heading');
  }

  // ——— Push ———

  private readonly enablePush = async (): Promise<void> => {
    const m = this.msg;
    const settings = this.settings;
    if (!settings) return;
    this.pushProblem = undefined;
    this.pushNotice = '';
    let refusal: PushRefusal | undefined;
    const device = await this.pushAction.run(
      async () => {
        const subscription = await subscribePush(settings.push.publicKey, this.ctx.pushWorkerScope ?? '');
        return addPushSubscription(this.ctx.client, subscription, this.abort.signal);
      },
      (error) => {
        if (error instanceof PushRefusedError) {
          refusal = error.reason;
          return undefined;
        }
        return this.aborted(error) ? undefined : this.errorText(error);
      },
    );
    if (!device) {
      this.pushProblem = refusal;
      await this.updateComplete;
      const said = refusal ? this.refusalText(refusal) : this.pushAction.problem;
      if (said) this.announcer.announce(said);
      return;
    }
    rememberDevice(device.id);
    this.settings = {
      ...this.settings!,
      push: {
        ...this.settings!.push,
        devices: [...this.settings!.push.devices.filter((d) => d.id !== device.id), device],
      },
    };
    this.pushNotice = m.pushEnabled(device.label);
    this.announcer.announce(this.pushNotice);
  };

  private async removeDevice(device: PushDevice): Promise<void> {
    const m = this.msg;
    this.pushNotice = '';
    const done = await this.pushAction.run(async () => {
      await removePushSubscription(this.ctx.client, device.id, this.abort.signal);
      if (device.id === thisDevice()) {
        rememberDevice(undefined);
        await unsubscribePush(this.ctx.pushWorkerScope ?? '');
      }
      return true;
    });
    if (!done) {
      if (this.pushAction.problem) this.announcer.announce(this.pushAction.problem);
      return;
    }
    const settings = this.settings!;
    this.settings = {
      ...settings,
      push: { ...settings.push, devices: settings.push.devices.filter((d) => d.id !== device.id) },
    };
    this.pushNotice = m.deviceRemoved(device.label);
    this.announcer.announce(this.pushNotice);
    await this.focusOn('#push-heading');
  }

  private refusalText(reason: PushRefusal): string {
    const m = this.msg;
    return {
      unsupported: m.pushUnsupported,
      denied: m.pushDenied,
      dismissed: m.pushDismissed,
      'no-worker': m.pushNoWorker,
      failed: m.pushFailed,
    }[reason];
  }

  // ——— Rendering ———

  private renderFieldError(id: string, text: string | undefined): TemplateResult {
    return html`<p id=${id} class="error" ?hidden=${!text}>${text ?? ''}</p>`;
  }

  private renderContactNotes(settings: NotificationSettings): TemplateResult {
    const m = this.msg;
    const note = (channel: 'email' | 'sms', contact: ContactChannel): TemplateResult | typeof nothing => {
      const state = settings.contacts[contact];
      if (state.confirmed) return nothing;
      const flow = this.contactFlow?.channel === contact ? this.contactFlow : undefined;
      const text = state.value
        ? contact === 'email'
          ? m.emailUnconfirmed(state.value)
          : m.phoneUnconfirmed(state.value)
        : contact === 'email'
          ? m.emailMissing
          : m.phoneMissing;
      return html`<div class="note" data-contact=${contact}>
        <p id="why-${channel}">${text}</p>
        ${
          state.value && !flow?.ticket
            ? html`<button
                class="btn"
                type="button"
                aria-disabled=${this.contactAction.busy ? 'true' : 'false'}
                @click=${() => void this.sendCode(contact)}
              >
                ${contact === 'email' ? m.confirmEmail : m.confirmPhone}
              </button>`
            : nothing
        }
        ${flow?.ticket ? this.renderCodeForm(flow) : nothing}
      </div>`;
    };
    return html`${note('email', 'email')} ${note('sms', 'phone')}
      ${settings.push.devices.length === 0 ? html`<div class="note"><p id="why-push">${m.pushOff}</p></div>` : nothing}
      <div class=${this.contactAction.problem ? 'problem' : 'problem is-empty'} role="alert">
        ${this.contactAction.problem}
      </div>`;
  }

  private renderCodeForm(flow: ContactFlow): TemplateResult {
    const m = this.msg;
    return html`<form novalidate @submit=${(event: Event) => void this.verify(event)}>
      <p>${flow.sent}</p>
      <div class="field">
        <label for="contact-code">${flow.channel === 'email' ? m.codeLabelEmail : m.codeLabelPhone}</label>
        <p id="contact-code-hint" class="muted">${m.codeHint}</p>
        <input
          id="contact-code"
          class="input short"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength="6"
          aria-describedby="contact-code-hint contact-code-error"
          aria-invalid=${flow.error ? 'true' : 'false'}
          @input=${() => flow.error && (this.contactFlow = { ...flow, error: '' })}
        />
        <p id="contact-code-error" class="error" role="alert" ?hidden=${!flow.error}>${flow.error}</p>
      </div>
      <div class="actions">
        <button class="btn-primary" type="submit" aria-disabled=${this.contactAction.busy ? 'true' : 'false'}>
          ${m.submitCode}
        </button>
        <button class="btn" type="button" @click=${() => void this.sendCode(flow.channel)}>${m.resend}</button>
        <button class="btn" type="button" @click=${() => (this.contactFlow = undefined)}>${m.cancel}</button>
      </div>
    </form>`;
  }

  private renderTable(draft: NotificationPreferences): TemplateResult {
    const m = this.msg;
    return html`<div class="scroll" role="region" tabindex="0" aria-labelledby="channels-caption">
        <table class="table" data-channels>
          <caption id="channels-caption">
            ${m.tableCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.categoryColumn}</th>
              ${NOTIFICATION_CHANNELS.map(
                (channel) =>
                  html`<th scope="col" class=${this.available(channel) ? '' : 'off'}>${m.channel(channel)}</th>`,
              )}
              <th scope="col">${m.frequencyColumn}</th>
            </tr>
          </thead>
          <tbody>
            ${draft.categories.map((entry) => {
              const name = m.category(entry.category);
              return html`<tr>
                <th scope="row">${name}</th>
                ${NOTIFICATION_CHANNELS.map((channel) => {
                  const key = `${entry.category}.${channel}`;
                  const problem = this.channelErrors.get(key);
                  const described = [this.whyId(channel), problem ? 'channel-errors' : undefined].filter(Boolean);
                  return html`<td class="cell">
                    <input
                      type="checkbox"
                      data-key=${key}
                      aria-label=${m.channelOf(name, channel)}
                      aria-disabled=${this.available(channel) ? nothing : 'true'}
                      aria-describedby=${described.length > 0 ? described.join(' ') : nothing}
                      aria-invalid=${problem ? 'true' : nothing}
                      .checked=${entry.channels.includes(channel)}
                      @click=${this.guard(channel)}
                      @change=${(event: Event) =>
                        this.toggle(entry.category, channel, (event.target as HTMLInputElement).checked)}
                    />
                  </td>`;
                })}
                <td>
                  <select
                    class="input"
                    aria-label=${m.frequencyOf(name)}
                    aria-describedby="digest-note"
                    data-frequency=${entry.category}
                    @change=${(event: Event) =>
                      this.edit((d) => {
                        d.categories.find((c) => c.category === entry.category)!.frequency = (
                          event.target as HTMLSelectElement
                        ).value as NotificationFrequency;
                      })}
                  >
                    ${FREQUENCIES.map(
                      (frequency) =>
                        html`<option value=${frequency} ?selected=${entry.frequency === frequency}>
                          ${m.frequency(frequency)}
                        </option>`,
                    )}
                  </select>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <p id="digest-note" class="muted">${m.digestNote}</p>`;
  }

  private renderQuiet(draft: NotificationPreferences): TemplateResult {
    const m = this.msg;
    const quiet = draft.quietHours;
    const time = (id: 'quiet-from' | 'quiet-to', label: string, value: string, key: 'from' | 'to') =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          class="input short"
          inputmode="numeric"
          autocomplete="off"
          placeholder="22:00"
          aria-describedby="quiet-hint ${id}-error"
          aria-invalid=${this.errors[id] ? 'true' : 'false'}
          ?disabled=${!quiet.enabled}
          .value=${value}
          @input=${(event: Event) => {
            const typed = (event.target as HTMLInputElement).value.trim();
            this.edit((d) => (d.quietHours[key] = typed));
            if (this.errors[id]) this.errors = { ...this.errors, [id]: undefined };
          }}
        />
        ${this.renderFieldError(`${id}-error`, this.errors[id])}
      </div>`;
    return html`<section aria-labelledby="quiet-heading">
      <h4 id="quiet-heading">${m.quietHeading}</h4>
      <label class="check">
        <input
          id="quiet-enabled"
          type="checkbox"
          .checked=${quiet.enabled}
          @change=${(event: Event) =>
            this.edit((d) => (d.quietHours.enabled = (event.target as HTMLInputElement).checked))}
        />
        ${m.quietEnabled}
      </label>
      <p id="quiet-hint" class="muted">${m.quietHint(quiet.timeZone)}</p>
      <div class="times">
        ${time('quiet-from', m.quietFrom, quiet.from, 'from')} ${time('quiet-to', m.quietTo, quiet.to, 'to')}
      </div>
    </section>`;
  }

  private renderLogin(draft: NotificationPreferences): TemplateResult {
    const m = this.msg;
    const alerts = draft.loginAlerts;
    const security = this.ctx.securityHref ? linkHref(this.ctx.securityHref) : undefined;
    return html`<section aria-labelledby="login-heading">
      <h4 id="login-heading">${m.loginHeading}</h4>
      <label class="check">
        <input
          id="login-enabled"
          type="checkbox"
          .checked=${alerts.enabled}
          @change=${(event: Event) =>
            this.edit((d) => (d.loginAlerts.enabled = (event.target as HTMLInputElement).checked))}
        />
        ${m.loginEnabled}
      </label>
      <fieldset id="login-channels" tabindex="-1" aria-describedby="login-channels-error" ?disabled=${!alerts.enabled}>
        <legend>${m.loginChannels}</legend>
        ${NOTIFICATION_CHANNELS.map((channel) => {
          const problem = this.channelErrors.get(`loginAlerts.${channel}`);
          const described = [this.whyId(channel), problem ? 'channel-errors' : undefined].filter(Boolean);
          return html`<label class="check">
            <input
              type="checkbox"
              data-login=${channel}
              aria-label=${m.loginChannelOf(channel)}
              aria-disabled=${this.available(channel) ? nothing : 'true'}
              aria-describedby=${described.length > 0 ? described.join(' ') : nothing}
              aria-invalid=${problem ? 'true' : nothing}
              .checked=${alerts.channels.includes(channel)}
              @click=${this.guard(channel)}
              @change=${(event: Event) => this.toggleLogin(channel, (event.target as HTMLInputElement).checked)}
            />
            ${m.channel(channel)}
          </label>`;
        })}
        ${this.renderFieldError('login-channels-error', this.errors['login-channels'])}
      </fieldset>
      ${
        security
          ? html`<p>
              <a href=${security} @click=${followLink(this, { kind: 'security', href: security })}>${m.securityLink}</a>
            </p>`
          : nothing
      }
    </section>`;
  }

  private renderPush(settings: NotificationSettings): TemplateResult {
    const m = this.msg;
    const here = thisDevice();
    const enabledHere = settings.push.devices.some((device) => device.id === here);
    const refusal = this.pushProblem ? this.refusalText(this.pushProblem) : this.pushAction.problem;
    return html`<section aria-labelledby="push-heading">
      <h4 id="push-heading" tabindex="-1">${m.pushHeading}</h4>
      <p>${m.pushIntro}</p>
      ${
        enabledHere
          ? html`<p>${m.pushEnabledHere}</p>`
          : html`<div class="actions">
              <button
                id="push-enable"
                class="btn"
                type="button"
                aria-describedby="push-problem"
                aria-disabled=${this.pushAction.busy ? 'true' : 'false'}
                @click=${this.enablePush}
              >
                ${m.pushEnable}
              </button>
            </div>`
      }
      <div id="push-problem" class=${refusal ? 'problem' : 'problem is-empty'} role="alert" data-push-problem>
        ${refusal}
      </div>
      <p class=${this.pushNotice ? 'status' : 'status is-empty'} role="status">${this.pushNotice}</p>
      <h5>${m.devicesHeading}</h5>
      ${
        settings.push.devices.length === 0
          ? html`<p class="muted">${m.noDevices}</p>`
          : html`<ul class="plain" data-devices>
              ${settings.push.devices.map(
                (device) =>
                  html`<li>
                    <span
                      >${device.label}${device.id === here ? html` (${m.thisBrowser})` : nothing}
                      <span class="muted">${m.deviceSince(this.date(device.createdAt))}</span></span
                    >
                    <button
                      class="btn"
                      type="button"
                      aria-label=${m.deviceOffName(device.label)}
                      @click=${() => void this.removeDevice(device)}
                    >
                      ${m.deviceOff}
                    </button>
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderReminders(settings: NotificationSettings): TemplateResult {
    const m = this.msg;
    const payments = this.ctx.paymentsHref ? linkHref(this.ctx.paymentsHref) : undefined;
    return html`<section aria-labelledby="reminders-heading">
      <h4 id="reminders-heading">${m.remindersHeading}</h4>
      <p>${m.remindersIntro}</p>
      ${
        settings.autopayReminders.length === 0
          ? html`<p class="muted">${m.noReminders}</p>`
          : html`<ul class="plain" data-reminders>
              ${settings.autopayReminders.map(
                (reminder) =>
                  html`<li>
                    <span lang="ru">${reminder.providerName}</span>
                    <span>${m.reminder(this.i18n.plural(reminder.remindDaysBefore, m.days))}</span>
                  </li>`,
              )}
            </ul>`
      }
      ${
        payments
          ? html`<p>
              <a href=${payments} @click=${followLink(this, { kind: 'page', href: payments })}>${m.remindersLink}</a>
            </p>`
          : nothing
      }
    </section>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    const heading = html`<h3 tabindex="-1">${m.heading}</h3>`;
    if (this.loadState === 'loading')
      return html`${heading}
        <p role="status" aria-busy="true">${m.loading}</p>`;
    if (this.loadState === 'failed' || !this.settings || !this.draft)
      return html`${heading}
        <div class="problem" role="alert">
          <p>${m.loadFailed}</p>
          <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
        </div>`;
    const settings = this.settings;
    const draft = this.draft;
    const problem = this.action.problem;
    const retryable = problem && this.channelErrors.size === 0;
    return html`${heading}
      <p>${m.intro}</p>
      <form novalidate @submit=${this.save}>
        <section aria-labelledby="channels-heading">
          <h4 id="channels-heading" tabindex="-1">${m.channelsHeading}</h4>
          ${this.renderContactNotes(settings)} ${this.renderTable(draft)}
        </section>
        ${this.renderQuiet(draft)} ${this.renderLogin(draft)}
        <div id="channel-errors" class=${problem ? 'problem' : 'problem is-empty'} role="alert" data-save-problem>
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
            ${m.apply}
          </button>
        </div>
      </form>
      ${this.renderPush(settings)} ${this.renderReminders(settings)}
      ${
        this.subscriptionsLoaded
          ? html`<gu-notifications-subscriptions
              .ctx=${this.ctx}
              .locale=${this.locale}
            ></gu-notifications-subscriptions>`
          : html`<p class="muted">${m.subscriptionsLoading}</p>`
      }`;
  }
}

if (!customElements.get('gu-notifications-settings'))
  customElements.define('gu-notifications-settings', GuNotificationsSettings);

declare global {
  interface HTMLElementTagNameMap {
    'gu-notifications-settings': GuNotificationsSettings;
  }
}
