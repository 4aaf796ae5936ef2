import type { Catalog } from '../../core/i18n/catalog.js';

/** The first-render messages of <gu-login> (sign-in, second factor, code, result). en.ts has the same keys. */
export const loginRu = {
  heading: 'Вход в личный кабинет',
  identifierLabel: 'Телефон, почта, СНИЛС или ИНН',
  identifierHint: 'Телефон в формате +7 (900) 123-45-67, СНИЛС — 11 цифр, ИНН — 12 цифр',
  detected: (kind: string): string => `Распознано: ${kind}`,
  kindPhone: 'телефон',
  kindEmail: 'электронная почта',
  kindSnils: 'СНИЛС',
  kindInn: 'ИНН',
  kindPassport: 'паспорт',
  kindLogin: 'логин',
  identifierInvalid: 'Введите телефон, адрес электронной почты, СНИЛС (11 цифр) или ИНН (12 цифр)',
  identifierRequired: 'Введите телефон, почту, СНИЛС или ИНН',
  passwordRequired: 'Введите пароль',
  codeRequired: 'Введите код подтверждения',
  backupRequired: 'Введите резервный код',
  // Limits of the identity API (limits.ts): what, how much, and that nothing was cut.
  tooLong: (field: string, max: number, length: number): string =>
    `${field} — не больше ${max} символов, сейчас ${length}. Сократите: мы ничего не обрезали.`,
  controlCharacter: (field: string, codePoint: string, position: number): string =>
    `${field}: уберите невидимый управляющий символ ${codePoint} (позиция ${position}).`,
  passwordLabel: 'Пароль',
  showPassword: 'Показать пароль',
  hidePassword: 'Скрыть пароль',
  passwordShown: 'Пароль показан',
  passwordHidden: 'Пароль скрыт',
  foreignComputer: 'Чужой компьютер',
  foreignComputerHint: 'Не запоминать это устройство: при следующем входе снова спросим код',
  submit: 'Войти',
  busy: '(Подождите, идёт отправка)',
  forgot: 'Забыли пароль?',
  register: 'Зарегистрироваться',
  noAccount: 'Нет учётной записи?',
  otherWays: 'Другие способы входа',
  wayEsia: 'Войти через Госуслуги',
  waySignature: 'Электронная подпись',
  wayBank: 'Через банк',
  wayPasskey: 'Ключ доступа (passkey)',
  wayQr: 'QR-код в приложении Госуслуги',
  errorPrefix: 'Ошибка: ',
  summaryTitle: 'Исправьте ошибки',
  startAgain: 'Начать заново',
  backupLength: 'Резервный код — 8 цифр',
  back: 'Назад',
  // Generic API failures.
  retry: 'Повторить',
  loadingPart: 'Загрузка…',
} satisfies Catalog;

export type LoginMessages = typeof loginRu;
