/**
 * <gu-payments-payment>: the «payment» view — one payment (`ctx.paymentId`), followed while it is pending until it
 * settles (getPayment with backoff, and the `payment-status` live event), also after a reload or back from the
 * acquirer's page. While pending it shows the step its `next` asks for: the acquirer's page (redirect or popup, a
 * blocked popup said with the redirect offered), a one-time code (linked card), the СБП QR code with the deep link,
 * the payment orders (УИН in field 22, copy buttons, the PDF), or the operator's SMS. Settled: completed (the sum,
 * the receipt, announced, `gu-payments-paid`) or declined (the reason, «Попробовать снова», «Выбрать другой способ»,
 * `gu-payments-declined`). Focus moves to the result's heading.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createIdempotencyKey, isApiError, safeServerUrl } from '../../core/api/index.js';
import { subscribeLiveUpdates } from '../../core/api/live-updates.js';
import type { LazyCatalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/index.js';
import { formatDateTime, formatTime } from '../../core/i18n/format.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import '../../core/ui/gu-otp-field.js';
import type { GuOtpField } from '../../core/ui/otp-field.js';
import type * as QrCodeModule from '../../core/ui/qr-code.js';
import { qrSvg } from '../../core/ui/qr-svg.js';
import { saveBlob } from '../../core/ui/save-file.js';
import { ActionController } from '../../core/widget/action.js';
import { acquirerPopup, checkoutPreference, dropAttempt, keptAttempt, openAcquirerPopup } from '../attempt.js';
import { GuPaymentsDeclinedEvent, GuPaymentsPaidEvent } from '../events.js';
import { paymentRu, type PaymentMessages } from '../locales/payment-ru.js';
import {
  cancelPayment,
  confirmPayment,
  fileBlob,
  getCharge,
  getPayment,
  getPaymentOrder,
  getPaymentReceipt,
} from '../payments-api.js';
import type { Charge, DeclineCode, Payment, PaymentMethod, PaymentNextStep, PaymentOrder } from '../types.js';
import { checkoutStyles } from './checkout.styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import { PaymentsPart } from './part.js';

const paymentMessages: LazyCatalogs<PaymentMessages> = {
  ru: paymentRu,
  en: () => import('../locales/payment-en.js').then((module) => module.paymentEn),
};

let qrCodePromise: Promise<typeof QrCodeModule | undefined> | undefined;
/** The QR encoder, loaded with the СБП step only; when it cannot load, the deep link alone stays. */
const loadQrCode = (): Promise<typeof QrCodeModule | undefined> =>
  (qrCodePromise ??= import('../../core/ui/qr-code.js').catch(() => {
    qrCodePromise = undefined;
    return undefined;
  }));

/** Polling a pending payment: the first look soon, then slower, never slower than this. */
const FIRST_POLL_MS = 1000;
const MAX_POLL_MS = 10_000;

type PopupState = 'none' | 'opened' | 'blocked' | 'unsafe';
type LoadState = 'loading' | 'ready' | 'failed';

const isRussian = (text: string): boolean => /[а-яё]/i.test(text);

export class GuPaymentsPayment extends PaymentsPart<PaymentMessages> {
  static override styles = [baseStyles, partStyles, checkoutStyles];
  static override properties = {
    ...PaymentsPart.properties,
    payment: { state: true },
    loadState: { state: true },
    popup: { state: true },
    qr: { state: true },
    note: { state: true },
  };

  protected readonly i18n = new LocaleController(this, paymentMessages);
  protected readonly action = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : this.errorText(error),
  );

  declare private payment: Payment | undefined;
  declare private loadState: LoadState;
  declare private popup: PopupState;
  declare private qr: typeof QrCodeModule | undefined | null;
  /** A short message of the last small action (copy, download failure). */
  declare private note: string;

  private shownId: string | undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private pollDelay = FIRST_POLL_MS;
  private stopLive: (() => void) | undefined;
  /** Payments whose settling this part has told (once each). */
  private readonly told = new Set<string>();
  /** Payments this part saw pending: their settling is news. */
  private readonly seenPending = new Set<string>();
  /** One Idempotency-Key per code typed (a retry of the same code reuses it). */
  private readonly codeKeys = new Map<string, string>();

  constructor() {
    super();
    this.payment = undefined;
    this.loadState = 'loading';
    this.popup = 'none';
    this.qr = undefined;
    this.note = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('ctx') && this.ctx && this.ctx.paymentId !== this.shownId) {
      this.shownId = this.ctx.paymentId;
      this.payment = undefined;
      this.popup = 'none';
      this.stopFollowing();
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing();
  }

  protected override resumeAfterMove(): void {
    if (this.payment?.status === 'pending' || this.loadState !== 'ready') void this.load();
  }

  // ——— Following ———

  private async load(): Promise<void> {
    const id = this.ctx.paymentId;
    if (!id) {
      this.loadState = 'failed';
      return;
    }
    if (!this.payment) this.loadState = 'loading';
    try {
      const payment = await getPayment(this.ctx.client, id, this.abort.signal);
      if (id !== this.ctx.paymentId) return;
      this.loadState = 'ready';
      this.apply(payment);
    } catch (error) {
      if (this.aborted(error)) return;
      if (this.payment?.status === 'pending') this.schedulePoll();
      else this.loadState = 'failed';
    }
  }

  private apply(payment: Payment): void {
    this.payment = payment;
    if (payment.status === 'pending') {
      this.seenPending.add(payment.id);
      if (payment.next?.type === 'redirect' && this.ctx.cardFlow === 'popup') this.sendPopup(payment.next.url);
      if (payment.next?.type === 'qr' && this.qr === undefined) void this.loadQr();
      this.follow();
      return;
    }
    this.stopFollowing();
    const kept = keptAttempt(this.ctx.citizenId);
    const news = this.seenPending.has(payment.id) || kept?.paymentId === payment.id;
    if (news && !this.told.has(payment.id)) this.settled(payment);
  }

  /** The payment settled while the citizen was paying it: say so, tell the page, update the selection. */
  private settled(payment: Payment): void {
    this.told.add(payment.id);
    dropAttempt(this.ctx.citizenId, payment.id);
    if (acquirerPopup.window && !acquirerPopup.window.closed) acquirerPopup.window.close();
    acquirerPopup.window = undefined;
    const chargeIds = payment.items.map((item) => item.chargeId);
    if (payment.status === 'completed') {
      this.ctx.selection.remove(chargeIds);
      this.announcer.announce(this.msg.completed(this.money(payment.amount)));
      this.dispatchEvent(
        new GuPaymentsPaidEvent({ paymentId: payment.id, amount: payment.amount, chargeIds, method: payment.method }),
      );
    } else {
      this.announcer.announce(`${this.msg.declined} ${this.declineText(payment.declineCode)}`);
      this.dispatchEvent(new GuPaymentsDeclinedEvent({ paymentId: payment.id, declineCode: payment.declineCode }));
    }
    this.changed('charges', 'payments');
    void this.focusHeading();
  }

  private follow(): void {
    // An answer that came in as the part was removed: following resumes when it is put back (resumeAfterMove).
    if (!this.isConnected) return;
    if (!this.stopLive) {
      const id = this.payment?.id;
      this.stopLive = subscribeLiveUpdates({
        client: this.ctx.client,
        baseUrl: this.ctx.baseUrl || '/api',
        pollInterval: 30_000,
        onEvent: (event) => {
          const data = event.data as { paymentId?: unknown } | null;
          if (event.type === 'payment-status' && data?.paymentId === id) {
            this.pollDelay = FIRST_POLL_MS;
            this.schedulePoll(0);
          }
        },
      });
    }
    this.schedulePoll();
  }

  private schedulePoll(delayMs = this.pollDelay): void {
    if (!this.isConnected) return;
    clearTimeout(this.pollTimer);
    this.pollTimer = setTimeout(() => {
      this.pollTimer = undefined;
      // A popup that closed ends the acquirer's part: look at once, and again soon.
      this.pollDelay = acquirerPopup.window?.closed
        ? FIRST_POLL_MS
        : Math.min(MAX_POLL_MS, Math.round(this.pollDelay * 1.5));
      void this.load();
    }, delayMs);
  }

  private stopFollowing(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.pollDelay = FIRST_POLL_MS;
    this.stopLive?.();
    this.stopLive = undefined;
  }

  // ——— The acquirer's page ———

  /** Sends the popup opened in the citizen's click to the acquirer's page (once). */
  private sendPopup(target: string): void {
    const popup = acquirerPopup.window;
    if (popup === null) {
      this.popup = 'blocked';
      return;
    }
    if (!popup || popup.closed) return;
    if (this.popup === 'opened') return;
    const url = safeServerUrl(target);
    if (!url) {
      popup.close();
      this.popup = 'unsafe';
      return;
    }
    popup.location.href = url;
    this.popup = 'opened';
  }

  private readonly goRedirect = (): void => {
    const next = this.payment?.next;
    if (next?.type !== 'redirect') return;
    const url = safeServerUrl(next.url);
    if (!url) {
      this.popup = 'unsafe';
      return;
    }
    location.assign(url);
  };

  private readonly openPopupAgain = (): void => {
    const next = this.payment?.next;
    if (next?.type !== 'redirect') return;
    this.popup = 'none';
    openAcquirerPopup();
    this.sendPopup(next.url);
    this.schedulePoll(FIRST_POLL_MS);
  };

  // ——— Steps ———

  private async loadQr(): Promise<void> {
    this.qr = (await loadQrCode()) ?? null;
  }

  private readonly confirmCode = (event: Event): void => {
    event.preventDefault();
    const field = this.renderRoot.querySelector<GuOtpField>('gu-otp-field');
    const payment = this.payment;
    if (!field || !payment || !field.reportValidity()) return;
    const code = field.value;
    let key = this.codeKeys.get(code);
    if (!key) {
      key = createIdempotencyKey();
      this.codeKeys.set(code, key);
    }
    const idempotencyKey = key;
    void this.action.run(
      async () => {
        const result = await confirmPayment(this.ctx.client, payment.id, code, idempotencyKey, this.abort.signal);
        this.apply(result);
      },
      (error) => {
        if (this.aborted(error)) return undefined;
        if (isApiError(error) && error.status === 422) {
          field.error = this.msg.codeInvalid;
          field.focus();
          return undefined;
        }
        if (isApiError(error) && (error.status === 429 || error.status === 409)) {
          void this.load();
          return error.status === 429 ? this.msg.codeAttempts : undefined;
        }
        return this.errorText(error);
      },
    );
  };

  private async copy(value: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      this.note = this.msg.copied;
    } catch {
      this.note = this.msg.copyFailed;
    }
    this.announcer.announce(this.note);
  }

  private readonly downloadOrders = (): void => {
    const payment = this.payment;
    if (!payment) return;
    void this.action.run(async () => {
      const file = await getPaymentOrder(this.ctx.client, payment.id, this.abort.signal);
      saveBlob(fileBlob(file), file.fileName);
    });
  };

  private readonly downloadReceipt = (): void => {
    const payment = this.payment;
    if (!payment) return;
    void this.action.run(async () => {
      const file = await getPaymentReceipt(this.ctx.client, payment.id, this.abort.signal);
      saveBlob(fileBlob(file), file.fileName);
    });
  };

  /** «Выбрать другой способ» while pending: cancel it (nothing was paid), then the checkout with its charges. */
  private readonly otherMethod = (): void => {
    const payment = this.payment;
    if (!payment) return;
    void this.action.run(async () => {
      if (payment.status === 'pending') {
        try {
          const cancelled = await cancelPayment(this.ctx.client, payment.id, this.abort.signal);
          if (cancelled.status === 'completed') {
            this.apply(cancelled);
            return;
          }
        } catch (error) {
          // 409: it settled meanwhile — show how.
          if (isApiError(error) && error.status === 409) {
            await this.load();
            return;
          }
          throw error;
        }
        this.told.add(payment.id);
        this.stopFollowing();
        dropAttempt(this.ctx.citizenId, payment.id);
        this.changed('charges', 'payments');
      }
      await this.backToCheckout(payment, undefined);
    });
  };

  /** «Попробовать снова»: the same charges (read again: they may have changed) and method, as a new attempt. */
  private readonly tryAgain = (): void => {
    const payment = this.payment;
    if (!payment) return;
    void this.action.run(() => this.backToCheckout(payment, payment.method));
  };

  private async backToCheckout(payment: Payment, method: PaymentMethod | undefined): Promise<void> {
    const missing = payment.items.filter((item) => !this.ctx.selection.has(item.chargeId));
    if (missing.length > 0) {
      const charges = await Promise.all(
        missing.map((item) => getCharge(this.ctx.client, item.chargeId, this.abort.signal)),
      );
      this.ctx.selection.add(charges.filter((c): c is Charge => c?.status === 'unpaid'));
    }
    checkoutPreference.method = method;
    this.navigate({ view: 'checkout' });
  }

  // ——— Rendering ———

  private methodName(method: PaymentMethod): string {
    const msg = this.msg;
    return {
      card: msg.methodCard,
      'linked-card': msg.methodLinkedCard,
      sbp: msg.methodSbp,
      wallet: msg.methodWallet,
      transfer: msg.methodTransfer,
      mobile: msg.methodMobile,
    }[method];
  }

  private declineText(code: DeclineCode | undefined): string {
    const msg = this.msg;
    switch (code) {
      case 'insufficient-funds':
        return msg.declineInsufficient;
      case 'three-ds-failed':
        return msg.declineThreeDs;
      case 'card-expired':
        return msg.declineExpired;
      case 'card-declined':
        return msg.declineCard;
      case 'expired':
        return msg.declineTimeout;
      case 'cancelled':
        return msg.declineCancelled;
      case 'code-attempts':
        return msg.declineCode;
      default:
        return msg.declineUnknown;
    }
  }

  private time(iso: string): string {
    return formatTime(this.i18n.locale, iso);
  }

  private renderSummary(payment: Payment): TemplateResult {
    const msg = this.msg;
    return html`<dl class="details">
        <dt>${msg.summaryAmount}</dt>
        <dd class="money" data-amount>${this.money(payment.amount)}</dd>
        <dt>${msg.summaryMethod}</dt>
        <dd>${this.methodName(payment.method)}</dd>
        ${
          payment.cardLast4
            ? html`<dt>${msg.summaryCard}</dt>
                <dd>•••• ${payment.cardLast4}</dd>`
            : nothing
        }
        <dt>${payment.completedAt ? msg.summaryCompleted : msg.summaryCreated}</dt>
        <dd>${formatDateTime(this.i18n.locale, payment.completedAt ?? payment.createdAt)}</dd>
      </dl>
      <h4>${payment.status === 'pending' ? msg.itemsHeadingPending : msg.itemsHeading}</h4>
      <ul>
        ${payment.items.map(
          (item) =>
            html`<li>
              <span lang="ru">${item.title}</span> — <span class="money">${this.money(item.amount)}</span>
              <span class="muted">(${msg.uin(item.uin)})</span>
            </li>`,
        )}
      </ul>`;
  }

  private renderNext(payment: Payment, next: PaymentNextStep): TemplateResult {
    const msg = this.msg;
    switch (next.type) {
      case 'redirect':
        return this.renderRedirect();
      case 'code':
        return html`<form novalidate @submit=${this.confirmCode} data-step="code">
          <p>${msg.codeIntro(next.sentTo)} ${msg.expiresAt(this.time(next.expiresAt))}</p>
          <gu-otp-field name="code" label=${msg.codeLabel} length=${next.codeLength} required></gu-otp-field>
          <div class="actions">
            <button type="submit" class="btn-primary" aria-disabled=${this.action.busy ? 'true' : 'false'}>
              ${msg.codeConfirm}
            </button>
          </div>
        </form>`;
      case 'qr': {
        const deepLink = safeServerUrl(next.deepLink);
        return html`<div data-step="qr">
          <p>${msg.qrIntro}</p>
          ${
            this.qr
              ? html`<div class="qr">
                  ${qrSvg(this.qr.qrMatrix(next.qrPayload), msg.qrAlt(this.money(payment.amount)))}
                </div>`
              : this.qr === null
                ? html`<p role="alert">${msg.qrFailed}</p>`
                : nothing
          }
          <p>${msg.expiresAt(this.time(next.expiresAt))}</p>
          ${deepLink ? html`<p><a class="btn deep-link" href=${deepLink}>${msg.qrOpenApp}</a></p>` : nothing}
        </div>`;
      }
      case 'payment-order':
        return html`<div data-step="payment-order" class="orders">
          <p>${msg.ordersIntro}</p>
          ${next.orders.map((order, index) => this.renderOrder(order, index, next.orders.length))}
          <div class="actions">
            <button type="button" class="btn" @click=${this.downloadOrders}>${msg.ordersDownload}</button>
          </div>
        </div>`;
      case 'sms':
        return html`<div data-step="sms">
          <p>${msg.smsIntro(next.phoneMasked)}</p>
          <p>${msg.expiresAt(this.time(next.expiresAt))}</p>
        </div>`;
    }
  }

  private renderRedirect(): TemplateResult {
    const msg = this.msg;
    const popupFlow = this.ctx.cardFlow === 'popup';
    return html`<div data-step="redirect">
      <p>${msg.redirectIntro}</p>
      ${this.popup === 'opened' ? html`<p>${msg.popupOpened}</p>` : nothing}
      <div role="alert" class=${this.popup === 'blocked' || this.popup === 'unsafe' ? 'problem' : 'is-empty'}>
        ${this.popup === 'blocked' ? html`<p>${msg.popupBlocked}</p>` : nothing}
        ${this.popup === 'unsafe' ? html`<p>${msg.unsafeUrl}</p>` : nothing}
      </div>
      <div class="actions">
        ${
          popupFlow && this.popup !== 'unsafe'
            ? html`<button type="button" class="btn" @click=${this.openPopupAgain}>${msg.popupOpenAgain}</button>`
            : nothing
        }
        ${
          this.popup !== 'unsafe'
            ? html`<button type="button" class=${popupFlow ? 'btn' : 'btn-primary'} @click=${this.goRedirect}>
                ${msg.redirectGo}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderOrder(order: PaymentOrder, index: number, total: number): TemplateResult {
    const msg = this.msg;
    const rows: Array<[string, string, string?]> = [
      [msg.fieldPayee, order.payeeName],
      [msg.fieldInn, order.payeeInn],
      [msg.fieldKpp, order.payeeKpp],
      [msg.fieldAccount, order.payeeAccount],
      [msg.fieldBank, order.bankName],
      [msg.fieldBik, order.bik],
      [msg.fieldCorrespondent, order.correspondentAccount],
      [msg.fieldKbk, order.kbk],
      [msg.fieldOktmo, order.oktmo],
      [msg.fieldUin, order.uin, 'uin'],
      [msg.fieldAmount, (order.amount / 100).toFixed(2), 'amount'],
      [msg.fieldPurpose, order.purpose],
    ];
    return html`<section class="card" data-order=${order.chargeId}>
      <h4>${msg.orderHeading(index + 1, total)}</h4>
      <dl class="details">
        ${rows.map(
          ([label, value, field]) =>
            html`<dt>${label}</dt>
              <dd data-field=${field ?? nothing}>
                <span>${field === 'amount' ? this.money(order.amount) : value}</span>
                <button
                  type="button"
                  class="btn copy"
                  aria-label=${msg.copyLabel(label)}
                  @click=${() => void this.copy(value)}
                >
                  ${msg.copy}
                </button>
              </dd>`,
        )}
      </dl>
    </section>`;
  }

  private renderResult(payment: Payment): TemplateResult {
    const msg = this.msg;
    if (payment.status === 'completed')
      return html`<div class="result tone-success" data-result="completed">
        <p><strong>${msg.completed(this.money(payment.amount))}</strong></p>
        ${payment.completedAt ? html`<p>${msg.completedAt(this.date(payment.completedAt))}</p>` : nothing}
        ${
          payment.receiptAvailable
            ? html`<div class="actions">
                  <button type="button" class="btn-primary" @click=${this.downloadReceipt} data-receipt>
                    ${msg.receiptDownload}
                  </button>
                </div>
                <p class="muted">${msg.receiptNote}</p>`
            : nothing
        }
      </div>`;
    const reason = payment.declineReason;
    return html`<div class="result tone-error" data-result="declined">
      <p><strong>${msg.declined}</strong></p>
      <p>
        ${msg.declinedReason}:
        <span data-decline=${payment.declineCode ?? 'unknown'}>${this.declineText(payment.declineCode)}</span>
      </p>
      ${
        reason
          ? html`<p>${msg.bankSays} ${isRussian(reason) ? html`<span lang="ru">${reason}</span>` : reason}</p>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="btn-primary" @click=${this.tryAgain}>${msg.tryAgain}</button>
        <button type="button" class="btn" @click=${this.otherMethod}>${msg.otherMethod}</button>
      </div>
    </div>`;
  }

  override render(): TemplateResult {
    const msg = this.msg;
    const payment = this.payment;
    if (!payment) {
      if (this.loadState === 'failed')
        return html`<h3 tabindex="-1">${msg.heading}</h3>
          <div class="problem" role="alert">
            <p>${this.ctx.paymentId ? msg.loadFailed : msg.noPayment}</p>
            ${
              this.ctx.paymentId
                ? html`<button type="button" class="btn" @click=${() => void this.load()}>${msg.retry}</button>`
                : nothing
            }
          </div>
          <button type="button" class="btn" @click=${() => this.navigate({ view: 'charges' })}>
            ${msg.toCharges}
          </button>`;
      return html`<h3 tabindex="-1">${msg.heading}</h3>
        <p role="status" aria-busy="true">${msg.loading}</p>`;
    }
    const heading =
      payment.status === 'completed'
        ? msg.headingCompleted
        : payment.status === 'declined'
          ? msg.headingDeclined
          : msg.headingPending;
    const problem = this.action.problem;
    return html`<h3 tabindex="-1" data-status=${payment.status}>${heading}</h3>
      ${
        payment.status === 'pending'
          ? html`<p role="status" class="notice">${msg.waiting}</p>
              ${payment.next ? this.renderNext(payment, payment.next) : nothing}`
          : this.renderResult(payment)
      }
      <div role="alert" class=${problem ? 'problem' : 'is-empty'}>${problem}</div>
      <p class=${this.note ? 'muted' : 'is-empty'}>${this.note}</p>
      ${this.renderSummary(payment)}
      <div class="actions">
        ${
          payment.status === 'pending'
            ? html`<button type="button" class="btn" @click=${this.otherMethod}>${msg.otherMethod}</button>`
            : nothing
        }
        <button type="button" class="btn" @click=${() => this.navigate({ view: 'charges' })}>${msg.toCharges}</button>
        <button type="button" class="btn" @click=${() => this.navigate({ view: 'history' })}>${msg.toHistory}</button>
      </div>`;
  }
}

if (!customElements.get('gu-payments-payment')) customElements.define('gu-payments-payment', GuPaymentsPayment);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-payment': GuPaymentsPayment;
  }
}
