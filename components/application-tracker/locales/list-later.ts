import type { Locale } from '../../core/i18n/index.js';

/**
 * What the list says only later or rarely — its empty and loading states, the CSV header, a live status change — in
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
  statusChanged: (number: string, status: string): string => `Заявление № ${number}: новый статус «${status}»`,
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
  statusChanged: (number, status) => `Application No. ${number}: new status “${status}”`,
};

/** The strings of `locale`. */
export const listLater = (locale: Locale): typeof listLaterRu => (locale === 'en' ? listLaterEn : listLaterRu);
