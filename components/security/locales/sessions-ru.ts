import type { Catalog } from '../../core/i18n/catalog.js';
import type { PluralForms } from '../../core/i18n/format.js';
import type { DeviceKind } from '../types.js';

/** «Активные сеансы» of <gu-security-settings> (parts/sessions.ts); Russian is the source. */
export const sessionsRu = {
  heading: 'Активные сеансы',
  intro:
    'Здесь все места, где сейчас выполнен вход в ваш личный кабинет. Если какой-то сеанс вам незнаком, завершите его и смените пароль.',
  loading: 'Загружаем сеансы…',
  loadFailed: 'Не удалось загрузить сеансы. Проверьте подключение и повторите.',
  retry: 'Повторить',
  listLabel: 'Сеансы',
  thisSession: 'Этот сеанс',
  thisSessionHint: 'Чтобы завершить этот сеанс, нажмите «Выйти».',
  started: 'Вход выполнен',
  lastActive: 'Последняя активность',
  ip: 'IP-адрес',
  place: 'Место',
  placeUnknown: 'не определено',
  client: 'Где',
  kind: (kind: DeviceKind): string =>
    ({ computer: 'Компьютер', phone: 'Телефон', tablet: 'Планшет', unknown: 'Устройство' })[kind],
  unknownBrowser: 'браузер не определён',
  end: 'Завершить',
  endName: (session: string): string => `Завершить сеанс: ${session}`,
  endHeading: 'Завершить сеанс?',
  endText: (session: string): string => `${session}. Там потребуется войти снова.`,
  endConfirm: 'Завершить сеанс',
  cancel: 'Отмена',
  ended: (session: string): string => `Сеанс завершён: ${session}.`,
  endOthers: 'Завершить все другие сеансы',
  endOthersHeading: 'Завершить все другие сеансы?',
  endOthersText:
    'Во всех других браузерах и приложениях потребуется войти снова. На этой странице вы останетесь в системе.',
  endOthersConfirm: 'Завершить другие сеансы',
  endedOthers: {
    one: 'Завершён {n} сеанс. Вы остаётесь в системе на этой странице.',
    few: 'Завершено {n} сеанса. Вы остаётесь в системе на этой странице.',
    many: 'Завершено {n} сеансов. Вы остаётесь в системе на этой странице.',
    other: 'Завершено {n} сеанса. Вы остаётесь в системе на этой странице.',
  } as PluralForms,
  noOthers: 'Других сеансов нет: вход выполнен только здесь.',
  alreadyEnded: 'Этот сеанс уже завершён. Список обновлён.',
} satisfies Catalog;

export type SessionsMessages = typeof sessionsRu;
