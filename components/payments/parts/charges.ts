/**
 * «Начисления»: what the citizen owes, grouped by kind (fines, taxes by kind, utilities by provider, state duties), each
 * group with its count and sum due and its own paging; the selection to pay (a checkbox per unpaid charge, «Выбрать все»
 * per group, the total explained line by line) and the way on to the checkout, a fine's dispute, a payment in progress;
 * a disclosure with the search for a charge that is not in the list (the `find` part, loaded when opened).
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isApiError } from '../../core/api/index.js';
import { formatDate, formatNumber, plural, type LazyCatalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import '../../core/ui/gu-empty-state.js';
import '../../core/ui/gu-error-state.js';
import '../../core/ui/gu-loading-state.js';
import { getChargeSummary, listCharges } from '../charges-api.js';
import { chargesRu, type ChargesMessages } from '../locales/charges-ru.js';
import { MAX_CHARGES_PER_PAYMENT, type ChargeSelection } from '../selection.js';
import { CHARGE_KINDS, type Charge, type ChargeKind, type ChargeSummary, type TaxKind } from '../types.js';
import { PaymentsPart } from './part.js';
import { partStyles } from '../../core/theme/looks/part.js';
import { chargesStyles } from './charges.styles.js';

const chargesMessages: LazyCatalogs<ChargesMessages> = {
  ru: chargesRu,
  en: () => import('../locales/charges-en.js').then((module) => module.chargesEn),
};

/** How long the selection may keep changing before its total is announced (a storm of Space presses says it once). */
export const SELECTION_ANNOUNCE_DELAY_MS = 600;
/** How long a first load may take before «Загружаем начисления…» is shown and announced. */
const LOADING_DELAY_MS = 300;

const TAX_KINDS: readonly TaxKind[] = ['ndfl', 'transport', 'land', 'property', 'other'];

/** One kind's loaded pages. */
interface Group {
  items: Charge[];
  total: number;
  /** The last page loaded. */
  page: number;
  loadingMore: boolean;
  moreError: boolean;
}

/**
 * What the view keeps while the citizen is elsewhere (the part is recreated on every view change): the loaded pages,
 * the summary and whether the search was open — per element, keyed by its selection (one per <gu-payments>).
 */
interface Memory {
  /** Whose charges these are: another citizen signing in on the same element never sees them. */
  citizenId: string | undefined;
  revision: number;
  pageSize: number;
  summary: ChargeSummary;
  groups: Record<ChargeKind, Group>;
  findOpen: boolean;
}
const memories = new WeakMap<ChargeSelection, Memory>();

type Phase = 'loading' | 'ready' | 'error';
type FindState = 'closed' | 'loading' | 'ready' | 'error';

/** A УИН grouped for reading: «188 1037 7200 0000 0000 9» (3 digits, then fours). */
export function groupUin(uin: string): string {
  const head = uin.slice(0, 3);
  const rest = uin.slice(3).match(/.{1,4}/g) ?? [];
  return [head, ...rest].join(' ');
}

/** The discount in whole percent of the full amount, as the two amounts the charge gives say it. */
function discountPercent(charge: Charge): number {
  if (!charge.discount) return 0;
  return Math.round(((charge.amount - charge.discount.amount) * 100) / charge.amount);
}

/**
 * @summary The «Начисления» view of <gu-payments> (internal part).
 */
export class GuPaymentsCharges extends PaymentsPart<ChargesMessages> {
  static override styles = [baseStyles, partStyles, ...chargesStyles];
  static override properties: PropertyDeclarations = {
    ...PaymentsPart.properties,
    phase: { state: true },
    error: { state: true },
    findState: { state: true },
    notice: { state: true },
  };

  protected readonly i18n = new LocaleController(this, chargesMessages);
  protected override readonly followsSelection = true;

  declare private phase: Phase;
  declare private error: unknown;
  declare private findState: FindState;
  /** The selection limit's message, when the last selection hit it. */
  declare private notice: string;

  private memory: Memory | undefined;
  private loadRun = 0;
  /** The revision of the charges the running (or last) load asked for. */
  private loadingRevision = -1;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.phase = 'loading';
    this.error = undefined;
    this.findState = 'closed';
    this.notice = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
  }

  protected override resumeAfterMove(): void {
    if (this.phase !== 'ready') void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('ctx') || !this.ctx) return;
    if (this.phase === 'loading' && this.loadingRevision >= this.ctx.revision.charges) return;
    const kept = this.memory ?? memories.get(this.ctx.selection);
    const current =
      kept &&
      kept.citizenId === this.ctx.citizenId &&
      kept.revision >= this.ctx.revision.charges &&
      kept.pageSize === this.ctx.pageSize;
    if (kept && current) {
      if (!this.memory) {
        // Back from another view: the pages loaded before, in place.
        this.memory = kept;
        this.phase = 'ready';
        if (kept.findOpen) void this.openFind();
      }
      return;
    }
    if (kept?.citizenId !== this.ctx.citizenId) {
      this.memory = undefined;
      memories.delete(this.ctx.selection);
    } else if (kept && !this.memory) this.findState = kept.findOpen ? 'loading' : 'closed';
    void this.load();
  }

  // ——— Data ———

  /** Loads the summary and each kind's first page (again after a change: `ctx.revision.charges` went up). */
  private async load(): Promise<void> {
    const ctx = this.ctx;
    const run = ++this.loadRun;
    this.loadingRevision = ctx.revision.charges;
    const signal = this.abort.signal;
    const findOpen = this.memory?.findOpen ?? memories.get(ctx.selection)?.findOpen ?? false;
    this.phase = 'loading';
    this.error = undefined;
    try {
      const [summary, ...pages] = await Promise.all([
        getChargeSummary(ctx.client, signal),
        ...CHARGE_KINDS.map((kind) => listCharges(ctx.client, { kind, page: 1, pageSize: ctx.pageSize }, signal)),
      ]);
      if (run !== this.loadRun) return;
      const groups = {} as Record<ChargeKind, Group>;
      CHARGE_KINDS.forEach((kind, index) => {
        const page = pages[index]!;
        groups[kind] = { items: page.items, total: page.total, page: 1, loadingMore: false, moreError: false };
      });
      this.memory = {
        citizenId: ctx.citizenId,
        revision: ctx.revision.charges,
        pageSize: ctx.pageSize,
        summary,
        groups,
        findOpen,
      };
      memories.set(ctx.selection, this.memory);
      this.phase = 'ready';
      // What is selected is paid as it was shown: keep the selection in step with what the server says now.
      ctx.selection.update(pages.flatMap((page) => page.items));
      if (findOpen && this.findState !== 'ready') void this.openFind();
    } catch (error) {
      if (run !== this.loadRun || this.aborted(error)) return;
      this.error = error;
      this.phase = 'error';
    }
  }

  /** «Показать ещё»: the kind's next page; focus moves to its first new charge. */
  private async showMore(kind: ChargeKind): Promise<void> {
    const memory = this.memory;
    if (!memory) return;
    const group = memory.groups[kind];
    if (group.loadingMore) return;
    group.loadingMore = true;
    group.moreError = false;
    this.requestUpdate();
    try {
      const page = await listCharges(
        this.ctx.client,
        { kind, page: group.page + 1, pageSize: memory.pageSize },
        this.abort.signal,
      );
      if (this.memory !== memory) return;
      const known = new Set(group.items.map((charge) => charge.id));
      const fresh = page.items.filter((charge) => !known.has(charge.id));
      group.items = [...group.items, ...fresh];
      group.total = page.total;
      group.page = page.page;
      group.loadingMore = false;
      this.ctx.selection.update(fresh);
      this.requestUpdate();
      if (fresh[0]) await this.focusOn(`[data-charge-id="${CSS.escape(fresh[0].id)}"]`);
    } catch (error) {
      group.loadingMore = false;
      if (this.aborted(error)) return;
      group.moreError = true;
      this.requestUpdate();
    }
  }

  // ——— Selection ———

  private toggle(charge: Charge, checked: boolean): void {
    const selection = this.ctx.selection;
    if (checked) this.limitNotice(selection.add([charge]));
    else {
      selection.remove([charge.id]);
      this.notice = '';
    }
    this.scheduleAnnouncement();
  }

  /** «Выбрать все» of a group (its loaded unpaid charges), or «Снять выбор» when all of them are selected. */
  private toggleGroup(kind: ChargeKind): void {
    const selection = this.ctx.selection;
    const payable = this.payable(kind);
    if (payable.length > 0 && payable.every((charge) => selection.has(charge.id))) {
      selection.remove(payable.map((charge) => charge.id));
      this.notice = '';
    } else this.limitNotice(selection.add(payable.filter((charge) => !selection.has(charge.id))));
    this.scheduleAnnouncement();
  }

  private clearSelection(): void {
    this.ctx.selection.clear();
    this.notice = '';
    this.scheduleAnnouncement();
  }

  private limitNotice(refused: number): void {
    const msg = this.i18n.msg;
    if (refused > 0) {
      this.notice = msg.limitRefused(MAX_CHARGES_PER_PAYMENT, plural(this.i18n.locale, refused, msg.charges));
      // Said at once: the citizen pressed a key and nothing was selected.
      this.announcer.announce(this.notice, { force: true });
    } else
      this.notice = this.ctx.selection.size >= MAX_CHARGES_PER_PAYMENT ? msg.limitReached(MAX_CHARGES_PER_PAYMENT) : '';
  }

  /** The total is said once the citizen pauses: a run of Space presses is one announcement. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      const msg = this.i18n.msg;
      const selection = this.ctx.selection;
      this.announcer.announce(
        selection.size === 0
          ? msg.selectedNoneAnnounce
          : msg.selectedAnnounce(plural(this.i18n.locale, selection.size, msg.charges), this.money(selection.total)),
        { force: true },
      );
    }, SELECTION_ANNOUNCE_DELAY_MS);
  }

  private payable(kind: ChargeKind): Charge[] {
    return (this.memory?.groups[kind].items ?? []).filter((charge) => charge.status === 'unpaid');
  }

  private pay(): void {
    if (this.ctx.selection.size === 0) {
      void this.focusOn('#pay-hint');
      return;
    }
    this.navigate({ view: 'checkout' });
  }

  // ——— The search for a charge ———

  private async toggleFind(): Promise<void> {
    if (this.findState === 'closed') await this.openFind();
    else {
      this.findState = 'closed';
      if (this.memory) this.memory.findOpen = false;
    }
  }

  private async openFind(): Promise<void> {
    this.findState = 'loading';
    if (this.memory) this.memory.findOpen = true;
    try {
      await import('./find.js');
      if (this.findState === 'loading') this.findState = 'ready';
    } catch {
      if (this.findState === 'loading') this.findState = 'error';
    }
  }

  // ——— Rendering ———

  private dayMonth(iso: string): string {
    return formatDate(this.i18n.locale, iso, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  }

  private month(period: string): string {
    return formatDate(this.i18n.locale, `${period}-01`, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  private groupName(kind: ChargeKind): string {
    const msg = this.i18n.msg;
    return { fine: msg.groupFine, tax: msg.groupTax, utility: msg.groupUtility, duty: msg.groupDuty }[kind];
  }

  private taxName(kind: TaxKind): string {
    const msg = this.i18n.msg;
    return {
      ndfl: msg.taxNdfl,
      transport: msg.taxTransport,
      land: msg.taxLand,
      property: msg.taxProperty,
      other: msg.taxOther,
    }[kind];
  }

  private renderFind(): TemplateResult {
    const msg = this.i18n.msg;
    const open = this.findState !== 'closed';
    let body: TemplateResult | typeof nothing = nothing;
    if (this.findState === 'loading')
      body = html`<gu-loading-state inline delay=${LOADING_DELAY_MS} label=${msg.findLoading}></gu-loading-state>`;
    else if (this.findState === 'error')
      body = html`<div class="problem" role="alert">
        <p>${msg.findFailed}</p>
        <button type="button" class="btn" @click=${() => void this.openFind()}>${msg.retry}</button>
      </div>`;
    else if (this.findState === 'ready')
      body = html`<gu-payments-find .ctx=${this.ctx} .locale=${this.i18n.locale}></gu-payments-find>`;
    return html`<div class="find">
      <button
        type="button"
        class="btn disclosure"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="find-body"
        @click=${() => void this.toggleFind()}
      >
        <span class="chevron" aria-hidden="true">›</span>${msg.findToggle}
      </button>
      <div id="find-body" class="find-body" ?hidden=${!open}>${body}</div>
    </div>`;
  }

  private renderBadges(charge: Charge): TemplateResult {
    const msg = this.i18n.msg;
    const status = {
      unpaid: [msg.statusUnpaid, 'tone-neutral'],
      processing: [msg.statusProcessing, 'tone-progress'],
      paid: [msg.statusPaid, 'tone-success'],
      cancelled: [msg.statusCancelled, 'tone-neutral'],
    }[charge.status];
    const dispute = charge.dispute
      ? {
          submitted: msg.disputeSubmitted,
          'under-review': msg.disputeUnderReview,
          accepted: msg.disputeAccepted,
          rejected: msg.disputeRejected,
        }[charge.dispute.status]
      : undefined;
    return html`<ul class="badges">
      <li class="badge ${status[1]}" data-status=${charge.status}>${status[0]}</li>
      ${
        charge.overdue && charge.status === 'unpaid'
          ? html`<li class="badge tone-error" data-overdue>${msg.overdue}</li>`
          : nothing
      }
      ${dispute ? html`<li class="badge tone-info">${dispute}</li>` : nothing}
    </ul>`;
  }

  private renderDiscount(charge: Charge): TemplateResult | typeof nothing {
    const discount = charge.discount;
    if (!discount) return nothing;
    const msg = this.i18n.msg;
    return html`<p class="discount" data-discount=${discount.active ? 'active' : 'expired'}>
      ${
        discount.active
          ? msg.discountActive(
              formatNumber(this.i18n.locale, discountPercent(charge)),
              this.money(discount.amount),
              this.date(discount.until),
            )
          : msg.discountExpired(this.dayMonth(discount.until))
      }
    </p>`;
  }

  private renderCharge(charge: Charge): TemplateResult {
    const msg = this.i18n.msg;
    const selected = this.ctx.selection.has(charge.id);
    const titleId = `title-${charge.id}`;
    const resolution = charge.resolutionNumber
      ? charge.resolutionDate
        ? msg.resolutionOf(charge.resolutionNumber, this.date(charge.resolutionDate))
        : msg.resolution(charge.resolutionNumber)
      : undefined;
    const reduced = charge.amountDue !== charge.amount;
    return html`<li
      class="charge ${selected ? 'is-selected' : ''}"
      data-charge-id=${charge.id}
      tabindex="-1"
      aria-labelledby=${titleId}
    >
      ${
        charge.status === 'unpaid'
          ? html`<input
              type="checkbox"
              class="check"
              .checked=${selected}
              aria-label=${msg.selectCharge(charge.title, this.money(charge.amountDue))}
              @change=${(event: Event) => this.toggle(charge, (event.target as HTMLInputElement).checked)}
            />`
          : html`<span class="no-check"></span>`
      }
      <div>
        <div class="charge-top">
          <p class="charge-title" id=${titleId} lang="ru">${charge.title}</p>
          <p class="charge-amount">
            <span class="visually-hidden">${msg.amountDue}:</span>
            <span class="money">${this.money(charge.amountDue)}</span>
            ${
              reduced
                ? html`<span class="charge-full muted"
                    >${msg.fullAmount}: <span class="money">${this.money(charge.amount)}</span></span
                  >`
                : nothing
            }
          </p>
        </div>
        <p class="muted" lang="ru">${charge.reason}</p>
        ${resolution ? html`<p class="resolution" data-resolution>${resolution}</p>` : nothing}
        ${this.renderBadges(charge)} ${this.renderDiscount(charge)}
        <dl class="facts">
          <dt>${msg.payee}</dt>
          <dd lang="ru">${charge.payee}</dd>
          ${
            charge.utility
              ? html`<dt>${msg.period}</dt>
                  <dd>${this.month(charge.utility.period)}</dd>`
              : nothing
          }
          ${
            charge.taxPeriod
              ? html`<dt>${msg.taxPeriod}</dt>
                  <dd>${msg.taxYear(charge.taxPeriod)}</dd>`
              : nothing
          }
          <dt>${msg.issuedAt}</dt>
          <dd>${this.date(charge.issuedAt)}</dd>
          ${
            charge.dueDate
              ? html`<dt>${msg.dueDate}</dt>
                  <dd>${this.date(charge.dueDate)}</dd>`
              : nothing
          }
          ${
            !reduced && charge.discount
              ? html`<dt>${msg.fullAmount}</dt>
                  <dd class="money">${this.money(charge.amount)}</dd>`
              : nothing
          }
          <dt>${msg.uin}</dt>
          <dd class="uin">${groupUin(charge.uin)}</dd>
        </dl>
        ${this.renderRowActions(charge)}
      </div>
    </li>`;
  }

  private renderRowActions(charge: Charge): TemplateResult | typeof nothing {
    const msg = this.i18n.msg;
    const openPayment = charge.status === 'processing' && charge.paymentId;
    const dispute = charge.kind === 'fine' && charge.disputable && charge.status === 'unpaid';
    if (!openPayment && !dispute) return nothing;
    return html`<div class="row-actions">
      ${
        openPayment
          ? html`<button
              type="button"
              class="btn"
              @click=${() => this.navigate({ view: 'payment', paymentId: charge.paymentId! })}
            >
              ${msg.openPayment}
            </button>`
          : nothing
      }
      ${
        dispute
          ? html`<button
              type="button"
              class="btn"
              aria-label=${msg.disputeOf(charge.title)}
              @click=${() => this.navigate({ view: 'dispute', chargeId: charge.id })}
            >
              ${msg.dispute}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderRows(charges: readonly Charge[]): TemplateResult {
    return html`<ul class="rows">
      ${repeat(
        charges,
        (charge) => charge.id,
        (charge) => this.renderCharge(charge),
      )}
    </ul>`;
  }

  /** Taxes: by their kind, in the order НДФЛ, transport, land, property, other. */
  private renderTaxes(charges: readonly Charge[]): TemplateResult[] {
    return TAX_KINDS.map((kind) => {
      const items = charges.filter((charge) => (charge.taxKind ?? 'other') === kind);
      if (items.length === 0) return html``;
      return html`<section class="subgroup" aria-labelledby="tax-${kind}">
        <h5 id="tax-${kind}">${this.taxName(kind)}</h5>
        ${this.renderRows(items)}
      </section>`;
    });
  }

  /** Utilities: by provider, with the account and the balance after its latest accrual; accruals by period. */
  private renderUtilities(charges: readonly Charge[]): TemplateResult[] {
    const msg = this.i18n.msg;
    const providers = new Map<string, Charge[]>();
    const other: Charge[] = [];
    for (const charge of charges) {
      if (!charge.utility) {
        other.push(charge);
        continue;
      }
      const list = providers.get(charge.utility.providerId) ?? [];
      list.push(charge);
      providers.set(charge.utility.providerId, list);
    }
    const sections: TemplateResult[] = [...providers.entries()].map(([providerId, items]) => {
      const latest = items.reduce((a, b) => (b.utility!.period > a.utility!.period ? b : a)).utility!;
      const balance =
        latest.balance < 0
          ? msg.balanceDebt(this.money(-latest.balance))
          : latest.balance > 0
            ? msg.balanceAdvance(this.money(latest.balance))
            : msg.balanceZero;
      const sorted = [...items].sort((a, b) => (a.utility!.period < b.utility!.period ? 1 : -1));
      const headingId = `provider-${providerId}`;
      return html`<section class="subgroup" aria-labelledby=${headingId}>
        <h5 id=${headingId} lang="ru">${latest.providerName}</h5>
        <p class="provider-facts">
          <span>${msg.account}: <span class="uin">${latest.accountNumber}</span></span>
          <span data-balance>${balance}</span>
        </p>
        ${this.renderRows(sorted)}
      </section>`;
    });
    if (other.length > 0) sections.push(this.renderRows(other));
    return sections;
  }

  private renderGroup(kind: ChargeKind, memory: Memory): TemplateResult | typeof nothing {
    const msg = this.i18n.msg;
    const locale = this.i18n.locale;
    const group = memory.groups[kind];
    if (group.total === 0 && group.items.length === 0) return nothing;
    const summary = memory.summary.byKind.find((entry) => entry.kind === kind);
    const name = this.groupName(kind);
    const payable = this.payable(kind);
    const allSelected = payable.length > 0 && payable.every((charge) => this.ctx.selection.has(charge.id));
    const left = Math.max(0, group.total - group.items.length);
    const headingId = `group-${kind}`;
    const rows =
      kind === 'tax'
        ? this.renderTaxes(group.items)
        : kind === 'utility'
          ? this.renderUtilities(group.items)
          : this.renderRows(group.items);
    return html`<section class="group" aria-labelledby=${headingId} data-group=${kind}>
      <div class="group-head">
        <h4 id=${headingId}>${name}</h4>
        <p class="group-sum" data-group-sum>
          ${
            summary && summary.count > 0
              ? msg.groupSummary(plural(locale, summary.count, msg.charges), this.money(summary.amountDue))
              : msg.groupNothingDue
          }
          ${
            summary && summary.overdueCount > 0
              ? html`<span class="badge tone-error">${plural(locale, summary.overdueCount, msg.groupOverdue)}</span>`
              : nothing
          }
        </p>
      </div>
      ${
        payable.length > 0
          ? html`<div class="actions">
              <button type="button" class="btn" data-select-all @click=${() => this.toggleGroup(kind)}>
                ${allSelected ? msg.unselectAll : msg.selectAll}<span class="visually-hidden">: ${name}</span>
              </button>
            </div>`
          : nothing
      }
      ${rows}
      ${
        left > 0 || group.moreError
          ? html`<div class="more">
              <p class="muted">
                ${msg.shownOf(formatNumber(locale, group.items.length), formatNumber(locale, group.total))}
              </p>
              ${group.moreError ? html`<p class="problem" role="alert">${msg.moreFailed}</p>` : nothing}
              <button
                type="button"
                class="btn"
                data-more
                aria-busy=${group.loadingMore ? 'true' : 'false'}
                @click=${() => void this.showMore(kind)}
              >
                ${group.moreError ? msg.retry : msg.showMore}<span class="visually-hidden">: ${name}</span>
                ${group.moreError ? nothing : msg.showMoreLeft(formatNumber(locale, left))}
              </button>
              ${
                group.loadingMore
                  ? html`<gu-loading-state
                      inline
                      delay=${LOADING_DELAY_MS}
                      label=${msg.loadingMore}
                    ></gu-loading-state>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderTotal(): TemplateResult {
    const msg = this.i18n.msg;
    const selection = this.ctx.selection;
    const charges = selection.charges;
    const none = charges.length === 0;
    return html`<section class="total card" aria-labelledby="total-heading" data-total>
      <h4 id="total-heading">${msg.totalHeading}</h4>
      <p class="total-sum" data-total-line>
        ${
          none
            ? msg.totalNone
            : msg.totalLine(plural(this.i18n.locale, charges.length, msg.charges), this.money(selection.total))
        }
      </p>
      ${
        none
          ? nothing
          : html`<ul class="total-lines" data-total-lines>
              ${charges.map(
                (charge) =>
                  html`<li>
                    <span lang="ru">${charge.title}</span><span class="money">${this.money(charge.amountDue)}</span>
                  </li>`,
              )}
            </ul>`
      }
      ${this.notice ? html`<p class="limit" data-limit>${this.notice}</p>` : nothing}
      ${none ? html`<p id="pay-hint" class="muted" tabindex="-1">${msg.payHint}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          class="btn-primary"
          data-pay
          aria-disabled=${none ? 'true' : 'false'}
          aria-describedby=${none ? 'pay-hint' : nothing}
          @click=${() => this.pay()}
        >
          ${msg.pay}
        </button>
        ${
          none
            ? nothing
            : html`<button type="button" class="btn" @click=${() => this.clearSelection()}>${msg.clear}</button>`
        }
      </div>
    </section>`;
  }

  private renderBody(): TemplateResult {
    const msg = this.i18n.msg;
    if (this.phase === 'loading' || !this.memory) {
      if (this.phase === 'error')
        return html`<gu-error-state
          retryable
          heading-level="4"
          heading=${msg.errorHeading}
          .error=${isApiError(this.error) ? this.error : { kind: 'server' }}
          @gu-error-state-retry=${() => void this.load()}
        ></gu-error-state>`;
      return html`<div aria-busy="true">
        <gu-loading-state delay=${LOADING_DELAY_MS} label=${msg.loading}></gu-loading-state>
      </div>`;
    }
    if (this.phase === 'error')
      return html`<gu-error-state
        retryable
        heading-level="4"
        heading=${msg.errorHeading}
        .error=${isApiError(this.error) ? this.error : { kind: 'server' }}
        @gu-error-state-retry=${() => void this.load()}
      ></gu-error-state>`;
    const memory = this.memory;
    const empty = CHARGE_KINDS.every((kind) => memory.groups[kind].items.length === 0);
    if (empty && this.ctx.selection.size === 0)
      return html`<gu-empty-state heading=${msg.emptyHeading} heading-level="4">
        ${msg.emptyText}
        <button
          slot="action"
          type="button"
          class="btn"
          data-to-documents
          @click=${() => this.navigate({ view: 'documents' })}
        >
          ${msg.emptyAction}
        </button>
      </gu-empty-state>`;
    return html`<div class="layout">
      <div class="groups">${CHARGE_KINDS.map((kind) => this.renderGroup(kind, memory))}</div>
      ${this.renderTotal()}
    </div>`;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    return html`<h3 tabindex="-1">${msg.heading}</h3>
      ${this.renderFind()} ${this.renderBody()}`;
  }
}

if (!customElements.get('gu-payments-charges')) customElements.define('gu-payments-charges', GuPaymentsCharges);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-charges': GuPaymentsCharges;
  }
}
