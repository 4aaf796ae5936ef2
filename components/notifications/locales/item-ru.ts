import type { NotificationCategory, NotificationLinkKind } from '../types.js';

const CATEGORY: Record<NotificationCategory, string> = {
  applications: 'Заявления',
  charges: 'Начисления и штрафы',
  'payment-due': 'Срок оплаты',
  payments: 'Платежи',
  documents: 'Документы',
  security: 'Безопасность',
  appointments: 'Запись на приём',
  messages: 'Сообщения ведомств',
  news: 'Новости',
};

const LINK: Record<NotificationLinkKind, string> = {
  application: 'Открыть заявление',
  charge: 'Перейти к начислению',
  payment: 'Открыть платёж',
  security: 'Перейти к событию безопасности',
  document: 'Открыть документ',
  appointment: 'Открыть запись на приём',
  message: 'Открыть сообщение',
  page: 'Подробнее',
};

/**
 * What the feed and the detail view say about one notification (category, unread marker, its link): spread into
 * both parts' catalogs, so both say it alike.
 */
export const itemRu = {
  categoryName: (category: NotificationCategory) => CATEGORY[category],
  linkText: (kind: NotificationLinkKind) => LINK[kind],
  unread: 'Новое',
  securitySettings: 'Проверить в настройках безопасности',
  sender: 'Отправитель',
  date: 'Дата',
  markRead: 'Отметить прочитанным',
  markUnread: 'Отметить непрочитанным',
  archive: 'В архив',
  unarchive: 'Вернуть из архива',
  archivedBadge: 'В архиве',
  markedUnread: 'Уведомление снова непрочитанное.',
  markedRead: 'Уведомление отмечено прочитанным.',
  actionFailed: 'Не удалось выполнить действие.',
};
