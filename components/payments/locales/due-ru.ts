import type { Catalog } from '../../core/i18n/index.js';

/** <gu-payments-due>' strings: the home page's summary of what is due. */
export const paymentsDueRu = {
  loading: 'Загружаем начисления к оплате…',
  checking: 'Проверяем вход…',
  signedOut: 'Войдите, чтобы увидеть штрафы, налоги и другие начисления к оплате.',
  signIn: 'Войти',
  failed: 'Не удалось узнать, что к оплате.',
  retry: 'Повторить',
  nothingDue: 'Начислений к оплате нет.',
  charges: { one: 'начисление', few: 'начисления', many: 'начислений', other: 'начисления' },
  /** «3 начисления на 12 345,00 ₽». */
  total: (count: string, charges: string, amount: string) => `${count} ${charges} на ${amount}`,
  overdue: (count: string) => `Просрочено: ${count}`,
  overdueNone: 'Просроченных нет.',
  nextDue: (date: string) => `Ближайший срок оплаты — ${date}`,
  kindsLabel: 'По видам начислений',
  fine: 'Штрафы',
  tax: 'Налоги',
  utility: 'Коммунальные платежи',
  duty: 'Госпошлины',
  /** «Штрафы: 2 на 1 500,00 ₽». */
  kindLine: (kind: string, count: string, amount: string) => `${kind}: ${count} на ${amount}`,
  /** «, просрочено 1». */
  kindOverdue: (count: string) => `, просрочено ${count}`,
  open: 'Перейти к оплате',
  openNothing: 'Платежи и история',
} satisfies Catalog;

export type PaymentsDueMessages = typeof paymentsDueRu;
