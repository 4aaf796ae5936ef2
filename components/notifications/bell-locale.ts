/**
 * The bell's strings, lean: what core/i18n's LocaleController does for a widget (the locale from `locale`, then the
 * nearest `lang`, then Russian; followed when it changes; English downloaded only when asked for, never the Russian
 * fallback shown meanwhile) for one catalog pair and without the date and number formatting the bell does not need —
 * the bell's first render must stay ≤ 8 KB gzip. The popover uses LocaleController itself.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PluralForms } from '../core/i18n/format.js';
import { resolveLocale, type Locale } from '../core/i18n/locale.js';
import { bellRu, type BellMessages } from './locales/bell-ru.js';

let english: BellMessages | undefined;
let englishLoading: Promise<void> | undefined;

/** Downloads the English catalog once for every bell (a failed download is tried again next time). */
function loadEnglish(): Promise<void> {
  englishLoading ??= import('./locales/bell-en.js').then(
    (module) => void (english = module.bellEn),
    () => void (englishLoading = undefined),
  );
  return englishLoading;
}

/** Bells to re-render when a `lang` or `locale` attribute of the page changes (they read it again as they render). */
const followers = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

export class BellLocale implements ReactiveController {
  /** The locale asked for (`msg` stays Russian until its catalog is in). */
  locale: Locale = 'ru';

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    followers.add(this.#host);
    (observer ??= new MutationObserver(() => followers.forEach((host) => host.requestUpdate()))).observe(
      document.documentElement,
      { attributes: true, attributeFilter: ['lang', 'locale'], subtree: true },
    );
  }

  hostDisconnected(): void {
    followers.delete(this.#host);
  }

  /** A promise while the locale's catalog is on its way (the host waits for it before it renders). */
  ready(): Promise<void> | undefined {
    this.locale = resolveLocale(this.#host);
    return this.locale === 'en' && !english ? loadEnglish() : undefined;
  }

  get msg(): BellMessages {
    return this.lang === 'en' ? english! : bellRu;
  }

  /** The language `msg` is in. */
  get lang(): Locale {
    return this.locale === 'en' && english ? 'en' : 'ru';
  }

  /** A count in `msg`'s language. */
  number(count: number): string {
    return count.toLocaleString(this.lang);
  }

  /** `forms` for `count` («Уведомления, 3 непрочитанных»), in `msg`'s language. */
  plural(count: number, forms: PluralForms): string {
    const form = new Intl.PluralRules(this.lang).select(count) as keyof PluralForms;
    return (forms[form] ?? forms.other).replace('{n}', this.number(count));
  }
}
