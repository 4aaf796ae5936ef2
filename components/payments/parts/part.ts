import type { Catalog } from '../../core/i18n/index.js';
import { formatDate, formatMoney } from '../../core/i18n/format.js';
import { WidgetPart } from '../../core/widget/widget-part.js';
import type { PaymentsContext, PaymentsPartHandle } from '../context.js';
import { PaymentsChangedEvent, PaymentsNavigateEvent, type PaymentsData, type PaymentsTarget } from '../events.js';

/**
 * The one base of <gu-payments>' parts: core/widget `WidgetPart` with the payments context, plus what every part of
 * this widget does — open another view, say what it changed on the server, write money and dates in the page's
 * language, and re-render when the selection changes (for the parts that show it).
 */
export abstract class PaymentsPart<Messages extends Catalog>
  extends WidgetPart<PaymentsContext, Messages>
  implements PaymentsPartHandle
{
  #unsubscribe: (() => void) | undefined;

  /** Whether this part re-renders when the selection changes (the charges list, the checkout). */
  protected readonly followsSelection: boolean = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('ctx')) this.#follow();
  }

  #follow(): void {
    if (!this.followsSelection || !this.ctx || this.#unsubscribe) return;
    this.#unsubscribe = this.ctx.selection.subscribe(() => this.requestUpdate());
  }

  /** Opens another view of the widget. */
  protected navigate(target: PaymentsTarget): void {
    this.dispatchEvent(new PaymentsNavigateEvent(target));
  }

  /** Tells the element what this part changed on the server (the parts that show it reload). */
  protected changed(...what: PaymentsData[]): void {
    this.dispatchEvent(new PaymentsChangedEvent({ what }));
  }

  /** Kopecks as money in the part's language («1 500,00 ₽»). */
  protected money(kopecks: number): string {
    return formatMoney(this.i18n.locale, kopecks);
  }

  /** An ISO date as a date in the part's language («5 декабря 2026 г.»). */
  protected date(iso: string): string {
    return formatDate(this.i18n.locale, iso);
  }
}
