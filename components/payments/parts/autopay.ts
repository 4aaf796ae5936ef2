/**
 * `gu-payments-autopay` («Автоплатёж», rendered inside the cards part): per utility provider on/off, the monthly limit
 * in roubles, the card (from the linked cards the cards part gives it) and the reminder «Напоминать за N дней до
 * срока» (0–10; 0 — none: the setting the notifications widget shows). Each field's message next to it; saving is
 * announced and fires `gu-payments-autopay-changed`. What was typed survives a failed save and a reload.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import type { LazyCatalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { ActionController } from '../../core/widget/action.js';
import { LIMIT_MAX, LIMIT_MIN, REMIND_MAX, listAutopay, updateAutopay, type AutopayUpdate } from '../cards-api.js';
import { GuPaymentsAutopayChangedEvent } from '../events.js';
import { autopayRu, type AutopayMessages } from '../locales/autopay-ru.js';
import type { AutopayRule, LinkedCard } from '../types.js';
import { cardsStyles } from './cards.styles.js';
import { PaymentsPart } from './part.js';
import { partStyles } from '../../core/theme/looks/part.js';

const autopayMessages: LazyCatalogs<AutopayMessages> = {
  ru: autopayRu,
  en: () => import('../locales/autopay-en.js').then((module) => module.autopayEn),
};

/** What the citizen typed for one provider (strings as typed, so nothing is lost or reformatted). */
interface Draft {
  enabled: boolean;
  limit: string;
  cardId: string;
  remind: string;
}
type Field = 'limit' | 'cardId' | 'remind';
type Errors = Partial<Record<Field, string>>;

/** Roubles as typed («3 500», «3500,50») → kopecks, or undefined when it is not an amount. */
export function parseRoubles(text: string): number | undefined {
  const plain = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(plain)) return undefined;
  const [whole = '0', fraction = ''] = plain.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export class GuPaymentsAutopay extends PaymentsPart<AutopayMessages> {
  static override styles = [baseStyles, partStyles, ...cardsStyles];

  static override properties = {
    ...PaymentsPart.properties,
    cards: { attribute: false },
    onLinkCard: { attribute: false },
    rules: { state: true },
    loadState: { state: true },
    drafts: { state: true },
    errors: { state: true },
    savingId: { state: true },
    problemId: { state: true },
  };

  protected readonly i18n = new LocaleController(this, autopayMessages);
  private readonly action = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : this.errorText(error),
  );

  /** The linked cards (from the cards part). */
  declare cards: LinkedCard[];
  /** Takes the citizen to linking a card (the cards part focuses its «Привязать карту»). */
  declare onLinkCard: (() => void) | undefined;
  declare private rules: AutopayRule[];
  declare private loadState: 'loading' | 'ready' | 'failed';
  declare private drafts: Record<string, Draft>;
  declare private errors: Record<string, Errors>;
  declare private savingId: string | undefined;
  declare private problemId: string | undefined;
  #revision = '';
  /** Providers whose fields the citizen changed since the last load or save. */
  readonly #dirty = new Set<string>();

  constructor() {
    super();
    this.cards = [];
    this.onLinkCard = undefined;
    this.rules = [];
    this.loadState = 'loading';
    this.drafts = {};
    this.errors = {};
    this.savingId = undefined;
    this.problemId = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('ctx') || !this.ctx) return;
    const revision = `${this.ctx.revision.autopay}/${this.ctx.revision.cards}`;
    if (revision !== this.#revision) {
      this.#revision = revision;
      void this.load();
    }
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  private async load(): Promise<void> {
    if (this.rules.length === 0) this.loadState = 'loading';
    try {
      const rules = await listAutopay(this.ctx.client, this.abort.signal);
      const drafts: Record<string, Draft> = {};
      for (const rule of rules) {
        const kept = this.drafts[rule.providerId];
        drafts[rule.providerId] =
          kept && this.#dirty.has(rule.providerId)
            ? { ...kept, cardId: this.cards.some((c) => c.id === kept.cardId) ? kept.cardId : '' }
            : this.draftOf(rule);
      }
      this.rules = rules;
      this.drafts = drafts;
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      this.loadState = 'failed';
    }
  }

  private draftOf(rule: AutopayRule): Draft {
    return {
      enabled: rule.enabled,
      limit: rule.monthlyLimit === undefined ? '' : this.roubles(rule.monthlyLimit),
      cardId: rule.cardId ?? '',
      remind: String(rule.remindDaysBefore),
    };
  }

  /** Kopecks as the limit field shows them («5000», «3500,50»). */
  private roubles(kopecks: number): string {
    const whole = Math.trunc(kopecks / 100);
    const cents = kopecks % 100;
    if (cents === 0) return String(whole);
    return `${whole}${this.i18n.locale === 'ru' ? ',' : '.'}${String(cents).padStart(2, '0')}`;
  }

  private edit(providerId: string, changes: Partial<Draft>): void {
    this.#dirty.add(providerId);
    this.drafts = { ...this.drafts, [providerId]: { ...this.drafts[providerId]!, ...changes } };
    if (this.errors[providerId]) {
      // a corrected field loses its message as soon as it is right
      const next = this.check(this.drafts[providerId]!).errors;
      const kept: Errors = {};
      for (const field of Object.keys(this.errors[providerId]!) as Field[]) if (next[field]) kept[field] = next[field];
      this.errors = { ...this.errors, [providerId]: kept };
    }
  }

  /** The update to send, or the fields' messages. */
  private check(draft: Draft): { update?: AutopayUpdate; errors: Errors } {
    const m = this.msg;
    const errors: Errors = {};
    const money = (kopecks: number) => this.money(kopecks);
    let monthlyLimit: number | undefined;
    if (draft.limit.trim() !== '') {
      monthlyLimit = parseRoubles(draft.limit);
      if (monthlyLimit === undefined) errors.limit = m.limitInvalid;
      else if (monthlyLimit < LIMIT_MIN || monthlyLimit > LIMIT_MAX)
        errors.limit = m.limitRange(money(LIMIT_MIN), money(LIMIT_MAX));
    } else if (draft.enabled) errors.limit = m.limitRequired;
    const cardId = this.cards.some((c) => c.id === draft.cardId) ? draft.cardId : undefined;
    if (draft.enabled && !cardId) errors.cardId = m.cardRequired;
    const remind = draft.remind.trim();
    const days = /^\d{1,2}$/.test(remind) ? Number(remind) : NaN;
    if (!(days >= 0 && days <= REMIND_MAX)) errors.remind = m.remindInvalid;
    if (Object.keys(errors).length > 0) return { errors };
    return {
      errors,
      update: {
        enabled: draft.enabled,
        remindDaysBefore: days,
        ...(monthlyLimit !== undefined ? { monthlyLimit } : {}),
        ...(cardId ? { cardId } : {}),
      },
    };
  }

  private async save(rule: AutopayRule): Promise<void> {
    const m = this.msg;
    const id = rule.providerId;
    const { update, errors } = this.check(this.drafts[id]!);
    this.errors = { ...this.errors, [id]: errors };
    if (!update) {
      await this.updateComplete;
      this.announcer.announce([m.fixErrors, ...Object.values(errors)].join(' '));
      const first = (['limit', 'cardId', 'remind'] as const).find((field) => errors[field]);
      this.renderRoot.querySelector<HTMLElement>(`#${first}-${id}`)?.focus();
      return;
    }
    this.savingId = id;
    this.problemId = id;
    const saved = await this.action.run(
      () => updateAutopay(this.ctx.client, id, update, this.abort.signal),
      (error) => {
        if (this.aborted(error)) return undefined;
        if (isApiError(error) && error.kind === 'validation' && error.fields.length > 0)
          return error.fields.map((f) => f.message).join(' ');
        return this.errorText(error);
      },
    );
    this.savingId = undefined;
    if (!saved) {
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    this.#dirty.delete(id);
    this.rules = this.rules.map((r) => (r.providerId === id ? saved : r));
    this.drafts = { ...this.drafts, [id]: this.draftOf(saved) };
    const card = this.cards.find((c) => c.id === saved.cardId);
    const parts = [
      m.saved(saved.providerName),
      saved.enabled && saved.monthlyLimit !== undefined && card
        ? m.savedOn(this.money(saved.monthlyLimit), `•••• ${card.last4}`)
        : m.savedOff,
      saved.remindDaysBefore > 0
        ? m.savedRemind(this.i18n.plural(saved.remindDaysBefore, m.remindDays))
        : m.savedNoRemind,
    ];
    this.announcer.announce(parts.join(' '));
    this.dispatchEvent(
      new GuPaymentsAutopayChangedEvent({
        providerId: id,
        enabled: saved.enabled,
        remindDaysBefore: saved.remindDaysBefore,
      }),
    );
    this.changed('autopay');
  }

  // ——— Rendering ———

  private renderError(id: string, text: string | undefined): TemplateResult {
    return html`<p id=${id} class="error" ?hidden=${!text}>${text ?? ''}</p>`;
  }

  private renderRule(rule: AutopayRule): TemplateResult {
    const m = this.msg;
    const id = rule.providerId;
    const draft = this.drafts[id] ?? this.draftOf(rule);
    const errors = this.errors[id] ?? {};
    const hasCards = this.cards.length > 0;
    const problem = this.problemId === id ? this.action.problem : '';
    return html`<li class="card provider" data-provider=${id}>
      <form novalidate @submit=${(event: Event) => (event.preventDefault(), void this.save(rule))}>
        <h5>
          <span lang="ru">${rule.providerName}</span>
          <span class="badge ${rule.enabled ? 'tone-success' : 'tone-neutral'}">${rule.enabled ? m.on : m.off}</span>
        </h5>
        <p class="muted">${m.account(rule.accountNumber)}</p>
        <label class="check">
          <input
            id="enabled-${id}"
            type="checkbox"
            .checked=${draft.enabled}
            @change=${(event: Event) => this.edit(id, { enabled: (event.target as HTMLInputElement).checked })}
          />
          ${m.enable(rule.providerName)}
        </label>
        <div class="field">
          <label for="limit-${id}">${m.limit}</label>
          <p id="limit-hint-${id}" class="muted">${m.limitHint(this.money(LIMIT_MIN), this.money(LIMIT_MAX))}</p>
          <input
            id="limit-${id}"
            class="input"
            inputmode="decimal"
            autocomplete="off"
            aria-describedby="limit-hint-${id} limit-error-${id}"
            aria-invalid=${errors.limit ? 'true' : 'false'}
            .value=${draft.limit}
            @input=${(event: Event) => this.edit(id, { limit: (event.target as HTMLInputElement).value })}
          />
          ${this.renderError(`limit-error-${id}`, errors.limit)}
        </div>
        <div class="field">
          <label for="cardId-${id}">${m.card}</label>
          ${
            hasCards
              ? html`<select
                  id="cardId-${id}"
                  class="input"
                  aria-describedby="cardId-error-${id}"
                  aria-invalid=${errors.cardId ? 'true' : 'false'}
                  @change=${(event: Event) => this.edit(id, { cardId: (event.target as HTMLSelectElement).value })}
                >
                  <option value="" ?selected=${draft.cardId === ''}>${m.chooseCard}</option>
                  ${this.cards.map(
                    (card) =>
                      html`<option value=${card.id} ?selected=${draft.cardId === card.id}>•••• ${card.last4}</option>`,
                  )}
                </select>`
              : html`<p id="cardId-${id}" class="muted" tabindex="-1">${m.noCards}</p>
                  <button class="btn" type="button" @click=${() => this.onLinkCard?.()}>${m.toCards}</button>`
          }
          ${this.renderError(`cardId-error-${id}`, errors.cardId)}
        </div>
        <div class="field">
          <label for="remind-${id}">${m.remind}</label>
          <p id="remind-hint-${id}" class="muted">${m.remindHint}</p>
          <input
            id="remind-${id}"
            class="input short"
            type="number"
            min="0"
            max=${REMIND_MAX}
            step="1"
            inputmode="numeric"
            aria-describedby="remind-hint-${id} remind-error-${id}"
            aria-invalid=${errors.remind ? 'true' : 'false'}
            .value=${draft.remind}
            @input=${(event: Event) => this.edit(id, { remind: (event.target as HTMLInputElement).value })}
          />
          ${this.renderError(`remind-error-${id}`, errors.remind)}
        </div>
        <div class=${problem ? 'problem' : 'problem is-empty'} role="alert">${problem}</div>
        <div class="actions">
          <button class="btn-primary" type="submit" aria-disabled=${this.savingId === id ? 'true' : 'false'}>
            ${m.save}<span class="visually-hidden"> ${rule.providerName}</span>
          </button>
        </div>
      </form>
    </li>`;
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
    else if (this.rules.length === 0) body = html`<p class="muted">${m.none}</p>`;
    else
      body = html`<p>${m.intro}</p>
        <ul class="plain">
          ${this.rules.map((rule) => this.renderRule(rule))}
        </ul>`;
    return html`<section aria-labelledby="autopay-heading">
      <h4 id="autopay-heading" tabindex="-1">${m.heading}</h4>
      ${body}
    </section>`;
  }
}

if (!customElements.get('gu-payments-autopay')) customElements.define('gu-payments-autopay', GuPaymentsAutopay);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-autopay': GuPaymentsAutopay;
  }
}
