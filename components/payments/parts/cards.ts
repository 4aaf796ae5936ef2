/**
 * `gu-payments-cards` («Карты и автоплатёж»): the linked cards — brand, «•••• 1234» and expiry, never more —; linking
 * a card on the acquirer's page by redirect or popup (a blocked popup said, with the redirect offered), the result
 * asked of the server when the page comes back (`ctx.bindingId`) and announced; removing a card after a confirmation
 * (core/ui gu-dialog), with the autopay it switched off said. The autopay (`gu-payments-autopay`) is drawn below.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createIdempotencyKey, safeServerUrl } from '../../core/api/index.js';
import type { LazyCatalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import '../../core/ui/gu-dialog.js';
import { ActionController } from '../../core/widget/action.js';
import { getCardBinding, listCards, removeCard, startCardBinding, type CardBinding } from '../cards-api.js';
import { cardsRu, type CardsMessages } from '../locales/cards-ru.js';
import type { LinkedCard } from '../types.js';
import './autopay.js';
import { cardsStyles } from './cards.styles.js';
import { PaymentsPart } from './part.js';
import { partStyles } from '../../core/theme/looks/part.js';

const cardsMessages: LazyCatalogs<CardsMessages> = {
  ru: cardsRu,
  en: () => import('../locales/cards-en.js').then((module) => module.cardsEn),
};

/** How long to wait between two questions about a linking while the acquirer's popup is open. */
const POPUP_POLL_MS = 1500;

/** Thrown when the server's acquirer URL is not safe to follow. */
class UnsafeUrlError extends Error {}

export class GuPaymentsCards extends PaymentsPart<CardsMessages> {
  static override styles = [baseStyles, partStyles, ...cardsStyles];

  static override properties = {
    ...PaymentsPart.properties,
    cards: { state: true },
    loadState: { state: true },
    notice: { state: true },
    failure: { state: true },
    pendingBinding: { state: true },
    blockedUrl: { state: true },
    removing: { state: true },
  };

  protected readonly i18n = new LocaleController(this, cardsMessages);
  private readonly action = new ActionController(this, (error) => this.describe(error));

  declare private cards: LinkedCard[];
  declare private loadState: 'loading' | 'ready' | 'failed';
  /** What went well (linked, removed), shown and announced. */
  declare private notice: string;
  /** A linking that failed or is not finished, shown in the alert region. */
  declare private failure: string;
  /** A linking the bank has not confirmed yet: «Проверить ещё раз». */
  declare private pendingBinding: string | undefined;
  /** The acquirer's page a blocked popup did not open: offered in this window. */
  declare private blockedUrl: string | undefined;
  /** The card the removal dialog asks about. */
  declare private removing: LinkedCard | undefined;

  #cardsRevision: number | undefined;
  #checkedBinding: string | undefined;
  /** The linking attempt's Idempotency-Key, kept until the server answered it. */
  #bindingKey: string | undefined;
  #popupTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.cards = [];
    this.loadState = 'loading';
    this.notice = '';
    this.failure = '';
    this.pendingBinding = undefined;
    this.blockedUrl = undefined;
    this.removing = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#popupTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('ctx') || !this.ctx) return;
    if (this.ctx.revision.cards !== this.#cardsRevision) {
      this.#cardsRevision = this.ctx.revision.cards;
      void this.load();
    }
    const bindingId = this.ctx.bindingId;
    if (bindingId && bindingId !== this.#checkedBinding) {
      this.#checkedBinding = bindingId;
      void this.checkBinding(bindingId);
    }
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  private async load(): Promise<void> {
    if (this.cards.length === 0) this.loadState = 'loading';
    try {
      this.cards = await listCards(this.ctx.client, this.abort.signal);
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      this.loadState = 'failed';
    }
  }

  private describe(error: unknown): string | undefined {
    if (this.aborted(error)) return undefined;
    if (error instanceof UnsafeUrlError) return this.msg.unsafeUrl;
    return this.errorText(error);
  }

  private say(text: string): void {
    this.announcer.announce(text);
  }

  // ——— Linking ———

  /** Asks the server how a linking ended and says it. */
  private async checkBinding(bindingId: string, popup?: Window): Promise<void> {
    this.failure = '';
    this.notice = '';
    const binding = await this.action.run(() => getCardBinding(this.ctx.client, bindingId, this.abort.signal));
    if (!binding) {
      if (this.action.problem) this.say(this.action.problem);
      return;
    }
    this.settle(binding, popup);
  }

  private settle(binding: CardBinding, popup?: Window): void {
    const m = this.msg;
    if (binding.status === 'pending') {
      if (popup && !popup.closed) return;
      this.pendingBinding = binding.id;
      this.failure = popup ? m.popupClosed : m.boundPending;
      this.say(this.failure);
      return;
    }
    popup?.close();
    this.pendingBinding = undefined;
    if (binding.status === 'completed') {
      this.notice = binding.card ? m.bound(binding.card.last4) : m.bound('');
      this.say(this.notice);
      this.changed('cards');
      void this.load();
    } else {
      this.failure = binding.failureReason ? m.boundFailed(binding.failureReason) : m.boundFailedNoReason;
      this.say(this.failure);
    }
  }

  /** Follows a linking in the acquirer's popup until the server says it ended or the popup is closed. */
  private followPopup(popup: Window, bindingId: string): void {
    clearTimeout(this.#popupTimer);
    const tick = async (): Promise<void> => {
      if (!this.isConnected) return;
      const closed = popup.closed;
      try {
        const binding = await getCardBinding(this.ctx.client, bindingId, this.abort.signal);
        if (binding.status !== 'pending' || closed) {
          this.settle(binding, popup);
          return;
        }
      } catch (error) {
        if (this.aborted(error)) return;
        if (closed) {
          this.failure = this.errorText(error);
          this.say(this.failure);
          return;
        }
      }
      this.#popupTimer = setTimeout(() => void tick(), POPUP_POLL_MS);
    };
    this.#popupTimer = setTimeout(() => void tick(), POPUP_POLL_MS);
  }

  /** Leaves for the acquirer's page in this window. */
  protected go(url: string): void {
    location.assign(url);
  }

  private readonly link = async (): Promise<void> => {
    const m = this.msg;
    this.notice = '';
    this.failure = '';
    this.blockedUrl = undefined;
    await this.action.run(async () => {
      this.#bindingKey ??= createIdempotencyKey();
      const binding = await startCardBinding(
        this.ctx.client,
        { returnUrl: this.ctx.returnUrl },
        this.#bindingKey,
        this.abort.signal,
      );
      this.#bindingKey = undefined;
      const url = safeServerUrl(binding.url);
      if (!url) throw new UnsafeUrlError('unsafe acquirer URL');
      if (this.ctx.cardFlow === 'popup') {
        const popup = window.open(url, 'gu-card-binding');
        if (!popup) {
          this.blockedUrl = url;
          this.say(m.popupBlocked);
          await this.focusOn('#open-here');
          return;
        }
        this.notice = m.popupOpen;
        this.say(m.popupOpen);
        this.followPopup(popup, binding.id);
        return;
      }
      this.go(url);
    });
    if (this.action.problem) this.say(this.action.problem);
  };

  // ——— Removal ———

  private name(card: LinkedCard): string {
    return this.msg.cardName(this.msg.brand(card.brand), card.last4);
  }

  private async confirmRemove(): Promise<void> {
    const card = this.removing;
    if (!card) return;
    const m = this.msg;
    this.notice = '';
    this.failure = '';
    const removal = await this.action.run(() => removeCard(this.ctx.client, card.id, this.abort.signal));
    this.renderRoot.querySelector<HTMLElement & { close(value?: string): void }>('gu-dialog')?.close('removed');
    this.removing = undefined;
    if (!removal) {
      if (this.action.problem) this.say(this.action.problem);
      return;
    }
    const off = removal.autopayDisabled.map((p) => p.providerName);
    this.cards = this.cards.filter((c) => c.id !== card.id);
    this.notice = [m.removed(this.name(card)), off.length > 0 ? m.autopayOff(off.join(', ')) : '']
      .filter(Boolean)
      .join(' ');
    this.say(this.notice);
    this.changed('cards', 'autopay');
    await this.focusOn('#cards-heading');
  }

  private onDialogClose(): void {
    if (this.removing) this.removing = undefined;
  }

  // ——— Rendering ———

  private renderCard(card: LinkedCard): TemplateResult {
    const m = this.msg;
    return html`<li class="card linked" data-card=${card.id}>
      <p>
        <strong>${m.brand(card.brand)}</strong>
        <span class="number">${m.masked(card.last4)}</span>
        <span class="muted"><span class="visually-hidden">${m.expiresLabel}: </span>${m.expires(card.expires)}</span>
      </p>
      <button class="btn" type="button" @click=${() => (this.removing = card)}>
        ${m.remove}<span class="visually-hidden"> ${this.name(card)}</span>
      </button>
    </li>`;
  }

  private renderCards(): TemplateResult {
    const m = this.msg;
    if (this.loadState === 'loading') return html`<p role="status" aria-busy="true">${m.loading}</p>`;
    if (this.loadState === 'failed')
      return html`<div class="problem" role="alert">
        <p>${m.loadFailed}</p>
        <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
      </div>`;
    if (this.cards.length === 0) return html`<p class="muted">${m.none}</p>`;
    return html`<ul class="plain">
      ${this.cards.map((card) => this.renderCard(card))}
    </ul>`;
  }

  private renderDialog(): TemplateResult {
    const m = this.msg;
    const card = this.removing;
    return html`<gu-dialog
      .open=${card !== undefined}
      heading=${card ? m.removeHeading(this.name(card)) : m.remove}
      @gu-dialog-close=${this.onDialogClose}
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
    const problem = this.action.problem || this.failure;
    return html`<h3 tabindex="-1">${m.heading}</h3>
      <section aria-labelledby="cards-heading">
        <h4 id="cards-heading" tabindex="-1">${m.cardsHeading}</h4>
        <p class="muted">${m.intro}</p>
        <p class="status" ?hidden=${!this.notice}>${this.notice}</p>
        <div class="problem" role="alert" ?hidden=${!problem && !this.blockedUrl && !this.pendingBinding}>
          ${problem ? html`<p>${problem}</p>` : nothing}
          ${
            this.blockedUrl
              ? html`<p>${m.popupBlocked}</p>
                  <button class="btn" id="open-here" type="button" @click=${() => this.go(this.blockedUrl!)}>
                    ${m.openHere}
                  </button>`
              : nothing
          }
          ${
            this.pendingBinding
              ? html`<button class="btn" type="button" @click=${() => void this.checkBinding(this.pendingBinding!)}>
                  ${m.checkAgain}
                </button>`
              : nothing
          }
        </div>
        ${this.renderCards()}
        <div class="actions">
          <button
            class="btn-primary"
            id="link"
            type="button"
            aria-disabled=${this.action.busy ? 'true' : 'false'}
            @click=${this.link}
          >
            ${m.add}
          </button>
        </div>
      </section>
      <section>
        <gu-payments-autopay
          .ctx=${this.ctx}
          .locale=${this.locale}
          .cards=${this.cards}
          .onLinkCard=${() => void this.focusOn('#link')}
        ></gu-payments-autopay>
      </section>
      ${this.renderDialog()}`;
  }
}

if (!customElements.get('gu-payments-cards')) customElements.define('gu-payments-cards', GuPaymentsCards);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-cards': GuPaymentsCards;
  }
}
