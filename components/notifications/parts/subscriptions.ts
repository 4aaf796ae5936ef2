/**
 * `gu-notifications-subscriptions` («Подписки», seed 004; drawn inside «Настройки уведомлений», loaded lazily): the
 * citizen's subscriptions to agencies' mailings — the list (all, active, paused), add (mailing, channels, frequency
 * once / daily / weekly, optional dates), edit, pause and resume, unsubscribe after a confirmation. Each field's
 * message next to it; every outcome announced; focus returns to where the citizen was.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { createIdempotencyKey, isApiError } from '../../core/api/index.js';
import { LocaleController, formatList, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { statusBadgeStyles } from '../../core/theme/looks/status-badge.js';
import { partStyles } from '../../core/theme/looks/part.js';
import '../../core/ui/gu-dialog.js';
import { ActionController } from '../../core/widget/action.js';
import { subscriptionsRu, type SubscriptionsMessages } from '../locales/subscriptions-ru.js';
import {
  addSubscription,
  listSubscriptions,
  removeSubscription,
  updateSubscription,
  type SubscriptionPatch,
} from '../subscriptions-api.js';
import type {
  NotificationSubscription,
  SubscriptionChannel,
  SubscriptionFrequency,
  SubscriptionTopic,
} from '../types.js';
import { NotificationsPart } from './part.js';
import { settingsStyles } from './settings.styles.js';

const subscriptionsMessages: LazyCatalogs<SubscriptionsMessages> = {
  ru: subscriptionsRu,
  en: () => import('../locales/subscriptions-en.js').then((module) => module.subscriptionsEn),
};

const CHANNELS: readonly SubscriptionChannel[] = ['email', 'sms', 'push'];
const FREQUENCIES: readonly SubscriptionFrequency[] = ['once', 'daily', 'weekly'];
type Filter = 'all' | 'active' | 'paused';
type Field = 'sub-topic' | 'sub-channels' | 'sub-from' | 'sub-until';

/** The add / edit form as typed. */
interface Draft {
  /** The subscription being edited (absent: a new one). */
  id?: string;
  topicId: string;
  channels: SubscriptionChannel[];
  frequency: SubscriptionFrequency;
  from: string;
  until: string;
}

export class GuNotificationsSubscriptions extends NotificationsPart<SubscriptionsMessages> {
  static override styles = [baseStyles, partStyles, statusBadgeStyles, settingsStyles];

  static override properties = {
    ...NotificationsPart.properties,
    items: { state: true },
    topics: { state: true },
    filter: { state: true },
    loadState: { state: true },
    draft: { state: true },
    errors: { state: true },
    notice: { state: true },
    removing: { state: true },
  };

  protected readonly i18n = new LocaleController(this, subscriptionsMessages);
  private readonly action = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : this.errorText(error),
  );

  declare private items: NotificationSubscription[];
  declare private topics: SubscriptionTopic[];
  declare private filter: Filter;
  declare private loadState: 'loading' | 'ready' | 'failed';
  declare private draft: Draft | undefined;
  declare private errors: Partial<Record<Field, string>>;
  declare private notice: string;
  declare private removing: NotificationSubscription | undefined;

  /** The add attempt's Idempotency-Key, kept for a retry of the same form. */
  #addKey: { body: string; key: string } | undefined;
  /** Where focus goes back when the form closes. */
  #returnTo = '#sub-add';

  constructor() {
    super();
    this.items = [];
    this.topics = [];
    this.filter = 'all';
    this.loadState = 'loading';
    this.draft = undefined;
    this.errors = {};
    this.notice = '';
    this.removing = undefined;
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  protected override storeChanged(): void {
    // The feed's changes do not concern the subscriptions.
  }

  private async load(): Promise<void> {
    this.loadState = this.loadState === 'ready' ? 'ready' : 'loading';
    try {
      const list = await listSubscriptions(
        this.ctx.client,
        this.filter === 'all' ? undefined : this.filter,
        this.abort.signal,
      );
      this.items = list.items;
      this.topics = list.topics;
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      this.loadState = 'failed';
    }
  }

  private say(text: string): void {
    this.notice = text;
    this.announcer.announce(text);
  }

  private topicOf(subscription: NotificationSubscription): string {
    return subscription.topicTitle;
  }

  // ——— The form ———

  private open(subscription?: NotificationSubscription): void {
    this.notice = '';
    this.errors = {};
    this.#returnTo = subscription ? `[data-edit="${CSS.escape(subscription.id)}"]` : '#sub-add';
    this.draft = subscription
      ? {
          id: subscription.id,
          topicId: subscription.topicId,
          channels: [...subscription.channels],
          frequency: subscription.frequency,
          from: subscription.from ?? '',
          until: subscription.until ?? '',
        }
      : { topicId: '', channels: ['email'], frequency: 'weekly', from: '', until: '' };
    void this.focusOn('#sub-form-heading');
  }

  private async close(): Promise<void> {
    this.draft = undefined;
    this.errors = {};
    await this.focusOn(this.#returnTo);
  }

  private change(patch: Partial<Draft>): void {
    if (this.draft) this.draft = { ...this.draft, ...patch };
  }

  private check(draft: Draft): Partial<Record<Field, string>> {
    const m = this.msg;
    const errors: Partial<Record<Field, string>> = {};
    if (!draft.topicId) errors['sub-topic'] = m.topicRequired;
    if (draft.channels.length === 0) errors['sub-channels'] = m.channelsRequired;
    if (draft.from && draft.until && draft.until < draft.from) errors['sub-until'] = m.untilBeforeFrom;
    return errors;
  }

  /** The server's field problems next to the fields; what has no field goes to the alert region. */
  private fieldErrors(error: unknown): string | undefined {
    const m = this.msg;
    if (this.aborted(error)) return undefined;
    if (isApiError(error) && error.code === 'subscription-exists') {
      this.errors = { 'sub-topic': m.topicExists };
      return undefined;
    }
    if (isApiError(error) && error.kind === 'validation' && error.fields.length > 0) {
      const errors: Partial<Record<Field, string>> = {};
      const rest: string[] = [];
      for (const field of error.fields) {
        const name = field.field.split('.')[0];
        const target: Field | undefined =
          name === 'channels'
            ? 'sub-channels'
            : name === 'from'
              ? 'sub-from'
              : name === 'until'
                ? 'sub-until'
                : name === 'topicId'
                  ? 'sub-topic'
                  : undefined;
        if (target) errors[target] = field.message;
        else rest.push(field.message);
      }
      this.errors = errors;
      return rest.length > 0 ? rest.join(' ') : undefined;
    }
    return this.errorText(error);
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const m = this.msg;
    const fields = (['sub-topic', 'sub-channels', 'sub-from', 'sub-until'] as const).filter((f) => this.errors[f]);
    if (fields.length === 0) return;
    this.announcer.announce([m.fixErrors, ...fields.map((f) => this.errors[f])].join(' '));
    this.renderRoot.querySelector<HTMLElement>(`#${fields[0]}`)?.focus();
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const m = this.msg;
    const draft = this.draft;
    if (!draft) return;
    this.errors = this.check(draft);
    if (Object.keys(this.errors).length > 0) return this.focusFirstError();
    let saved: NotificationSubscription | undefined;
    if (draft.id) {
      const patch: SubscriptionPatch = {
        channels: draft.channels,
        frequency: draft.frequency,
        from: draft.from || null,
        until: draft.until || null,
      };
      saved = await this.action.run(
        () => updateSubscription(this.ctx.client, draft.id!, patch, this.abort.signal),
        (error) => this.fieldErrors(error),
      );
    } else {
      const request = {
        topicId: draft.topicId,
        channels: draft.channels,
        frequency: draft.frequency,
        ...(draft.from ? { from: draft.from } : {}),
        ...(draft.until ? { until: draft.until } : {}),
      };
      const body = JSON.stringify(request);
      if (this.#addKey?.body !== body) this.#addKey = { body, key: createIdempotencyKey() };
      const key = this.#addKey.key;
      saved = await this.action.run(
        () => addSubscription(this.ctx.client, request, key, this.abort.signal),
        (error) => this.fieldErrors(error),
      );
    }
    if (!saved) {
      if (Object.keys(this.errors).length > 0) return this.focusFirstError();
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    this.#addKey = undefined;
    const added = !draft.id;
    this.items = added ? [...this.items, saved] : this.items.map((item) => (item.id === saved.id ? saved : item));
    this.#returnTo = `[data-edit="${CSS.escape(saved.id)}"]`;
    await this.close();
    this.say(added ? m.added(saved.topicTitle) : m.saved(saved.topicTitle));
  };

  // ——— Pause, resume, remove ———

  private async setStatus(subscription: NotificationSubscription, status: 'active' | 'paused'): Promise<void> {
    const m = this.msg;
    this.notice = '';
    const saved = await this.action.run(() =>
      updateSubscription(this.ctx.client, subscription.id, { status }, this.abort.signal),
    );
    if (!saved) {
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    const shown = this.filter === 'all' || this.filter === saved.status;
    this.items = shown
      ? this.items.map((item) => (item.id === saved.id ? saved : item))
      : this.items.filter((item) => item.id !== saved.id);
    this.say(status === 'paused' ? m.pausedDone(this.topicOf(saved)) : m.resumedDone(this.topicOf(saved)));
    // The button changed its name (Приостановить ↔ Возобновить): focus stays on it, or the heading if it left.
    await this.focusOn(shown ? `[data-status="${CSS.escape(saved.id)}"]` : '#sub-heading');
  }

  private async confirmRemove(): Promise<void> {
    const m = this.msg;
    const subscription = this.removing;
    if (!subscription) return;
    const done = await this.action.run(async () => {
      await removeSubscription(this.ctx.client, subscription.id, this.abort.signal);
      return true;
    });
    this.renderRoot.querySelector<HTMLElement & { close(value?: string): void }>('gu-dialog')?.close('removed');
    this.removing = undefined;
    if (!done) {
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    this.items = this.items.filter((item) => item.id !== subscription.id);
    this.say(m.removed(this.topicOf(subscription)));
    await this.focusOn('#sub-heading');
  }

  private setFilter(filter: Filter): void {
    if (this.filter === filter) return;
    this.filter = filter;
    this.notice = '';
    void this.load();
  }

  // ——— Rendering ———

  /** A contract date (YYYY-MM-DD) in the part's language. */
  private day(iso: string): string {
    return this.date(`${iso}T12:00:00Z`);
  }

  private renderItem(subscription: NotificationSubscription): TemplateResult {
    const m = this.msg;
    const title = this.topicOf(subscription);
    const paused = subscription.status === 'paused';
    const { from, until } = subscription;
    const period =
      from && until
        ? m.period(this.day(from), this.day(until))
        : from
          ? m.periodFrom(this.day(from))
          : until
            ? m.periodUntil(this.day(until))
            : '';
    return html`<li class="card" data-subscription=${subscription.id}>
      <div>
        <h5 lang="ru">${title}</h5>
        <p>
          <span class="badge ${paused ? 'tone-neutral' : 'tone-success'}">${paused ? m.paused : m.active}</span>
        </p>
        <p class="muted" lang="ru">${m.agency(subscription.agency)}</p>
        <p>
          ${m.channels(
            formatList(
              this.i18n.locale,
              subscription.channels.map((c) => m.channel(c)),
            ),
          )}.
          ${m.howOften(m.frequency(subscription.frequency).toLowerCase())}.
        </p>
        ${period ? html`<p>${period}</p>` : nothing}
      </div>
      <div class="actions">
        <button
          class="btn"
          type="button"
          data-edit=${subscription.id}
          aria-label=${m.editName(title)}
          @click=${() => this.open(subscription)}
        >
          ${m.edit}
        </button>
        <button
          class="btn"
          type="button"
          data-status=${subscription.id}
          aria-label=${paused ? m.resumeName(title) : m.pauseName(title)}
          @click=${() => void this.setStatus(subscription, paused ? 'active' : 'paused')}
        >
          ${paused ? m.resume : m.pause}
        </button>
        <button
          class="btn"
          type="button"
          aria-label=${m.removeName(title)}
          @click=${() => {
            this.notice = '';
            this.removing = subscription;
          }}
        >
          ${m.remove}
        </button>
      </div>
    </li>`;
  }

  private renderError(id: string, text: string | undefined): TemplateResult {
    return html`<p id="${id}-error" class="error" ?hidden=${!text}>${text ?? ''}</p>`;
  }

  private renderForm(draft: Draft): TemplateResult {
    const m = this.msg;
    const editing = this.items.find((item) => item.id === draft.id);
    const radios = FREQUENCIES.map(
      (frequency) =>
        html`<label class="check">
          <input
            type="radio"
            name="sub-frequency"
            value=${frequency}
            .checked=${draft.frequency === frequency}
            @change=${() => this.change({ frequency })}
          />
          ${m.frequency(frequency)}
        </label>`,
    );
    return html`<form class="card" novalidate @submit=${this.submit} data-sub-form>
      <h5 id="sub-form-heading" tabindex="-1">${editing ? m.editHeading(editing.topicTitle) : m.addHeading}</h5>
      ${
        editing
          ? nothing
          : html`<div class="field">
              <label for="sub-topic">${m.topic}</label>
              <select
                id="sub-topic"
                class="input"
                aria-describedby="sub-topic-error"
                aria-invalid=${this.errors['sub-topic'] ? 'true' : 'false'}
                @change=${(event: Event) => {
                  this.change({ topicId: (event.target as HTMLSelectElement).value });
                  this.errors = { ...this.errors, 'sub-topic': undefined };
                }}
              >
                <option value="" ?selected=${draft.topicId === ''}>${m.chooseTopic}</option>
                ${this.topics.map(
                  (topic) =>
                    html`<option value=${topic.id} ?selected=${draft.topicId === topic.id}>
                      ${m.topicOption(topic.title, topic.agency)}
                    </option>`,
                )}
              </select>
              ${this.renderError('sub-topic', this.errors['sub-topic'])}
            </div>`
      }
      <fieldset id="sub-channels" tabindex="-1" aria-describedby="sub-channels-error">
        <legend>${m.channelsLegend}</legend>
        ${CHANNELS.map(
          (channel) =>
            html`<label class="check">
              <input
                type="checkbox"
                value=${channel}
                .checked=${draft.channels.includes(channel)}
                @change=${(event: Event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  this.change({
                    channels: CHANNELS.filter((c) => (c === channel ? on : draft.channels.includes(c))),
                  });
                  this.errors = { ...this.errors, 'sub-channels': undefined };
                }}
              />
              ${m.channel(channel)}
            </label>`,
        )}
        ${this.renderError('sub-channels', this.errors['sub-channels'])}
      </fieldset>
      <fieldset>
        <legend>${m.frequencyLegend}</legend>
        ${radios}
      </fieldset>
      <div class="times">
        ${(['from', 'until'] as const).map((key) => {
          const id = `sub-${key}` as const;
          return html`<div class="field">
            <label for=${id}>${key === 'from' ? m.from : m.until}</label>
            <input
              id=${id}
              class="input"
              type="date"
              aria-describedby="${id}-error"
              aria-invalid=${this.errors[id] ? 'true' : 'false'}
              .value=${draft[key]}
              @change=${(event: Event) => {
                this.change({ [key]: (event.target as HTMLInputElement).value });
                this.errors = { ...this.errors, [id]: undefined };
              }}
            />
            ${this.renderError(id, this.errors[id])}
          </div>`;
        })}
      </div>
      <div class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">${this.action.problem}</div>
      <div class="actions">
        <button class="btn-primary" type="submit" aria-disabled=${this.action.busy ? 'true' : 'false'}>
          ${m.save}
        </button>
        <button class="btn" type="button" @click=${() => void this.close()}>${m.cancel}</button>
      </div>
    </form>`;
  }

  private renderDialog(): TemplateResult {
    const m = this.msg;
    const subscription = this.removing;
    return html`<gu-dialog
      .open=${subscription !== undefined}
      heading=${subscription ? m.removeHeading(this.topicOf(subscription)) : m.remove}
      @gu-dialog-close=${() => (this.removing = undefined)}
    >
      <p>${m.removeText}</p>
      <button class="btn" slot="footer" type="button" data-gu-dialog-close value="keep">${m.removeKeep}</button>
      <button
        class="btn-primary"
        slot="footer"
        type="button"
        id="confirm-remove"
        aria-disabled=${this.action.busy ? 'true' : 'false'}
        @click=${() => void this.confirmRemove()}
      >
        ${m.removeConfirm}
      </button>
    </gu-dialog>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    let body: TemplateResult;
    if (this.loadState === 'loading') body = html`<p role="status" aria-busy="true">${m.loading}</p>`;
    else if (this.loadState === 'failed')
      body = html`<div class="problem" role="alert">
        <p>${m.loadFailed}</p>
        <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
      </div>`;
    else
      body = html`<fieldset>
          <legend>${m.show}</legend>
          <div class="times">
            ${(
              [
                ['all', m.showAll],
                ['active', m.showActive],
                ['paused', m.showPaused],
              ] as const
            ).map(
              ([filter, label]) =>
                html`<label class="check">
                  <input
                    type="radio"
                    name="sub-filter"
                    value=${filter}
                    .checked=${this.filter === filter}
                    @change=${() => this.setFilter(filter)}
                  />
                  ${label}
                </label>`,
            )}
          </div>
        </fieldset>
        ${
          this.items.length === 0
            ? html`<p class="muted">${this.filter === 'all' ? m.none : m.noneFiltered}</p>`
            : html`<ul class="plain subscriptions">
                ${this.items.map((item) => this.renderItem(item))}
              </ul>`
        }
        ${
          this.draft
            ? this.renderForm(this.draft)
            : html`<div class="actions">
                  <button id="sub-add" class="btn" type="button" @click=${() => this.open()}>${m.add}</button>
                </div>
                <div class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">
                  ${this.action.problem}
                </div>`
        }`;
    return html`<section aria-labelledby="sub-heading">
      <h4 id="sub-heading" tabindex="-1">${m.heading}</h4>
      <p>${m.intro}</p>
      <p class=${this.notice ? 'status' : 'status is-empty'} role="status">${this.notice}</p>
      ${body} ${this.renderDialog()}
    </section>`;
  }
}

if (!customElements.get('gu-notifications-subscriptions'))
  customElements.define('gu-notifications-subscriptions', GuNotificationsSubscriptions);

declare global {
  interface HTMLElementTagNameMap {
    'gu-notifications-subscriptions': GuNotificationsSubscriptions;
  }
}
