import type { Catalog } from '../../core/i18n/index.js';
import type { CardBrand } from '../types.js';

const BRAND: Record<CardBrand, string> = { mir: 'Мир', visa: 'Visa', mastercard: 'Mastercard', unionpay: 'UnionPay' };

/** The linked cards' strings (`gu-payments-cards`). */
export const cardsRu = {
  heading: 'Карты и автоплатёж',
  cardsHeading: 'Привязанные карты',
  intro: 'Номер карты вводится только на странице банка: портал хранит лишь последние четыре цифры.',
  loading: 'Загружаем карты…',
  loadFailed: 'Не удалось загрузить карты.',
  retry: 'Повторить',
  none: 'Привязанных карт нет.',
  brand: (brand: CardBrand) => BRAND[brand],
  masked: (last4: string) => `•••• ${last4}`,
  cardName: (brand: string, last4: string) => `${brand} •••• ${last4}`,
  expires: (mmYy: string) => `до ${mmYy}`,
  expiresLabel: 'Срок действия',
  add: 'Привязать карту',
  adding: 'Открываем страницу банка…',
  popupBlocked: 'Браузер не открыл окно банка. Разрешите всплывающие окна или откройте страницу банка в этом окне.',
  openHere: 'Открыть страницу банка в этом окне',
  popupOpen: 'Окно банка открыто: введите данные карты там. Мы проверим результат, когда вы закончите.',
  popupClosed: 'Окно банка закрыто, а привязка не завершена. Попробуйте ещё раз.',
  checking: 'Проверяем привязку карты…',
  bound: (last4: string) => `Карта •••• ${last4} привязана.`,
  boundFailed: (reason: string) => `Карту не удалось привязать: ${reason}`,
  boundFailedNoReason: 'Карту не удалось привязать.',
  boundPending: 'Банк ещё не подтвердил привязку карты.',
  checkAgain: 'Проверить ещё раз',
  unsafeUrl: 'Сервер прислал неверный адрес страницы банка. Попробуйте позже.',
  remove: 'Удалить',
  removeHeading: (name: string) => `Удалить карту ${name}?`,
  removeText:
    'Карта перестанет быть доступна для оплаты. Если она используется для автоплатежа, автоплатёж отключится.',
  removeConfirm: 'Удалить карту',
  removeKeep: 'Оставить',
  removed: (name: string) => `Карта ${name} удалена.`,
  autopayOff: (providers: string) => `Автоплатёж отключён: ${providers}.`,
} satisfies Catalog;

export type CardsMessages = typeof cardsRu;
