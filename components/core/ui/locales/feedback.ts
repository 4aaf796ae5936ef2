import type { Catalog } from '../../i18n/catalog.js';
import type { PluralForms } from '../../i18n/format.js';

/**
 * Messages of the feedback elements (alert, dialog, status badge, empty/loading/error states).
 * Generic words (retry, close, loading) and API failures come from `coreMessages`.
 */
export const feedbackRu = {
  // Alert: a text prefix per variant, so the kind of message is never conveyed by colour or icon alone.
  variantInfo: 'Информация',
  variantSuccess: 'Готово',
  variantWarning: 'Внимание',
  variantError: 'Ошибка',
  alertDismiss: 'Закрыть уведомление',
  // Dialog.
  dialogClose: 'Закрыть окно',
  // Empty state.
  emptyHeading: 'Здесь пока ничего нет',
  // Error state.
  errorHeading: 'Не удалось загрузить данные',
  errorGeneric: 'Что-то пошло не так. Повторите попытку позже.',
  rateLimitedNoTime: 'Слишком много запросов. Повторите попытку позже.',
  /** `when` is a plural of `seconds`, e.g. «30 секунд». */
  rateLimited: (when: string): string => `Слишком много запросов. Повторите через ${when}.`,
  seconds: { one: '{n} секунду', few: '{n} секунды', many: '{n} секунд', other: '{n} секунды' } as PluralForms,
} satisfies Catalog;

export const feedbackEn: typeof feedbackRu = {
  variantInfo: 'Information',
  variantSuccess: 'Success',
  variantWarning: 'Warning',
  variantError: 'Error',
  alertDismiss: 'Dismiss notification',
  dialogClose: 'Close dialog',
  emptyHeading: 'Nothing here yet',
  errorHeading: 'Could not load the data',
  errorGeneric: 'Something went wrong. Please try again later.',
  rateLimitedNoTime: 'Too many requests. Please try again later.',
  rateLimited: (when: string): string => `Too many requests. Try again in ${when}.`,
  seconds: { one: '{n} second', few: '{n} seconds', many: '{n} seconds', other: '{n} seconds' },
};

export type FeedbackMessages = typeof feedbackRu;
