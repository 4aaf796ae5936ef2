import type { Catalog } from '../../core/i18n/index.js';
import { formatDate, formatDateTime } from '../../core/i18n/format.js';
import { WidgetPart } from '../../core/widget/widget-part.js';
import type { SecurityContext, SecurityPartHandle } from '../context.js';
import type { SecurityChanges } from '../changes.js';
import { SecurityNavigateEvent, type SecurityTarget } from '../events.js';
import { StepUpCancelled } from '../step-up.js';
import type { SecurityArea } from '../types.js';

/**
 * The one base of <gu-security-settings>' parts: core/widget `WidgetPart` with the security context, plus what every
 * part of this widget does — open another view, follow the security changes of the areas it shows (`areas`; reload
 * in `areaChanged()`), say nothing when the citizen closed the re-authentication dialog, and write dates in the
 * page's language.
 */
export abstract class SecurityPart<Messages extends Catalog>
  extends WidgetPart<SecurityContext, Messages>
  implements SecurityPartHandle
{
  /** The areas this part shows: a change of one of them (here or elsewhere) calls `areaChanged()`. */
  protected readonly areas: readonly SecurityArea[] = [];
  #leave: (() => void) | undefined;
  #changes: SecurityChanges | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#leave?.();
    this.#leave = undefined;
    this.#changes = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('ctx')) this.#follow();
  }

  #follow(): void {
    if (!this.ctx || !this.isConnected || this.#changes === this.ctx.changes) return;
    this.#leave?.();
    this.#changes = this.ctx.changes;
    this.#leave = this.#changes.follow((area, origin) => {
      if (this.areas.includes(area)) this.areaChanged(area, origin);
    });
  }

  /**
   * An area this part shows changed — `here` (another part of this widget, after the server accepted it) or
   * `elsewhere` (another tab or device, a sign-in): reload it, keeping focus and what the citizen is typing.
   */
  protected areaChanged(_area: SecurityArea, _origin: 'here' | 'elsewhere'): void {}

  /** Tells the page's other parts (and the portal: `gu-security-changed`) that this part changed `area`. */
  protected reportChange(area: SecurityArea): void {
    this.ctx.changes.changed(area);
  }

  /** Opens another view of the widget. */
  protected navigate(target: SecurityTarget): void {
    this.dispatchEvent(new SecurityNavigateEvent(target));
  }

  /** The citizen's message for a failed call; nothing when they closed the re-authentication dialog themselves. */
  protected override errorText(error: unknown): string {
    return error instanceof StepUpCancelled ? '' : super.errorText(error);
  }

  /** An ISO date-time as a date in the part's language («5 декабря 2026 г.»). */
  protected date(iso: string): string {
    return formatDate(this.i18n.locale, iso);
  }

  /** An ISO date-time as date and time in the part's language. */
  protected dateTime(iso: string): string {
    return formatDateTime(this.i18n.locale, iso);
  }
}
