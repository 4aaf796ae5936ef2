/**
 * The filters panel's strings (Russian and English), part of the parts' catalogs (ru.ts, en.ts): they come with
 * <gu-application-filters>, not with the tracker's first render.
 */
export const filtersRu = {
  statusLegend: 'Статус',
  agencyLabel: 'Ведомство',
  agencyAll: 'Все ведомства',
  periodLegend: 'Дата подачи',
  periodFrom: 'С',
  periodTo: 'По',
  resetFilters: 'Сбросить фильтры',
};

export const filtersEn: typeof filtersRu = {
  statusLegend: 'Status',
  agencyLabel: 'Agency',
  agencyAll: 'All agencies',
  periodLegend: 'Submitted',
  periodFrom: 'From',
  periodTo: 'To',
  resetFilters: 'Reset filters',
};
