import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog, CatalogLoader, Catalogs, LazyCatalogs } from './catalog.js';
import { formatDate, formatNumber, plural, type PluralForms } from './format.js';
import { DEFAULT_LOCALE, resolveLocale, type Locale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Catalogs loaded on demand, per loader: every host that shares a loader shares the one download. */
const loaded = new WeakMap<CatalogLoader<Catalog>, Catalog>();
const loading = new WeakMap<CatalogLoader<Catalog>, Promise<Catalog>>();

function load(loader: CatalogLoader<Catalog>): Promise<Catalog> {
  let promise = loading.get(loader);
  if (!promise) {
    promise = loader().then(
      (catalog) => {
        loaded.set(loader, catalog);
        return catalog;
      },
      (error: unknown) => {
        loading.delete(loader); // a failed download (offline) is tried again next time
        throw error;
      },
    );
    loading.set(loader, promise);
  }
  return promise;
}

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
 *
 * A locale other than Russian may be given as a loader, `{ ru, en: () => import('./en.js').then((m) => m.en) }`:
 * it is downloaded the first time the host needs it. Until it arrives `msg` is the Russian catalog and `lang`
 * says `ru` (text and language always agree), and the host re-renders when it is in. A host that must never
 * show the fallback waits for `ready` before it updates:
 *
 *   protected override scheduleUpdate() {
 *     const pending = this.i18n.ready();
 *     return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
 *   }
 */
export class LocaleController<Messages extends Catalog> implements ReactiveController {
  /** The locale the host renders in right now. */
  locale: Locale;

  constructor(
    private readonly host: Host,
    private readonly catalogs: Catalogs<Messages> | LazyCatalogs<Messages>,
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

  /** The catalog of `locale` if it is at hand; otherwise starts its download and re-renders the host when it is in. */
  private catalogOf(locale: Locale): Messages | undefined {
    const source = this.catalogs[locale];
    if (typeof source !== 'function') return source;
    const catalog = loaded.get(source as CatalogLoader<Catalog>) as Messages | undefined;
    if (!catalog) void this.ready();
    return catalog;
  }

  /**
   * Undefined when the messages of the host's locale are at hand; otherwise a promise that settles once they are
   * (it starts the download, and never rejects: after a failed download the host stays on the Russian fallback).
   */
  ready(): Promise<void> | undefined {
    this.locale = this.host.isConnected ? resolveLocale(this.host) : this.locale;
    const source = this.catalogs[this.locale];
    if (typeof source !== 'function' || loaded.has(source as CatalogLoader<Catalog>)) return undefined;
    const locale = this.locale;
    return load(source as CatalogLoader<Catalog>).then(
      () => {
        if (this.locale === locale) this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  /** The messages of the current locale (Russian while another locale's catalog is still loading). */
  get msg(): Messages {
    return this.catalogOf(this.locale) ?? (this.catalogs[DEFAULT_LOCALE] as Messages);
  }

  /** A BCP 47 tag for `lang` attributes and Intl: the language `msg` is in right now. */
  get lang(): Locale {
    return this.catalogOf(this.locale) ? this.locale : DEFAULT_LOCALE;
  }

  plural(count: number, forms: PluralForms): string {
    return plural(this.locale, count, forms);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.locale, value, options);
  }

  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.locale, value, options);
  }
}
