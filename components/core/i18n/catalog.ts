import type { PluralForms } from './format.js';
import type { Locale } from './locale.js';

/**
 * A message catalog: strings, plural forms (see `plural`), or functions of typed parameters for messages with values and plurals.
 * Russian is the source: declare it with `satisfies Catalog`, then type every other locale as `typeof ru`
 * so a missing or misspelt key is a compile error.
 */
export type Catalog = Record<string, string | PluralForms | ((...args: never[]) => string)>;

/** Catalogs for every supported locale, all of the same shape. */
export type Catalogs<Messages extends Catalog> = Record<Locale, Messages>;

/** Loads a catalog on demand, e.g. `() => import('./en.js').then((m) => m.en)`. */
export type CatalogLoader<Messages extends Catalog> = () => Promise<Messages>;

/**
 * Catalogs where every locale but the default (Russian, the fallback) may be loaded on demand, so a page in Russian
 * never downloads the English strings: `{ ru, en: () => import('./en.js').then((m) => m.en) }`.
 * `LocaleController` accepts these as well as plain `Catalogs`.
 */
export type LazyCatalogs<Messages extends Catalog> = { ru: Messages } & {
  [L in Exclude<Locale, 'ru'>]: Messages | CatalogLoader<Messages>;
};
