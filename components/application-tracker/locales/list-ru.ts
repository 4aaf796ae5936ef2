import type { Catalog, PluralForms } from '../../core/i18n/index.js';
import type { ApplicationSort, ApplicationStatus } from '../list-api.js';

/**
 * What the list (the tracker's first render) says in Russian; the detail, upload and chart add ru.ts on top.
 * Kept apart so the first render carries only these strings (and English only when the page is in English).
 * Status labels: one model for the labels of seeds 000, 003 and 004 (see the contract's ApplicationStatus).
 */
export const statusRu: Record<ApplicationStatus, string> = {
  draft: 'Черновик',
  sent: 'Отправлено',
  accepted: 'Принято',
  processing: 'На рассмотрении',
  'additions-required': 'Требуется дополнение',
  approved: 'Одобрено',
  done: 'Услуга оказана',
  rejected: 'Отклонено',
  cancelled: 'Отменено',
  expired: 'Срок истёк',
};

/** The sort options (list-api.ts SORTS, in that order in the select). */
export const sortRu: Record<ApplicationSort, string> = {
  '-submittedAt': 'Сначала новые',
  submittedAt: 'Сначала старые',
  decisionDue: 'По сроку решения: ближайшие',
  '-decisionDue': 'По сроку решения: дальние',
  status: 'По статусу',
};

/** The list's messages; list-en.ts has the same keys. */
export const listRu = {
  heading: 'Мои заявления',
  searchLabel: 'Поиск по номеру или услуге',
  searchButton: 'Найти',
  filters: 'Фильтры',
  sortLabel: 'Сортировка',
  sortOption: (sort: ApplicationSort): string => sortRu[sort],
  exportCsv: 'Скачать список (CSV)',
  showChart: 'Показать диаграмму',
  hideChart: 'Скрыть диаграмму',
  found: {
    one: 'Найдено {n} заявление',
    few: 'Найдено {n} заявления',
    many: 'Найдено {n} заявлений',
    other: 'Найдено {n} заявления',
  } as PluralForms,
  shownRange: (from: string, to: string, total: string): string => `Показаны ${from}–${to} из ${total}`,
  listLabel: (page: number, pages: number): string => `Заявления, страница ${page} из ${pages}`,
  numberValue: (number: string): string => `№ ${number}`,
  agency: 'Ведомство',
  submitted: 'Подано',
  decisionDue: 'Срок решения',
  noDue: 'не установлен',
  overdue: {
    one: 'просрочено на {n} день',
    few: 'просрочено на {n} дня',
    many: 'просрочено на {n} дней',
    other: 'просрочено на {n} дня',
  } as PluralForms,
  unread: 'Новое',
  unreadHint: 'статус изменился, вы ещё не смотрели',
  pagination: 'Страницы списка',
  prevPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  pageOf: (page: number, pages: number): string => `Страница ${page} из ${pages}`,
  statusLabel: (status: ApplicationStatus): string => statusRu[status],
} satisfies Catalog;

export type ListMessages = typeof listRu;
