import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog, Catalogs } from './catalog.js';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatTime,
  plural,
  type PluralForms,
} from './format.js';
import { resolveLocale, type Locale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Hosts that follow the page language; one observer for all of them. */
const followers = new Set<LocaleController<Catalog>>();
let langObserver: MutationObserver | undefined;

function observeLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const follower of followers) follower.refresh();
  });
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'locale'],
    subtree: true,
  });
}

/**
 * Gives an element its locale and messages. The locale comes from the host's `locale` attribute, then the
 * nearest `lang` (crossing shadow roots), then Russian. Changing either at runtime re-renders the host.
 *
 *   private i18n = new LocaleController(this, { ru, en });
 *   render() { return html`${this.i18n.msg.close}`; }
 */
export class LocaleController<Messages extends Catalog> implements ReactiveController {
  /** The locale the host renders in right now. */
  locale: Locale;

  constructor(
    private readonly host: Host,
    private readonly catalogs: Catalogs<Messages>,
  ) {
    this.locale = 'ru';
    host.addController(this);
  }

  hostConnected(): void {
    this.locale = resolveLocale(this.host);
    followers.add(this as unknown as LocaleController<Catalog>);
    observeLang();
  }

  hostDisconnected(): void {
    followers.delete(this as unknown as LocaleController<Catalog>);
  }

  hostUpdate(): void {
    this.locale = resolveLocale(this.host);
  }

  /** Re-reads the locale and asks the host to render when it changed. */
  refresh(): void {
    const next = resolveLocale(this.host);
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }

  /** The messages of the current locale. */
  get msg(): Messages {
    return this.catalogs[this.locale];
  }

  /** A BCP 47 tag for `lang` attributes and Intl. */
  get lang(): string {
    return this.locale;
  }

  plural(count: number, forms: PluralForms): string {
    return plural(this.locale, count, forms);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.locale, value, options);
  }

  money(kopecks: number): string {
    return formatMoney(this.locale, kopecks);
  }

  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.locale, value, options);
  }

  dateTime(value: Date | string): string {
    return formatDateTime(this.locale, value);
  }

  time(value: Date | string): string {
    return formatTime(this.locale, value);
  }
}
