import type { Catalog } from '../../core/i18n/index.js';
import type { ChargeKind, DeclineCode, PaymentMethod, PaymentStatus } from '../types.js';

const KIND: Record<ChargeKind, string> = {
  fine: 'Штрафы',
  tax: 'Налоги',
  utility: 'Коммунальные платежи',
  duty: 'Госпошлины',
};
/** The kinds as a word inside a sentence («больше всего — штрафы»). */
const KIND_LOWER: Record<ChargeKind, string> = {
  fine: 'штрафы',
  tax: 'налоги',
  utility: 'коммунальные платежи',
  duty: 'госпошлины',
};
const METHOD: Record<PaymentMethod, string> = {
  card: 'Банковская карта',
  'linked-card': 'Привязанная карта',
  sbp: 'СБП',
  wallet: 'Электронный кошелёк',
  transfer: 'Банковский перевод',
  mobile: 'Баланс телефона',
};
const STATUS: Record<PaymentStatus, string> = {
  completed: 'Выполнен',
  pending: 'В ожидании',
  declined: 'Отклонён',
};
const DECLINE: Record<DeclineCode, string> = {
  'insufficient-funds': 'недостаточно средств',
  'three-ds-failed': 'не пройдена проверка 3-D Secure',
  'card-expired': 'истёк срок действия карты',
  'card-declined': 'банк отклонил операцию',
  expired: 'истекло время на оплату',
  cancelled: 'платёж отменён',
  'code-attempts': 'исчерпаны попытки ввода кода',
};

/** «История платежей»' strings (the history part and its chart). */
export const historyRu = {
  heading: 'История платежей',
  loading: 'Загружаем историю платежей…',
  loadFailedHeading: 'Не удалось загрузить историю платежей',

  // Filters
  filtersLabel: 'Фильтры истории платежей',
  search: 'Поиск',
  searchHint: 'Название, получатель или цифры УИН',
  periodLegend: 'Период',
  from: 'С',
  to: 'По',
  kind: 'Категория',
  status: 'Статус',
  method: 'Способ оплаты',
  any: 'Все',
  apply: 'Показать',
  reset: 'Сбросить фильтры',
  dateIncomplete: 'Введите дату полностью: день, месяц и год.',
  dateInFuture: 'Дата не может быть позже сегодняшней.',
  dateOrder: 'Дата «по» не может быть раньше даты «с».',
  fixFilters: 'Исправьте период: ошибка рядом с полем.',

  // The list
  found: {
    one: 'Найден {n} платёж',
    few: 'Найдено {n} платежа',
    many: 'Найдено {n} платежей',
    other: 'Найдено {n} платежа',
  },
  columnsDate: 'Дата',
  columnsWhat: 'Что оплачено',
  payee: 'Получатель',
  amount: 'Сумма',
  methodLabel: 'Способ',
  statusLabel: 'Статус',
  andMore: (count: string) => `и ещё ${count}`,
  kindName: (kind: ChargeKind) => KIND[kind],
  kindWord: (kind: ChargeKind) => KIND_LOWER[kind],
  methodName: (method: PaymentMethod) => METHOD[method],
  cardEnding: (last4: string) => `карта •• ${last4}`,
  statusName: (status: PaymentStatus) => STATUS[status],
  declineName: (code: DeclineCode) => DECLINE[code],
  declinedBecause: (reason: string) => `Причина: ${reason}`,
  openPayment: (what: string, date: string) => `Платёж от ${date}: ${what}`,
  receipt: 'Чек',
  receiptLabel: (date: string, amount: string) => `Скачать чек по платежу от ${date} на ${amount}`,
  receiptSaved: (fileName: string) => `Чек скачан: ${fileName}`,
  receiptFailed: 'Не удалось скачать чек.',

  // Paging
  pagination: 'Страницы истории',
  prevPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  pageOf: (page: string, pages: string) => `Страница ${page} из ${pages}`,

  // Empty
  emptyHeading: 'Платежей пока нет',
  emptyText: 'Здесь появятся оплаченные начисления, их чеки и статусы.',
  nothingFoundHeading: 'Ничего не найдено',
  nothingFoundText: 'Ни один платёж не подходит под фильтры и поиск.',

  // CSV
  exportCsv: 'Скачать CSV',
  exportProgress: (done: string, total: string) => `Готовим файл: ${done} из ${total}`,
  exported: {
    one: 'Файл скачан: {n} платёж',
    few: 'Файл скачан: {n} платежа',
    many: 'Файл скачан: {n} платежей',
    other: 'Файл скачан: {n} платежа',
  },
  exportFailed: 'Не удалось скачать историю.',
  csvFileName: 'платежи.csv',
  csvDate: 'Дата',
  csvTime: 'Время',
  csvPaymentId: 'Номер платежа',
  csvItems: 'Что оплачено',
  csvUins: 'УИН',
  csvKinds: 'Категория',
  csvPayees: 'Получатель',
  csvAmount: 'Сумма, ₽',
  csvMethod: 'Способ оплаты',
  csvStatus: 'Статус',
  csvReason: 'Причина отказа',

  // Chart
  showChart: 'Показать диаграмму',
  hideChart: 'Скрыть диаграмму',
  chartHeading: 'Расходы по месяцам',
  chartLoading: 'Загружаем диаграмму…',
  chartFailed: 'Не удалось загрузить диаграмму',
  chartEmpty: 'За этот период оплаченных платежей нет.',
  chartMonth: 'Месяц',
  chartTotal: 'Всего',
  /** The chart's data table's scroll region. */
  chartTable: 'Таблица расходов по месяцам',
  chartLegend: 'Категории',
  months: {
    one: '{n} месяц',
    few: '{n} месяца',
    many: '{n} месяцев',
    other: '{n} месяца',
  },
  chartSummary: (months: string, total: string, kind: string, kindAmount: string, month: string, monthAmount: string) =>
    `За ${months} оплачено ${total}, больше всего — ${kind} (${kindAmount}), самый большой месяц — ${month} (${monthAmount}).`,

  // Disputes
  disputesFailed: 'Не удалось загрузить список обжалований.',
  retry: 'Повторить',
} satisfies Catalog;

export type HistoryMessages = typeof historyRu;
