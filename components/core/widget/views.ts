import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What the controller needs of its element: the `view` property it drives and its render root. */
export interface ViewsHost<View extends string> extends ReactiveControllerHost {
  view: View;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The frame's words for a view that is not drawn yet. */
export interface ViewsMessages {
  loading: string;
  loadFailed: string;
  retry: string;
}

/**
 * The views of a widget with lazy parts (<gu-payments>, <gu-notifications>): each view's part is a chunk of its own,
 * loaded when the view first opens; a view opened by the citizen (`open()`) gets focus on its part's heading once the
 * part is drawn (`[data-part]` with `focusHeading()`, else the element's `#heading`); a chunk that failed to load is
 * said with a retry. The element keeps its `view` property (reflected, public) and fires its own view event.
 *
 *   private readonly views = new LazyViewsController(this, { feed: () => import('./parts/feed.js'), … });
 *   render: this.views.nav(label, [['feed', msg.viewFeed], …], current) … this.views.placeholder(msg) ?? html`<part>`
 */
export class LazyViewsController<View extends string> implements ReactiveController {
  #loaded = new Set<View>();
  #loading = new Set<View>();
  #failed: View | undefined;
  #focusPending = false;
  /** The view whose chunk was asked for last. */
  #view: View | undefined;

  constructor(
    private readonly host: ViewsHost<View>,
    private readonly loaders: Readonly<Record<View, () => Promise<unknown>>>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#view = this.host.view;
    void this.load(this.#view);
  }

  hostUpdate(): void {
    // Another view: load its chunk (a failed one is tried again by its retry button, not by every render).
    if (this.host.view === this.#view) return;
    this.#view = this.host.view;
    void this.load(this.#view);
  }

  hostUpdated(): void {
    // A view opened for the first time draws its part once its module is loaded: focus waits for that render.
    const view = this.host.view;
    if (this.#focusPending && (this.#loaded.has(view) || this.#failed === view)) {
      this.#focusPending = false;
      void this.#focus();
    }
  }

  /** Opens a view (from the navigation or a part) and moves focus to its heading once it is drawn. */
  open(view: View): void {
    this.#focusPending = true;
    if (this.host.view === view) this.host.requestUpdate();
    this.host.view = view;
  }

  /** The part's place while it is not drawn: its loading status, or the failure with a retry; `undefined` when ready. */
  placeholder(msg: ViewsMessages): TemplateResult | undefined {
    const view = this.host.view;
    if (this.#failed === view)
      return html`<div class="problem" role="alert">
        <p>${msg.loadFailed}</p>
        <button type="button" @click=${() => void this.load(view)}>${msg.retry}</button>
      </div>`;
    if (!this.#loaded.has(view)) return html`<p role="status">${msg.loading}</p>`;
    return undefined;
  }

  /** The navigation between the main views; `current` is the item the open view belongs to. */
  nav(label: string, items: ReadonlyArray<readonly [View, string]>, current: View): TemplateResult {
    return html`<nav aria-label=${label} part="nav">
      <ul class="nav">
        ${items.map(
          ([view, name]) =>
            html`<li>
              <button type="button" aria-current=${current === view ? 'page' : nothing} @click=${() => this.open(view)}>
                ${name}
              </button>
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private async load(view: View): Promise<void> {
    if (this.#loaded.has(view) || this.#loading.has(view)) return;
    this.#loading.add(view);
    if (this.#failed === view) {
      // A retry: the failure gives way to the loading status.
      this.#failed = undefined;
      this.host.requestUpdate();
    }
    try {
      await this.loaders[view]();
      this.#loaded.add(view);
    } catch {
      this.#failed = view;
    } finally {
      this.#loading.delete(view);
    }
    this.host.requestUpdate();
  }

  async #focus(): Promise<void> {
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const part = root.querySelector<HTMLElement & { focusHeading?(): Promise<void> }>('[data-part]');
    if (part?.focusHeading) await part.focusHeading();
    else root.querySelector<HTMLElement>('#heading')?.focus();
  }
}
