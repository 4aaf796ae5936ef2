/** gu-kit i18n: typed catalogs, CLDR plurals, Intl formatting and the locale controller. */
export { LOCALES, DEFAULT_LOCALE, toLocale, nearestLang, resolveLocale, type Locale } from './locale.js';
export type { Catalog, Catalogs, CatalogLoader, LazyCatalogs } from './catalog.js';
export {
  plural,
  formatNumber,
  formatMoney,
  formatDate,
  formatDateTime,
  formatTime,
  formatList,
  type PluralForms,
} from './format.js';
export { LocaleController } from './locale-controller.js';
export { freeTextMessage, validationMessage, type IdentifierKind } from './validation-messages.js';
export { apiErrorMessage } from './api-error-messages.js';
import { en } from './locales/en.js';
import { ru, type CoreMessages } from './locales/ru.js';
import type { Catalogs } from './catalog.js';

/** The core catalogs (validation messages, generic words, API failures). */
export const coreMessages: Catalogs<CoreMessages> = { ru, en };
export type { CoreMessages };
