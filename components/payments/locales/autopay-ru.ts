import type { Catalog, PluralForms } from '../../core/i18n/index.js';

const DAYS: PluralForms = { one: '{n} день', few: '{n} дня', many: '{n} дней', other: '{n} дня' };

/** The autopay's strings (`gu-payments-autopay`). */
export const autopayRu = {
  heading: 'Автоплатёж',
  intro: 'Коммунальные счета оплачиваются с выбранной карты в день выставления, если сумма не больше лимита.',
  loading: 'Загружаем автоплатежи…',
  loadFailed: 'Не удалось загрузить автоплатежи.',
  retry: 'Повторить',
  none: 'Поставщиков коммунальных услуг пока нет: автоплатёж появится, когда придёт первый счёт.',
  account: (number: string) => `Лицевой счёт ${number}`,
  on: 'Включён',
  off: 'Выключен',
  enable: (provider: string) => `Автоплатёж для ${provider}`,
  limit: 'Лимит в месяц, ₽',
  limitHint: (min: string, max: string) => `От ${min} до ${max}.`,
  limitRequired: 'Укажите лимит в месяц.',
  limitInvalid: 'Введите сумму в рублях, например 3500 или 3500,50.',
  limitRange: (min: string, max: string) => `Лимит должен быть от ${min} до ${max}.`,
  card: 'Карта',
  chooseCard: 'Выберите карту',
  cardRequired: 'Выберите карту для автоплатежа.',
  noCards: 'Нет привязанных карт: сначала привяжите карту в разделе «Привязанные карты» выше.',
  toCards: 'Перейти к привязке карты',
  remind: 'Напоминать за N дней до срока',
  remindHint: 'От 0 до 10 дней; 0 — не напоминать. Напоминание придёт в уведомления.',
  remindInvalid: 'Введите целое число дней от 0 до 10.',
  remindNone: 'Без напоминания',
  remindDays: DAYS,
  save: 'Сохранить',
  saved: (provider: string) => `Автоплатёж для ${provider} сохранён.`,
  savedOn: (limit: string, card: string) => `Включён: до ${limit} в месяц с карты ${card}.`,
  savedOff: 'Выключен.',
  savedRemind: (days: string) => `Напомним за ${days} до срока.`,
  savedNoRemind: 'Напоминаний не будет.',
  fixErrors: 'Проверьте поля автоплатежа.',
} satisfies Catalog;

export type AutopayMessages = typeof autopayRu;
