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
