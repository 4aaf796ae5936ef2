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
