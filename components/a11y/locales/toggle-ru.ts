import type { Catalog } from '../../core/i18n/catalog.js';

/** <gu-a11y-toggle>'s messages; toggle-en.ts has the same keys. */
export const toggleRu = {
  open: 'Версия для слабовидящих',
  normal: 'Обычная версия',
  normalOn: 'Включена обычная версия',
} satisfies Catalog;

export type ToggleMessages = typeof toggleRu;
