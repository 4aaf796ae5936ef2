import { resolveLocale } from '../core/i18n/locale.js';
import { tokenVar } from '../core/theme/token-var.js';
import { toggleRu, type ToggleMessages } from './locales/toggle-ru.js';
import type * as PageModule from './page.js';
import type { GuA11yPanel } from './panel.js';
import { el, shadowWith } from './styles.js';

const STYLES = `:host{display:inline-flex;flex-wrap:wrap;align-items:center;gap:.25em .5em;max-width:100%}
button{display:inline-flex;align-items:center;gap:.5em;min-height:2.75em;padding:.25em .5em;border:1px solid transparent;border-radius:${tokenVar('--gu-radius')};background:transparent;color:${tokenVar('--gu-color-primary')};text-align:start;overflow-wrap:anywhere}
button:hover{text-decoration:underline}
span{min-width:0}`;

/** The eye: a 24 × 24 path, decorative (the button's name is its text). */
const EYE =
  'M12 5C7 5 2.7 8.1 1 12c1.7 3.9 6 7 11 7s9.3-3.1 11-7c-1.7-3.9-6-7-11-7Zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9Zm0-7a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5Z';

function eye(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', EYE);
  svg.append(path);
  return svg;
}

/**
 * @summary «Версия для слабовидящих» for the portal's header: a button with an eye icon (its name is the text) that
 * opens and closes the low-vision panel, and applies the stored choice to the document on every page.
 *
 * On load it applies the citizen's stored choice (localStorage `gu-a11y`) to the document element and keeps it in step
 * with other tabs and with the system's settings (colour scheme, contrast, forced colours) — with a chunk it loads
 * right after its first render (page.ts and preferences.ts, ~2 KB), so the button itself stays within 3 KB. Pressing the button opens
 * the panel named by `for` (an id in the same document or shadow root), or else a `<gu-a11y-panel>` it creates right
 * after itself on the first press (loaded then: the toggle alone stays small); pressing it again, «Закрыть» or Esc
 * closes the panel and focus comes back to the button. `aria-expanded` says whether the panel is open, and the button
 * controls the panel (`ariaControlsElements`, which reaches a panel outside the toggle's shadow root).
 *
 * While the low-vision version is on, a second button «Обычная версия» sits next to it: as on most Russian state
 * sites the header link takes the citizen straight back to the standard version (everything reset, «Включена обычная
 * версия» announced), and the settings stay one press away on the first button, whose name does not change.
 *
 * @attr {string} for - The id of the `<gu-a11y-panel>` to open (same document or shadow root). Absent: the toggle
 * creates one right after itself.
 * @attr {string} locale - `ru` or `en`; absent: the nearest `lang`, then Russian.
 * @fires {GuA11yChangeEvent} gu-low-vision-change - Fired by the panel the toggle opens (from the panel, which bubbles
 * through the page, not from the toggle): the citizen changed a setting.
 * @fires {GuA11yOpenEvent} gu-low-vision-open - Fired by the panel the toggle opens: it was opened.
 * @fires {GuA11yCloseEvent} gu-low-vision-close - Fired by the panel the toggle opens: it was closed.
 * @csspart button - The button that opens and closes the panel.
 * @csspart normal - «Обычная версия», shown while the low-vision version is on.
 * @cssprop --gu-color-primary - The buttons' text.
 * @cssprop --gu-radius - The buttons' corners.
 * @cssprop --gu-icon-display - The eye icon (`none` when the citizen turned images off).
 */
export class GuA11yToggle extends HTMLElement {
  static readonly observedAttributes = ['locale', 'for'];

  readonly #root = shadowWith(this, STYLES);
  readonly #button = el('button', { type: 'button', part: 'button', 'aria-expanded': 'false' });
  readonly #label = el('span');
  readonly #normal = el('button', { type: 'button', part: 'normal' });
  readonly #live = el('div', { role: 'status', class: 'vh' });
  #messages: ToggleMessages = toggleRu;
  #panel: GuA11yPanel | null = null;
  #created: GuA11yPanel | null = null;
  #wired = new WeakSet<Element>();
  #unfollow?: () => void;
  #opening = false;
  /** The page's choice (page.ts), loaded right after the first render. */
  #page?: Promise<typeof PageModule>;
  #normalOn = false;

  constructor() {
    super();
    this.#button.append(eye(), this.#label);
    this.#root.append(this.#button, this.#normal, this.#live);
    this.#button.addEventListener('click', () => void this.#toggle());
    this.#normal.addEventListener('click', () => void this.#reset());
  }

  /** The id of the panel this toggle opens (the `for` attribute). */
  get htmlFor(): string {
    return this.getAttribute('for') ?? '';
  }
  set htmlFor(id: string) {
    this.setAttribute('for', id);
  }

  /** Whether the panel this toggle controls is open. */
  get expanded(): boolean {
    return this.#button.getAttribute('aria-expanded') === 'true';
  }

  connectedCallback(): void {
    void this.#localize();
    this.#findPanel();
    this.#page ??= import('./page.js');
    void this.#page.then((page) => {
      if (!this.isConnected || this.#unfollow) return;
      this.#unfollow = page.followPreferences((preferences) => {
        this.#normalOn = !page.isNormal(preferences);
        this.#update();
      });
      this.#normalOn = !page.isNormal(page.pagePreferences());
      this.#update();
    });
  }

  disconnectedCallback(): void {
    this.#unfollow?.();
    this.#unfollow = undefined;
  }

  attributeChangedCallback(name: string): void {
    if (!this.isConnected) return;
    if (name === 'locale') void this.#localize();
    else this.#findPanel();
  }

  async #localize(): Promise<void> {
    const locale = resolveLocale(this);
    this.#messages = locale === 'en' ? (await import('./locales/toggle-en.js')).toggleEn : toggleRu;
    this.#label.textContent = this.#messages.open;
    this.#normal.textContent = this.#messages.normal;
    this.#update();
  }

  #update(): void {
    this.#normal.hidden = !this.#normalOn;
    this.#button.setAttribute('aria-expanded', String(!!this.#panel?.hasAttribute('open')));
  }

  /** The panel named by `for`, or the one this toggle created; wired to keep `aria-expanded` in step. */
  #findPanel(): GuA11yPanel | null {
    const id = this.getAttribute('for');
    const root = this.getRootNode() as Document | ShadowRoot;
    const panel = id ? (root.getElementById?.(id) as GuA11yPanel | null) : this.#created;
    this.#panel = panel;
    if ('ariaControlsElements' in this.#button) this.#button.ariaControlsElements = panel ? [panel] : null;
    if (panel && !this.#wired.has(panel)) {
      this.#wired.add(panel);
      for (const type of ['gu-low-vision-open', 'gu-low-vision-close'])
        panel.addEventListener(type, (event) => {
          if (event.target === this.#panel) this.#update();
        });
    }
    this.#update();
    return panel;
  }

  async #toggle(): Promise<void> {
    if (this.#opening) return;
    this.#opening = true;
    try {
      // The panel's code is loaded with the first press (a placed panel is upgraded by it too).
      await import('./gu-a11y-panel.js');
      let panel = this.#findPanel();
      if (!panel && !this.getAttribute('for')) {
        panel = document.createElement('gu-a11y-panel');
        const locale = this.getAttribute('locale');
        if (locale) panel.setAttribute('locale', locale);
        this.#created = panel;
        this.after(panel);
        panel = this.#findPanel();
      }
      if (!panel) return;
      if (panel.open) panel.close();
      else panel.show(this.#button);
    } finally {
      this.#opening = false;
    }
  }

  async #reset(): Promise<void> {
    const page = await this.#page!;
    page.choosePreferences({ ...page.NORMAL });
    this.#button.focus();
    this.#live.textContent = '';
    requestAnimationFrame(() => (this.#live.textContent = this.#messages.normalOn));
  }
}
