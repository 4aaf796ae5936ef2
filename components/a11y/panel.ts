import { resolveLocale } from '../core/i18n/locale.js';
import { tokenVar } from '../core/theme/token-var.js';
import { GuA11yChangeEvent, GuA11yCloseEvent, GuA11yOpenEvent } from './events.js';
import { panelRu, type PanelMessages } from './locales/ru.js';
import { canStore, choosePreferences, followPreferences, pagePreferences } from './page.js';
import {
  applyPreferences,
  FONT_FAMILIES,
  FONT_SIZES,
  IMAGES,
  NORMAL,
  SCHEME_TOKENS,
  SCHEMES,
  SPACINGS,
  systemPreferences,
  type A11yPreferences,
  type Scheme,
} from './preferences.js';
import { el, shadowWith } from './styles.js';

type Field = keyof A11yPreferences;

/** The panel's groups, in the order a citizen meets them. */
const GROUPS: readonly [Field, readonly string[]][] = [
  ['fontSize', FONT_SIZES],
  ['fontFamily', FONT_FAMILIES],
  ['scheme', SCHEMES],
  ['letterSpacing', SPACINGS],
  ['lineSpacing', SPACINGS],
  ['images', IMAGES],
];

const STYLES = `:host{display:block;background:${tokenVar('--gu-color-surface')};color:${tokenVar('--gu-color-text')};border-block:1px solid ${tokenVar('--gu-color-border')}}
:host(:not([open])){display:none}
section{padding:1em}
h2{margin:0 0 .75em;font-size:1.25em;line-height:1.3;overflow-wrap:anywhere}
p{margin:0 0 .75em;padding:.5em .75em;border:1px solid ${tokenVar('--gu-color-info')};border-inline-start-width:.375em;border-radius:${tokenVar('--gu-radius')};background:${tokenVar('--gu-color-info-surface')};overflow-wrap:anywhere}
.groups{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,16em),1fr));gap:1em 1.5em}
fieldset{min-width:0;margin:0;padding:0;border:0}
legend{padding:0;margin-bottom:.25em;font-weight:700;overflow-wrap:anywhere}
.options{display:flex;flex-wrap:wrap;gap:0 1em}
label{display:inline-flex;align-items:center;gap:.5em;min-width:0;min-height:2.75em;overflow-wrap:anywhere;cursor:pointer}
input{flex:none;width:1.25em;height:1.25em;margin:0;accent-color:${tokenVar('--gu-color-primary')}}
.swatch{flex:none;padding:0 .375em;border:1px solid;border-radius:.25em;font-weight:700;line-height:1.5}
.actions{display:flex;flex-wrap:wrap;gap:.5em 1em;margin-top:1em}
.actions button{min-height:2.75em;padding:.25em 1em;border:2px solid ${tokenVar('--gu-color-primary')};border-radius:${tokenVar('--gu-radius')};background:${tokenVar('--gu-color-background')};color:${tokenVar('--gu-color-primary')};overflow-wrap:anywhere}
.actions button:hover{background:${tokenVar('--gu-color-primary')};color:${tokenVar('--gu-color-on-primary')}}
@media (forced-colors:active){.actions button{border-color:ButtonText}p{border-color:CanvasText}}`;

/** The colours of a scheme's sample: «Обычная» shows the kit's own defaults (the fallback in `var(name, default)`). */
function swatchColors(scheme: Scheme): [string, string, string] {
  if (scheme !== 'default') {
    const tokens = SCHEME_TOKENS[scheme];
    return [tokens['--gu-color-background']!, tokens['--gu-color-text']!, tokens['--gu-color-border']!];
  }
  const fallback = (text: string) => /, (.*)\)$/.exec(text)![1]!;
  return [
    fallback(tokenVar('--gu-color-background')),
    fallback(tokenVar('--gu-color-text')),
    fallback(tokenVar('--gu-color-border')),
  ];
}

/** The decorative sample of a scheme: its text on its background (the option's name says which it is). */
function swatch(scheme: Scheme, sample: string): HTMLElement {
  const element = el('span', { class: 'swatch', 'aria-hidden': 'true' }, sample);
  const [background, text, border] = swatchColors(scheme);
  // Through the CSSOM, which a strict Content-Security-Policy allows (no style attribute is parsed).
  element.style.setProperty('background-color', background);
  element.style.setProperty('color', text);
  element.style.setProperty('border-color', border);
  return element;
}

/** The focused element, inside shadow roots too. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * @summary «Версия для слабовидящих»: font size, font, colour scheme, letter and line spacing, images — applied live to
 * every gu-* widget and the portal's page through the tokens on the document element, stored, announced.
 *
 * A labelled region with one group of native radio buttons per setting (arrow keys move within a group), «Обычная
 * версия» (resets everything) and «Закрыть» (Esc closes too; focus returns to the element that opened it, usually
 * <gu-a11y-toggle>). Every change is applied at once (`applyPreferences()` on the document element), stored in
 * localStorage (`gu-a11y`; if the browser refuses, the panel says so and the choice still applies to this page),
 * announced in words («Включена крупная версия», «Цветовая схема: белым по чёрному») and followed by other tabs. Under
 * the system's forced colours it says that the system's colours are in use. The panel itself is a gu-* element: it
 * follows the tokens it sets, and holds at 320 px with the largest text.
 *
 * Shown while it has the `open` attribute (`show()` and `close()` also move focus). Placed by the portal, it is opened
 * by `<gu-a11y-toggle for="its-id">`; a toggle without `for` creates one after itself.
 *
 * @attr {boolean} open - Shown.
 * @attr {boolean} transient - The choice applies to this page only and is not stored (a shared computer in an МФЦ,
 * a library): the panel says so, as it does when the browser refuses storage.
 * @attr {string} locale - `ru` or `en`; absent: the nearest `lang`, then Russian.
 * @fires {GuA11yChangeEvent} gu-low-vision-change - The citizen changed a setting or pressed «Обычная версия»;
 * `detail` is the whole choice (preferences.ts `A11yPreferences`). Bubbles, composed.
 * @fires {GuA11yOpenEvent} gu-low-vision-open - The panel was opened (`open` set).
 * @fires {GuA11yCloseEvent} gu-low-vision-close - The panel was closed (`open` removed: «Закрыть», Esc, `close()`, its
 * toggle).
 * @csspart region - The labelled region.
 * @csspart heading - Its heading.
 * @csspart group - A fieldset of one setting.
 * @csspart actions - «Обычная версия» and «Закрыть».
 * @cssprop --gu-color-surface - The panel's background.
 * @cssprop --gu-color-text - Its text.
 * @cssprop --gu-color-border - Its top and bottom borders.
 * @cssprop --gu-color-primary - The radio buttons and the buttons.
 * @cssprop --gu-color-info - The notes' border (storage refused, forced colours).
 * @cssprop --gu-color-info-surface - The notes' background.
 */
export class GuA11yPanel extends HTMLElement {
  static readonly observedAttributes = ['locale', 'open', 'transient'];

  readonly #root = shadowWith(this, STYLES);
  #messages: PanelMessages | undefined;
  #heading: HTMLElement | undefined;
  #live: HTMLElement | undefined;
  #notStored: HTMLElement | undefined;
  #forced: HTMLElement | undefined;
  readonly #inputs: HTMLInputElement[] = [];
  #ready: Promise<void> = Promise.resolve();
  #target: HTMLElement | null = null;
  #own: A11yPreferences = { ...NORMAL };
  #refused = false;
  #storable = true;
  #opener: HTMLElement | null = null;
  #unfollow?: () => void;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.open) return;
      event.preventDefault();
      this.close();
    });
  }

  /** Shown (the `open` attribute). */
  get open(): boolean {
    return this.hasAttribute('open');
  }
  set open(value: boolean) {
    this.toggleAttribute('open', value);
  }

  /** The choice is not stored (the `transient` attribute). */
  get transient(): boolean {
    return this.hasAttribute('transient');
  }
  set transient(value: boolean) {
    this.toggleAttribute('transient', value);
  }

  /**
   * Where the choice is applied: the document element (null, the default) — or an element of your own (a preview, a
   * story), which gets the tokens instead; then nothing is stored and the page's choice is left alone.
   */
  get target(): HTMLElement | null {
    return this.#target;
  }
  set target(element: HTMLElement | null) {
    this.#target = element;
    if (element) applyPreferences(this.#own, element);
    this.#sync();
  }

  /** The current choice. Setting it applies it (and stores it, as the panel would), without an announcement or event. */
  get preferences(): A11yPreferences {
    return { ...(this.#target ? this.#own : pagePreferences()) };
  }
  set preferences(preferences: A11yPreferences) {
    this.#choose(preferences);
  }

  /** Opens the panel and moves focus to its heading; `close()` gives focus back to `opener` (default: the focused element). */
  show(opener: HTMLElement | null = deepActiveElement()): void {
    this.#opener = opener;
    this.open = true;
    void this.#ready.then(() => this.#heading?.focus());
  }

  /** Closes the panel; if focus was in it, it goes back to the element that opened it. */
  close(): void {
    const hadFocus = !!this.#root.activeElement;
    this.open = false;
    if (hadFocus && this.#opener?.isConnected) this.#opener.focus();
  }

  connectedCallback(): void {
    this.#unfollow ??= followPreferences(() => {
      if (this.#target) applyPreferences(this.#own, this.#target);
      this.#sync();
    });
    this.#ready = this.#render();
  }

  disconnectedCallback(): void {
    this.#unfollow?.();
    this.#unfollow = undefined;
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (name === 'open') {
      if ((before === null) !== (after === null))
        this.dispatchEvent(after === null ? new GuA11yCloseEvent() : new GuA11yOpenEvent());
    } else if (name === 'locale' && this.isConnected) this.#ready = this.#render();
    else this.#sync();
  }

  /** Builds the panel in the element's locale (English is loaded when asked for). */
  async #render(): Promise<void> {
    const messages = resolveLocale(this) === 'en' ? (await import('./locales/en.js')).panelEn : panelRu;
    if (messages === this.#messages) return this.#sync();
    this.#messages = messages;
    const text = (key: string) => messages[key as keyof PanelMessages] as string;
    this.#storable = canStore();
    this.#heading = el('h2', { id: 'heading', tabindex: '-1', part: 'heading' }, messages.heading);
    this.#notStored = el('p', { role: 'status' }, messages.notStored);
    this.#forced = el('p', {}, messages.forcedColors);
    this.#live = el('div', { role: 'status', class: 'vh' });
    this.#inputs.length = 0;
    const groups = el('div', { class: 'groups' });
    for (const [field, values] of GROUPS) {
      const options = el('div', { class: 'options' });
      for (const value of values) {
        const input = el('input', { type: 'radio', name: field, value });
        input.addEventListener('change', () => this.#pick(field, value));
        this.#inputs.push(input);
        const label = el('label', {}, input);
        if (field === 'scheme') label.append(swatch(value as Scheme, messages.sample));
        label.append(el('span', {}, text(`${field}.${value}`)));
        options.append(label);
      }
      groups.append(el('fieldset', { part: 'group' }, el('legend', {}, messages[field]), options));
    }
    const reset = el('button', { type: 'button' }, messages.normal);
    reset.addEventListener('click', () => {
      this.#choose({ ...NORMAL }, true);
      this.#say(messages.normalOn);
    });
    const close = el('button', { type: 'button' }, messages.close);
    close.addEventListener('click', () => this.close());
    this.#root.replaceChildren(
      el(
        'section',
        { 'aria-labelledby': 'heading', part: 'region' },
        this.#heading,
        this.#notStored,
        this.#forced,
        groups,
        el('div', { class: 'actions', part: 'actions' }, reset, close),
        this.#live,
      ),
    );
    this.#sync();
  }

  /** The form, the notes and nothing else follow the choice (no event, no announcement). */
  #sync(): void {
    if (!this.#messages) return;
    const preferences = this.preferences;
    for (const input of this.#inputs) input.checked = preferences[input.name as Field] === input.value;
    this.#notStored!.hidden = !(this.transient || this.#refused || (!this.#target && !this.#storable));
    this.#forced!.hidden = !systemPreferences().forcedColors;
  }

  #choose(preferences: A11yPreferences, byCitizen = false): void {
    const next = { ...preferences };
    if (this.#target) {
      this.#own = next;
      applyPreferences(next, this.#target);
    } else if (!choosePreferences(next, !this.transient)) this.#refused = true;
    this.#sync();
    if (byCitizen) this.dispatchEvent(new GuA11yChangeEvent({ ...next }));
  }

  #pick(field: Field, value: string): void {
    const messages = this.#messages!;
    this.#choose({ ...this.preferences, [field]: value }, true);
    const said = messages[`said.${field}.${value}` as keyof PanelMessages] as string | undefined;
    this.#say(
      said ?? messages.changed(messages[field], messages[`${field}.${value}` as keyof PanelMessages] as string),
    );
  }

  /** Says `text` in the panel's live region (emptied first, so the same words are said again). */
  #say(text: string): void {
    const live = this.#live!;
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  }
}
