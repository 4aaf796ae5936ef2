import type { Catalog } from '../../core/i18n/catalog.js';
import type { PluralForms } from '../../core/i18n/format.js';
import type { DeviceKind, LoginFailureReason, LoginMethod, LoginResult, LoginSecondFactor } from '../types.js';

/** How a sign-in is described (the history's rows, the incident's summary). */
export const loginEventLabelsRu = {
  kind: (kind: DeviceKind): string =>
    ({ computer: 'Компьютер', phone: 'Телефон', tablet: 'Планшет', unknown: 'Устройство' })[kind],
  unknownBrowser: 'браузер не определён',
  placeUnknown: 'место не определено',
  methodName: (method: LoginMethod): string =>
    ({
      password: 'Пароль',
      passkey: 'Ключ доступа',
      qr: 'QR-код',
      signature: 'Электронная подпись',
      bank: 'Через банк',
      recovery: 'Восстановление доступа',
      registration: 'Регистрация',
      reauthentication: 'Повторное подтверждение',
    })[method],
  secondFactorName: (factor: LoginSecondFactor): string =>
    ({
      sms: 'код из СМС',
      email: 'код из письма',
      totp: 'приложение-аутентификатор',
      'backup-code': 'резервный код',
      'trusted-device': 'доверенное устройство',
    })[factor],
  withSecondFactor: (method: string, factor: string): string => `${method} + ${factor}`,
} satisfies Catalog;

/** «История входов» of <gu-security-settings> (parts/history.ts); Russian is the source. */
export const historyRu = {
  ...loginEventLabelsRu,
  heading: 'История входов',
  intro:
    'Все входы в личный кабинет и неудачные попытки за последнее время. Если вход вам незнаком, нажмите «Это был не я» — подскажем, что сделать.',
  loading: 'Загружаем историю входов…',
  loadFailed: 'Не удалось загрузить историю входов',
  filtersLabel: 'Отбор входов',
  result: 'Результат',
  anyResult: 'Все',
  resultFilter: (result: LoginResult): string => ({ success: 'Успешные входы', failure: 'Неудачные попытки' })[result],
  method: 'Способ входа',
  anyMethod: 'Все способы',
  periodLegend: 'Период',
  from: 'С',
  to: 'По',
  apply: 'Показать',
  reset: 'Сбросить отбор',
  dateIncomplete: 'Введите дату полностью: день, месяц и год.',
  dateInFuture: 'Дата не может быть позже сегодняшней.',
  dateOrder: 'Конец периода раньше начала.',
  found: {
    one: 'Найден {n} вход',
    few: 'Найдено {n} входа',
    many: 'Найдено {n} входов',
    other: 'Найдено {n} входа',
  } as PluralForms,
  emptyHeading: 'Входов пока нет',
  emptyText: 'Здесь появятся входы в личный кабинет и неудачные попытки.',
  nothingFoundHeading: 'Таких входов нет',
  nothingFoundText: 'Измените отбор или сбросьте его.',
  exportCsv: 'Скачать CSV',
  exportLabel: 'Скачать CSV: история входов с учётом отбора',
  exportFailed: 'Не удалось скачать файл.',
  exported: (fileName: string): string => `Файл ${fileName} сохранён.`,
  tableCaption: 'Входы в личный кабинет, сначала новые',
  columnTime: 'Дата и время',
  columnDevice: 'Устройство',
  columnPlace: 'Место и IP-адрес',
  columnMethod: 'Способ входа',
  columnResult: 'Результат',
  columnAction: 'Действие',
  success: 'Успешный вход',
  failure: 'Неудачная попытка',
  reasonName: (reason: LoginFailureReason): string =>
    ({
      'wrong-password': 'неверный пароль',
      'wrong-code': 'неверный код',
      'code-expired': 'код истёк',
      'account-locked': 'вход заблокирован после неудачных попыток',
      'factor-locked': 'подтверждение заблокировано после неверных кодов',
      'passkey-failed': 'ключ доступа не прошёл проверку',
      'wrong-answers': 'неверные ответы на контрольные вопросы',
    })[reason],
  failureWithReason: (reason: string): string => `Неудачная попытка: ${reason}`,
  thisLogin: 'Этот вход',
  newDevice: 'Новое устройство',
  reported: 'Вы сообщили',
  notMe: 'Это был не я',
  notMeLabel: (when: string, where: string): string => `Это был не я: вход ${when}, ${where}`,
  pagination: 'Страницы истории входов',
  prevPage: 'Предыдущая',
  nextPage: 'Следующая',
  pageOf: (page: string, pages: string): string => `Страница ${page} из ${pages}`,
  updated: 'История входов обновлена: есть новые записи.',
} satisfies Catalog;

export type HistoryMessages = typeof historyRu;
