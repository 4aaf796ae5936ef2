import type { Catalog } from '../../core/i18n/index.js';
import { itemRu } from './item-ru.js';

/** The feed's strings (the list, its filters, paging, mark all read, the archive and its undo). */
export const feedRu = {
  ...itemRu,
  heading: 'Лента уведомлений',
  archiveHeading: 'Архив уведомлений',
  loading: 'Загружаем уведомления…',
  loadFailedHeading: 'Не удалось загрузить уведомления',

  // Filters
  filtersLabel: 'Фильтры уведомлений',
  show: 'Показать',
  showFeed: 'Уведомления',
  showArchive: 'Архив',
  search: 'Поиск',
  searchHint: 'Слова из заголовка или текста',
  find: 'Найти',
  category: 'Категория',
  allCategories: 'Все категории',
  periodLegend: 'Период',
  from: 'С',
  to: 'По',
  dateOrder: 'Дата «по» не может быть раньше даты «с».',
  unreadOnly: 'Только непрочитанные',
  reset: 'Сбросить фильтры',

  // The list
  unreadCount: {
    one: '{n} непрочитанное',
    few: '{n} непрочитанных',
    many: '{n} непрочитанных',
    other: '{n} непрочитанного',
  },
  noneUnread: 'Все уведомления прочитаны',
  found: {
    one: 'Найдено {n} уведомление',
    few: 'Найдено {n} уведомления',
    many: 'Найдено {n} уведомлений',
    other: 'Найдено {n} уведомления',
  },
  liveBroken:
    'Новые уведомления сейчас не приходят: связь с сервером прервана. Пробуем восстановить её — уведомления появятся сами.',
  listLabel: 'Уведомления',
  skipped: {
    one: 'Одно уведомление не удалось показать: оно пришло с ошибкой.',
    few: 'Не удалось показать {n} уведомления: они пришли с ошибкой.',
    many: 'Не удалось показать {n} уведомлений: они пришли с ошибкой.',
    other: 'Не удалось показать {n} уведомления: они пришли с ошибкой.',
  },
  newItems: {
    one: 'Новых уведомлений: {n}',
    few: 'Новых уведомлений: {n}',
    many: 'Новых уведомлений: {n}',
    other: 'Новых уведомлений: {n}',
  },

  // Mark all read
  markAllRead: 'Отметить все прочитанными',
  markAllQuestion: {
    one: 'Отметить прочитанным {n} уведомление?',
    few: 'Отметить прочитанными {n} уведомления?',
    many: 'Отметить прочитанными {n} уведомлений?',
    other: 'Отметить прочитанными {n} уведомления?',
  },
  markAllConfirm: 'Отметить',
  cancel: 'Отмена',
  markedAll: {
    one: 'Отмечено прочитанным: {n} уведомление.',
    few: 'Отмечено прочитанными: {n} уведомления.',
    many: 'Отмечено прочитанными: {n} уведомлений.',
    other: 'Отмечено прочитанными: {n} уведомления.',
  },

  // Archive
  archivedOne: (title: string) => `Уведомление «${title}» перенесено в архив.`,
  undo: 'Отменить',
  undone: (title: string) => `Уведомление «${title}» возвращено из архива.`,
  unarchived: (title: string) => `Уведомление «${title}» возвращено в ленту.`,
  archiveAction: (title: string) => `В архив: ${title}`,
  unarchiveAction: (title: string) => `Вернуть из архива: ${title}`,

  // Paging
  pagination: 'Страницы уведомлений',
  prevPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  pageOf: (page: string, pages: string) => `Страница ${page} из ${pages}`,

  // Empty
  emptyHeading: 'Уведомлений пока нет',
  emptyText: 'Здесь появятся статусы заявлений, начисления, напоминания об оплате и сообщения ведомств.',
  emptyArchiveHeading: 'В архиве пусто',
  emptyArchiveText: 'Уведомления, которые вы перенесёте в архив, будут здесь.',
  nothingFoundHeading: 'Ничего не найдено',
  nothingFoundText: 'Ни одно уведомление не подходит под фильтры и поиск.',
} satisfies Catalog;

export type FeedMessages = typeof feedRu;
