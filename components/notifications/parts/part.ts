import type { Catalog } from '../../core/i18n/index.js';
import { formatDate } from '../../core/i18n/format.js';
import { WidgetPart } from '../../core/widget/widget-part.js';
import type { NotificationsContext, NotificationsPartHandle } from '../context.js';
import { NotificationsNavigateEvent, type NotificationsTarget } from '../events.js';
import type { NotificationsSnapshot, NotificationsStore } from '../store.js';

/**
 * The one base of <gu-notifications>' parts: core/widget `WidgetPart` with the notifications context, plus what every
 * part of this widget does — open another view, follow the page's shared store (re-render when the unread count or
 * the newest change; `storeChanged()` says what changed), and write dates in the page's language.
 */
export abstract class NotificationsPart<Messages extends Catalog>
  extends WidgetPart<NotificationsContext, Messages>
  implements NotificationsPartHandle
{
  #leave: (() => void) | undefined;
  #store: NotificationsStore | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#leave?.();
    this.#leave = undefined;
    this.#store = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('ctx')) this.#follow();
  }

  #follow(): void {
    if (!this.ctx || !this.isConnected || this.#store === this.ctx.store) return;
    this.#leave?.();
    this.#store = this.ctx.store;
    this.#leave = this.#store.subscribe({
      onChange: (snapshot) => this.storeChanged(snapshot),
      ...(this.burstText ? { describeBurst: (count: number) => this.burstText!(count) } : {}),
    });
  }

  /** The store changed (a new notification, another tab read some, the unread count): re-render by default. */
  protected storeChanged(_snapshot: NotificationsSnapshot): void {
    this.requestUpdate();
  }

  /**
   * The words for a burst of `count` new notifications («Новых уведомлений: 4»), if this part announces them (the
   * page's store announces once per burst, with the first listener that has words).
   */
  protected burstText?(count: number): string;

  /** Opens another view of the widget. */
  protected navigate(target: NotificationsTarget): void {
    this.dispatchEvent(new NotificationsNavigateEvent(target));
  }

  /** An ISO date-time as a date in the part's language («5 декабря 2026 г.»). */
  protected date(iso: string): string {
    return formatDate(this.i18n.locale, iso);
  }
}
