import type { Catalog } from '../../core/i18n/index.js';

/** <gu-payments>' own strings (the frame: heading, navigation, states); each part has its own catalog. */
export const paymentsRu = {
  heading: 'Платежи',
  navLabel: 'Разделы платежей',
  viewCharges: 'Начисления',
  viewHistory: 'История платежей',
  viewDocuments: 'Документы для поиска',
  viewCards: 'Карты и автоплатёж',
  loading: 'Загружаем раздел…',
  loadFailed: 'Не удалось загрузить раздел. Проверьте соединение и попробуйте ещё раз.',
  retry: 'Повторить',
  signedOut: 'Войдите, чтобы увидеть начисления и платежи.',
  selectionKept: 'Выбранные начисления сохранены: после входа можно продолжить оплату.',
} satisfies Catalog;

export type PaymentsMessages = typeof paymentsRu;
