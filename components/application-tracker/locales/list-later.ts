import type { Locale, PluralForms } from '../../core/i18n/index.js';

/**
 * What the list says only later or rarely — its empty and loading states, a malformed row, the CSV header and export progress, a live
 * status change — in
 * both languages. These strings come with the modules that say them (list-states.ts, csv.ts, live.ts), not with the
 * first render, and are part of the parts' catalogs (ru.ts, en.ts).
 */
export const listLaterRu = {
  number: 'Номер',
  service: 'Услуга',
  status: 'Статус',
  emptyHeading: 'У вас пока нет заявлений',
  emptyText: 'Поданные заявления и черновики появятся здесь.',
  noMatchHeading: 'Ничего не найдено',
  noMatchText: 'Измените запрос или сбросьте фильтры.',
  loadingList: 'Загружаем заявления…',
  rowError: 'Это заявление не удалось показать: сервер прислал некорректные данные.',
  rowErrorNumber: (number: string): string =>
    `Заявление № ${number} не удалось показать: сервер прислал некорректные данные.`,
  statusChanged: (number: string, status: string): string => `Заявление № ${number}: новый статус «${status}»`,
  exportProgress: (done: string, total: string): string => `Готовим список: ${done} из ${total}`,
  exported: {
    one: 'Список скачан: {n} заявление',
    few: 'Список скачан: {n} заявления',
    many: 'Список скачан: {n} заявлений',
    other: 'Список скачан: {n} заявления',
  } as PluralForms,
};

export const listLaterEn: typeof listLaterRu = {
  number: 'Number',
  service: 'Service',
  status: 'Status',
  emptyHeading: 'You have no applications yet',
  emptyText: 'Submitted applications and drafts will appear here.',
  noMatchHeading: 'Nothing found',
  noMatchText: 'Change the search or reset the filters.',
  loadingList: 'Loading applications…',
  rowError: 'This application could not be shown: the server sent invalid data.',
  rowErrorNumber: (number) => `Application No. ${number} could not be shown: the server sent invalid data.`,
  statusChanged: (number, status) => `Application No. ${number}: new status “${status}”`,
  exportProgress: (done, total) => `Preparing the list: ${done} of ${total}`,
  exported: {
    one: 'List downloaded: {n} application',
    few: 'List downloaded: {n} applications',
    many: 'List downloaded: {n} applications',
    other: 'List downloaded: {n} applications',
  },
};

/** The strings of `locale`. */
export const listLater = (locale: Locale): typeof listLaterRu => (locale === 'en' ? listLaterEn : listLaterRu);
