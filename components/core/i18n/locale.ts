/** The locales gu-kit ships. Russian is the default; English is complete. */
export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ru';

/** Maps any BCP 47 tag (`ru-RU`, `en-GB`, `EN`) to a supported locale, or undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language);
}

/** The nearest `lang` attribute of an element, crossing shadow-root boundaries. */
export function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * The locale of an element: its own `locale` property or attribute, then the nearest `lang`, then Russian.
 * Unsupported values fall through to the next source.
 */
export function resolveLocale(element: Element): Locale {
  const own = (element as Element & { locale?: unknown }).locale;
  return (
    toLocale(typeof own === 'string' ? own : element.getAttribute('locale')) ??
    toLocale(nearestLang(element)) ??
    DEFAULT_LOCALE
  );
}
