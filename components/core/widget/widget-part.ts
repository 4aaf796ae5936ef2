import type { PropertyDeclarations } from 'lit';
import { ConnectionSignal, isApiError } from '../api/index.js';
import { apiErrorMessage, coreMessages, type Catalog } from '../i18n/index.js';
import { AnnouncerController, announcerRegion } from '../ui/announcer.js';
import { LocalizedElement } from './localized-element.js';

/**
 * The kit's one way to build a widget's parts (see docs/widget-anatomy.md). A part is an element inside its widget's
 * shadow root that renders one screen or region. It gets from the widget:
 * - `ctx`: a typed context object declared in the widget's `context.ts` (never the widget element itself): the API
 *   client, the session's auth, settings from attributes, and controllers several parts share;
 * - `locale`: the widget's resolved locale (the part renders in the same language, and waits for its catalog);
 * and it answers with events (`GuEvent` subclasses, `internal` when only its element listens).
 *
 * The base gives every part: `abort` (aborted when the part is removed, renewed when it is attached again),
 * `announcer` (the page's polite live region), `resumeAfterMove()`, `focusOn()`, `focusHeading()`,
 * `errorText()` and `aborted()` for API failures. Busy/problem state of an action: `ActionController`.
 */
export abstract class WidgetPart<Context, Messages extends Catalog> extends LocalizedElement<Messages> {
  static override properties: PropertyDeclarations = {
    ctx: { attribute: false },
    locale: { reflect: true },
  };

  /** What the widget gives its parts. */
  declare ctx: Context;
  /** The widget's locale. */
  declare locale: string;

  /** Aborted when the part is removed, renewed when it is attached again (a moved widget keeps working). */
  protected readonly abort = new ConnectionSignal(this);
  protected readonly announcer = new AnnouncerController(this, { minIntervalMs: 0 });

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's live region must be there before the first message, or screen readers miss that message.
    announcerRegion('polite');
    if (this.hasUpdated) this.resumeAfterMove();
  }

  /**
   * Attached again after a removal (a portal or framework moved the widget): the removal aborted what was running, so
   * a part picks up its first load or its polling here. Nothing by default.
   */
  protected resumeAfterMove(): void {}

  /** Moves focus to an element of the part (after the next render). */
  protected async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Moves focus to the part's heading that takes focus (`tabindex="-1"`). */
  async focusHeading(): Promise<void> {
    await this.focusOn('[tabindex="-1"]:is(h1, h2, h3, h4, h5, h6)');
  }

  /** The citizen's message for a failed call (the core catalog's wording for its kind). */
  protected errorText(error: unknown): string {
    const core = coreMessages[this.i18n.locale];
    if (!isApiError(error)) return core.apiServer;
    if (error.kind === 'rate-limited') return core.apiRateLimited(error.retryAfter ?? 60);
    return apiErrorMessage(core, error.kind) ?? core.apiServer;
  }

  /** Whether an error is our own abort (the part was removed or the citizen moved on): nothing to say. */
  protected aborted(error: unknown): boolean {
    return isApiError(error) && error.kind === 'aborted';
  }
}
