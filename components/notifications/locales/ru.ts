import type { Catalog } from '../../core/i18n/index.js';

/** <gu-notifications>' own strings (the frame: heading, navigation, states); each part has its own catalog. */
export const notificationsRu = {
  heading: 'Уведомления',
  navLabel: 'Разделы уведомлений',
  viewFeed: 'Все уведомления',
  viewSettings: 'Настройки уведомлений',
  loading: 'Загружаем раздел…',
  loadFailed: 'Не удалось загрузить раздел. Проверьте соединение и попробуйте ещё раз.',
  retry: 'Повторить',
  signedOut: 'Войдите, чтобы увидеть уведомления.',
} satisfies Catalog;

export type NotificationsMessages = typeof notificationsRu;
