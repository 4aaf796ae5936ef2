/**
 * `gu-payments-disputes`: the citizen's disputes of fines under the history — each with the fine, the status in words
 * and as a badge, the dates, the reason, the documents and, once decided, the agency's answer. Reloads when
 * `ctx.revision.disputes` goes up (a dispute was sent). The history part renders it lazily (`.ctx .locale`).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { listDisputes } from '../disputes-api.js';
import type { DisputeMessages } from '../locales/dispute-ru.js';
import type { Dispute } from '../types.js';
import { DISPUTE_TONE, disputeMessages } from './dispute.js';
import { disputeStyles } from './dispute.styles.js';
import { PaymentsPart } from './part.js';
import { partStyles } from '../../core/theme/looks/part.js';

export class GuPaymentsDisputes extends PaymentsPart<DisputeMessages> {
  static override styles = [baseStyles, partStyles, ...disputeStyles];

  static override properties = {
    ...PaymentsPart.properties,
    disputes: { state: true },
    loadState: { state: true },
  };

  protected readonly i18n = new LocaleController(this, disputeMessages);

  declare private disputes: Dispute[];
  declare private loadState: 'loading' | 'ready' | 'failed';
  #revision: number | undefined;

  constructor() {
    super();
    this.disputes = [];
    this.loadState = 'loading';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const revision = this.ctx?.revision.disputes;
    if (changed.has('ctx') && revision !== undefined && revision !== this.#revision) {
      this.#revision = revision;
      void this.load();
    }
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  private async load(): Promise<void> {
    this.loadState = this.disputes.length > 0 ? 'ready' : 'loading';
    try {
      this.disputes = await listDisputes(this.ctx.client, this.abort.signal);
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      this.loadState = 'failed';
    }
  }

  private renderDispute(dispute: Dispute): TemplateResult {
    const m = this.msg;
    const decided = dispute.status === 'accepted' || dispute.status === 'rejected';
    return html`<li class="card dispute ${DISPUTE_TONE[dispute.status]}" data-dispute=${dispute.id}>
      <h5>
        <span lang="ru">${dispute.chargeTitle}</span>
        <span class="badge ${DISPUTE_TONE[dispute.status]}"
          ><span class="visually-hidden">${m.listStatus}: </span>${m.status(dispute.status)}</span
        >
      </h5>
      <dl class="facts">
        <dt>${m.listReason}</dt>
        <dd>${m.reasonLabel(dispute.reason)}</dd>
        <dt>${m.listSubmitted}</dt>
        <dd>${this.date(dispute.createdAt)}</dd>
        ${
          dispute.updatedAt !== dispute.createdAt
            ? html`<dt>${m.listUpdated}</dt>
                <dd>${this.date(dispute.updatedAt)}</dd>`
            : nothing
        }
        ${
          dispute.documents.length > 0
            ? html`<dt>${m.listDocuments}</dt>
                <dd>${dispute.documents.map((d) => d.fileName).join(', ')}</dd>`
            : nothing
        }
      </dl>
      ${
        decided && dispute.answer
          ? html`<div class="answer">
              <p><strong>${m.listAnswer}</strong></p>
              <p lang="ru">${dispute.answer}</p>
            </div>`
          : nothing
      }
    </li>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    const heading = html`<h4 id="disputes-heading" tabindex="-1">${m.listHeading}</h4>`;
    let body: TemplateResult;
    if (this.loadState === 'loading') body = html`<p role="status" aria-busy="true">${m.listLoading}</p>`;
    else if (this.loadState === 'failed')
      body = html`<div class="problem" role="alert">
        <p>${m.listFailed}</p>
        <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
      </div>`;
    else if (this.disputes.length === 0) body = html`<p class="muted">${m.listEmpty}</p>`;
    else
      body = html`<ul class="plain">
        ${this.disputes.map((dispute) => this.renderDispute(dispute))}
      </ul>`;
    return html`<section aria-labelledby="disputes-heading">${heading}${body}</section>`;
  }
}

if (!customElements.get('gu-payments-disputes')) customElements.define('gu-payments-disputes', GuPaymentsDisputes);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-disputes': GuPaymentsDisputes;
  }
}
