/**
 * <gu-payments-checkout>: the «checkout» view — the selected charges line by line with their amounts and the total
 * (a line can be removed), the method (bank card on the acquirer's page, a linked card, СБП, e-wallet, bank transfer,
 * mobile phone balance) and «Оплатить N ₽».
 *
 * Never twice: the payment is one attempt (attempt.ts) with one Idempotency-Key, reused by every retry, double click,
 * held Enter and reload; the action runs one at a time (ActionController). 409 (in flight) is followed by asking
 * again with the same key; 422 `charges-changed` is explained per charge, the selection keeps the rest with their new
 * amounts; 422 `idempotency-key-reused` starts a new attempt; a network drop, 5xx, timeout or unreadable answer is a
 * recoverable error whose «Повторить» sends the same key.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError, safeServerUrl } from '../../core/api/index.js';
import type { LazyCatalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import '../../core/ui/gu-text-field.js';
import type { GuTextField } from '../../core/ui/text-field.js';
import { validatePhone } from '../../core/validation/index.js';
import { ActionController } from '../../core/widget/action.js';
import {
  attemptAnswered,
  attemptFor,
  checkoutPreference,
  dropAttempt,
  openAcquirerPopup,
  acquirerPopup,
  type AttemptSpec,
} from '../attempt.js';
import { checkoutRu, type CheckoutMessages } from '../locales/checkout-ru.js';
import { createPayment, getCharge, listCards, type PaymentRequest } from '../payments-api.js';
import type { CardBrand, Charge, LinkedCard, Payment, PaymentMethod } from '../types.js';
import { PAYMENT_METHODS } from '../types.js';
import { checkoutStyles } from './checkout.styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import { PaymentsPart } from './part.js';

const checkoutMessages: LazyCatalogs<CheckoutMessages> = {
  ru: checkoutRu,
  en: () => import('../locales/checkout-en.js').then((module) => module.checkoutEn),
};

/** How long a payment in flight (409) is followed before the citizen is asked to check later. */
const IN_PROGRESS_LIMIT_MS = 120_000;

/** One explained change of a refused charge. */
interface ChargeChangeNote {
  chargeId: string;
  text: string;
}

type CardsState =
  { state: 'idle' } | { state: 'loading' } | { state: 'failed' } | { state: 'ready'; cards: LinkedCard[] };

const wait = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

export class GuPaymentsCheckout extends PaymentsPart<CheckoutMessages> {
  static override styles = [baseStyles, partStyles, checkoutStyles];
  static override properties = {
    ...PaymentsPart.properties,
    method: { state: true },
    cardId: { state: true },
    cards: { state: true },
    phase: { state: true },
    changes: { state: true },
    changesUnknown: { state: true },
    retryable: { state: true },
  };

  protected readonly i18n = new LocaleController(this, checkoutMessages);
  protected override readonly followsSelection = true;
  protected readonly action = new ActionController(this, (error) => this.describe(error));

  declare private method: PaymentMethod;
  declare private cardId: string | undefined;
  declare private cards: CardsState;
  /** What the running action is doing: sending, or following a payment in flight (409). */
  declare private phase: 'idle' | 'sending' | 'in-progress';
  declare private changes: ChargeChangeNote[];
  declare private changesUnknown: boolean;
  /** The last failure may be retried with the same key. */
  declare private retryable: boolean;

  /** The phone typed for a mobile payment: kept in memory only, across re-renders. */
  private phone = '';

  constructor() {
    super();
    this.method = checkoutPreference.method ?? 'card';
    checkoutPreference.method = undefined;
    this.cardId = undefined;
    this.cards = { state: 'idle' };
    this.phase = 'idle';
    this.changes = [];
    this.changesUnknown = false;
    this.retryable = false;
  }

  protected override firstUpdated(): void {
    if (this.method === 'linked-card') void this.loadCards();
  }

  private describe(error: unknown): string | undefined {
    if (this.aborted(error)) return undefined;
    const msg = this.msg;
    this.retryable = true;
    if (isApiError(error)) {
      switch (error.kind) {
        case 'network':
          return msg.failedNetwork;
        case 'timeout':
          return msg.failedTimeout;
        case 'malformed':
          return msg.failedMalformed;
        case 'server':
          return msg.failedServer;
        case 'conflict':
          return msg.failedInProgress;
        case 'rate-limited':
          return this.errorText(error);
        default:
          this.retryable = false;
          return error.message && error.kind === 'validation' ? error.message : this.errorText(error);
      }
    }
    if (error instanceof UnsafeUrl) {
      this.retryable = false;
      return msg.failedUnsafeUrl;
    }
    return this.errorText(error);
  }

  // ——— Paying ———

  private spec(): AttemptSpec {
    const items = this.ctx.selection.charges.map((charge) => ({ chargeId: charge.id, amount: charge.amountDue }));
    return {
      items,
      method: this.method,
      ...(this.method === 'linked-card' && this.cardId ? { cardId: this.cardId } : {}),
    };
  }

  /** The method's own fields, checked before anything is sent; false when the citizen has something to fix. */
  private methodReady(): boolean {
    if (this.method === 'linked-card' && !this.cardId) {
      this.action.fail(this.msg.cardRequired);
      void this.focusOn('input[name="card"], [data-cards] button');
      return false;
    }
    if (this.method === 'mobile') {
      const field = this.renderRoot.querySelector<GuTextField>('gu-text-field[name="phone"]');
      if (!field) return false;
      if (!field.reportValidity()) return false;
      const checked = validatePhone(field.value);
      if (!checked.ok || !checked.value.startsWith('+79')) {
        field.error = this.msg.phoneNotMobile;
        field.focus();
        return false;
      }
      this.phone = checked.value;
    }
    return true;
  }

  private readonly pay = (event?: Event): void => {
    event?.preventDefault();
    if (this.action.busy || this.ctx.selection.size === 0) return;
    if (!this.methodReady()) return;
    const popup = (this.method === 'card' || this.method === 'wallet') && this.ctx.cardFlow === 'popup';
    // The popup opens inside the click: after the server's answer the browser would block it.
    if (popup && (!acquirerPopup.window || acquirerPopup.window.closed)) openAcquirerPopup();
    void this.action.run(() => this.send());
  };

  private async send(): Promise<void> {
    this.retryable = false;
    this.changes = [];
    this.changesUnknown = false;
    const ctx = this.ctx;
    const spec = this.spec();
    const body: PaymentRequest = {
      items: [...spec.items],
      method: spec.method,
      ...(spec.cardId ? { cardId: spec.cardId } : {}),
      ...(spec.method === 'mobile' ? { phone: this.phone } : {}),
      ...(spec.method === 'card' || spec.method === 'wallet' ? { returnUrl: ctx.returnUrl } : {}),
    };
    let attempt = attemptFor(ctx.citizenId, spec);
    let renewedKey = false;
    const started = Date.now();
    let delayMs = 1000;
    this.phase = 'sending';
    try {
      for (;;) {
        try {
          const payment = await createPayment(ctx.client, body, attempt.key, this.abort.signal);
          attemptAnswered(ctx.citizenId, attempt.key, payment.id);
          this.follow(payment);
          return;
        } catch (error) {
          if (!isApiError(error)) throw error;
          if (error.status === 409 && Date.now() - started < IN_PROGRESS_LIMIT_MS) {
            // The first request with this key is still being processed: ask again with the same key until it answers.
            this.phase = 'in-progress';
            this.announcer.announce(this.msg.inProgress);
            await wait(Math.max(delayMs, (error.retryAfter ?? 0) * 1000), this.abort.signal);
            delayMs = Math.min(delayMs * 2, 8000);
            continue;
          }
          if (error.status === 422 && error.code === 'idempotency-key-reused' && !renewedKey) {
            // The kept key was used for another payload: this is a new attempt.
            dropAttempt(ctx.citizenId);
            attempt = attemptFor(ctx.citizenId, spec);
            renewedKey = true;
            continue;
          }
          if (error.status === 422 && (error.code === 'charges-changed' || error.code?.startsWith('charge-'))) {
            await this.chargesChanged();
            return;
          }
          throw error;
        }
      }
    } finally {
      this.phase = 'idle';
    }
  }

  /** The server made (or replayed) the payment: the acquirer's page, or the payment view. */
  private follow(payment: Payment): void {
    const next = payment.next;
    if (payment.status === 'pending' && next?.type === 'redirect' && this.ctx.cardFlow === 'redirect') {
      const url = safeServerUrl(next.url);
      if (!url) throw new UnsafeUrl();
      location.assign(url);
      return;
    }
    this.navigate({ view: 'payment', paymentId: payment.id });
  }

  /** 422 charges-changed: read the selected charges again, explain each change, keep the rest with their new amounts. */
  private async chargesChanged(): Promise<void> {
    dropAttempt(this.ctx.citizenId);
    const shown = this.ctx.selection.charges;
    const fresh = await Promise.all(shown.map((charge) => getCharge(this.ctx.client, charge.id, this.abort.signal)));
    const notes: ChargeChangeNote[] = [];
    const gone: string[] = [];
    const updated: Charge[] = [];
    shown.forEach((old, index) => {
      const now = fresh[index];
      const title = old.title;
      if (!now) {
        gone.push(old.id);
        notes.push({ chargeId: old.id, text: this.msg.changeGone(title) });
        return;
      }
      updated.push(now);
      if (now.status === 'paid' || now.status === 'processing')
        notes.push({ chargeId: old.id, text: this.msg.changePaid(title) });
      else if (now.status === 'cancelled') notes.push({ chargeId: old.id, text: this.msg.changeCancelled(title) });
      else if (now.amountDue !== old.amountDue) {
        const expired = old.discount?.active === true && now.discount?.active !== true;
        notes.push({
          chargeId: old.id,
          text: expired
            ? this.msg.changeDiscount(title, this.money(now.amountDue))
            : this.msg.changeAmount(title, this.money(now.amountDue)),
        });
      }
    });
    this.ctx.selection.update(updated);
    if (gone.length > 0) this.ctx.selection.remove(gone);
    this.changes = notes;
    this.changesUnknown = notes.length === 0;
    this.changed('charges');
    await this.focusOn('#changes');
  }

  private readonly chooseMethod = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value as PaymentMethod;
    if (!PAYMENT_METHODS.includes(value)) return;
    this.method = value;
    this.action.fail('');
    this.retryable = false;
    if (value === 'linked-card' && (this.cards.state === 'idle' || this.cards.state === 'failed'))
      void this.loadCards();
  };

  private async loadCards(): Promise<void> {
    this.cards = { state: 'loading' };
    try {
      const cards = await listCards(this.ctx.client, this.abort.signal);
      this.cards = { state: 'ready', cards };
      if (cards.length === 1) this.cardId = cards[0]!.id;
    } catch (error) {
      if (!this.aborted(error)) this.cards = { state: 'failed' };
    }
  }

  private removeLine(charge: Charge): void {
    this.ctx.selection.remove([charge.id]);
    this.changes = this.changes.filter((note) => note.chargeId !== charge.id);
    this.announcer.announce(this.msg.removed(charge.title));
    void this.focusOn(this.ctx.selection.size > 0 ? 'tfoot th' : '#empty-back');
  }

  // ——— Rendering ———

  private brand(brand: CardBrand): string {
    const msg = this.msg;
    return { mir: msg.brandMir, visa: msg.brandVisa, mastercard: msg.brandMastercard, unionpay: msg.brandUnionpay }[
      brand
    ];
  }

  private renderLines(charges: Charge[]): TemplateResult {
    const msg = this.msg;
    return html`<section aria-labelledby="lines-heading">
      <h4 id="lines-heading">${msg.linesHeading}</h4>
      <table class="table">
        <caption class="visually-hidden">
          ${msg.linesCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg.colCharge}</th>
            <th scope="col">${msg.colUin}</th>
            <th scope="col" class="money">${msg.colAmount}</th>
            <th scope="col"><span class="visually-hidden">${msg.colActions}</span></th>
          </tr>
        </thead>
        <tbody>
          ${charges.map(
            (charge) =>
              html`<tr data-charge=${charge.id}>
                <td>
                  <span lang="ru">${charge.title}</span>
                  ${
                    charge.discount?.active
                      ? html`<br /><span class="muted">${msg.discountUntil(this.date(charge.discount.until))}</span>`
                      : nothing
                  }
                </td>
                <td>${charge.uin}</td>
                <td class="money">${this.money(charge.amountDue)}</td>
                <td>
                  <button
                    type="button"
                    class="btn"
                    aria-label=${msg.removeLabel(charge.title)}
                    ?disabled=${this.action.busy}
                    @click=${() => this.removeLine(charge)}
                  >
                    ${msg.remove}
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr class="total-row">
            <th scope="row" colspan="2" tabindex="-1">${msg.total}</th>
            <td class="money" data-total>${this.money(this.ctx.selection.total)}</td>
            <td></td>
          </tr>
        </tfoot>
      </table>
    </section>`;
  }

  private renderChanges(): TemplateResult {
    const msg = this.msg;
    const shown = this.changes.length > 0 || this.changesUnknown;
    return html`<div id="changes" tabindex="-1" role="alert" class=${shown ? 'problem changes' : 'is-empty'}>
      ${
        shown
          ? html`<p><strong>${msg.changedHeading}</strong></p>
              ${
                this.changes.length > 0
                  ? html`<ul>
                      ${this.changes.map((note) => html`<li data-change=${note.chargeId}>${note.text}</li>`)}
                    </ul>`
                  : nothing
              }
              <p>${this.changesUnknown ? msg.changedUnknown : msg.changedKept}</p>`
          : nothing
      }
    </div>`;
  }

  private renderMethod(method: PaymentMethod): TemplateResult {
    const msg = this.msg;
    const names: Record<PaymentMethod, [string, string]> = {
      card: [msg.methodCard, msg.methodCardHint],
      'linked-card': [msg.methodLinkedCard, msg.methodLinkedCardHint],
      sbp: [msg.methodSbp, msg.methodSbpHint],
      wallet: [msg.methodWallet, msg.methodWalletHint],
      transfer: [msg.methodTransfer, msg.methodTransferHint],
      mobile: [msg.methodMobile, msg.methodMobileHint],
    };
    const [name, hint] = names[method];
    const id = `method-${method}`;
    return html`<div class="choice">
        <input
          type="radio"
          name="method"
          id=${id}
          value=${method}
          aria-describedby="${id}-hint"
          .checked=${this.method === method}
          @change=${this.chooseMethod}
        />
        <label for=${id}><span class="name">${name}</span><span class="hint" id="${id}-hint">${hint}</span></label>
      </div>
      ${this.method === method ? this.renderMethodFields(method) : nothing}`;
  }

  private renderMethodFields(method: PaymentMethod): TemplateResult | typeof nothing {
    const msg = this.msg;
    if (method === 'mobile')
      return html`<div class="sub">
        <gu-text-field
          name="phone"
          label=${msg.phoneLabel}
          hint=${msg.phoneHint}
          validate="phone"
          mask="phone"
          autocomplete="tel"
          required
          .value=${this.phone}
          @input=${(event: Event) => (this.phone = (event.target as GuTextField).value)}
        ></gu-text-field>
      </div>`;
    if (method !== 'linked-card') return nothing;
    const cards = this.cards;
    if (cards.state === 'loading' || cards.state === 'idle')
      return html`<p class="sub" role="status" aria-busy="true">${msg.cardsLoading}</p>`;
    if (cards.state === 'failed')
      return html`<div class="sub problem" role="alert" data-cards>
        <p>${msg.cardsFailed}</p>
        <button type="button" class="btn" @click=${() => void this.loadCards()}>${msg.retry}</button>
      </div>`;
    if (cards.cards.length === 0)
      return html`<div class="sub notice" data-cards>
        <p>${msg.cardsNone}</p>
        <button type="button" class="btn" @click=${() => this.navigate({ view: 'cards' })}>${msg.cardsOpen}</button>
      </div>`;
    return html`<fieldset class="sub" data-cards>
      <legend>${msg.cardsLegend}</legend>
      ${cards.cards.map(
        (card) =>
          html`<div class="choice">
            <input
              type="radio"
              name="card"
              id="card-${card.id}"
              value=${card.id}
              .checked=${this.cardId === card.id}
              @change=${() => {
                this.cardId = card.id;
                this.action.fail('');
              }}
            />
            <label for="card-${card.id}">${msg.cardLabel(this.brand(card.brand), card.last4, card.expires)}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  private renderStatus(): TemplateResult {
    const msg = this.msg;
    const text = this.phase === 'in-progress' ? msg.inProgress : this.phase === 'sending' ? msg.sending : '';
    return html`<p role="status" class=${text ? 'muted' : 'is-empty'} data-phase=${this.phase}>${text}</p>`;
  }

  private renderProblem(): TemplateResult {
    const msg = this.msg;
    const problem = this.action.problem;
    return html`<div role="alert" class=${problem ? 'problem' : 'is-empty'} data-problem>
      ${
        problem
          ? html`<p>${problem}</p>
              ${
                this.retryable
                  ? html`<p>${msg.retrySame}</p>
                      <button type="button" class="btn" @click=${() => this.pay()}>${msg.retry}</button>`
                  : nothing
              }`
          : nothing
      }
    </div>`;
  }

  override render(): TemplateResult {
    const msg = this.msg;
    const charges = this.ctx.selection.charges;
    if (charges.length === 0)
      return html`<h3 tabindex="-1">${msg.heading}</h3>
        ${this.renderChanges()}
        <p>${msg.empty}</p>
        <button type="button" class="btn" id="empty-back" @click=${() => this.navigate({ view: 'charges' })}>
          ${msg.toCharges}
        </button>`;
    return html`<h3 tabindex="-1">${msg.heading}</h3>
      ${this.renderChanges()} ${this.renderLines(charges)}
      <form novalidate @submit=${this.pay}>
        <fieldset>
          <legend>${msg.methodLegend}</legend>
          ${PAYMENT_METHODS.map((method) => this.renderMethod(method))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="btn-primary" aria-disabled=${this.action.busy ? 'true' : 'false'} data-pay>
            ${msg.pay(this.money(this.ctx.selection.total))}
          </button>
          <button type="button" class="btn" @click=${() => this.navigate({ view: 'charges' })}>${msg.back}</button>
        </div>
        ${this.renderStatus()} ${this.renderProblem()}
      </form>`;
  }
}

/** The server's acquirer URL failed safeServerUrl(). */
class UnsafeUrl extends Error {}

if (!customElements.get('gu-payments-checkout')) customElements.define('gu-payments-checkout', GuPaymentsCheckout);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-checkout': GuPaymentsCheckout;
  }
}
