/**
 * What <gu-login> says about the outcome of a server call (wrong credentials, lockout with the unlock time, rate
 * limits, network and server failures). Loaded with the engine, after the first render.
 */
import { plural, type PluralForms } from '../../core/i18n/format.js';

const seconds: PluralForms = { one: '{n} секунду', few: '{n} секунды', many: '{n} секунд', other: '{n} секунды' };
const minutes: PluralForms = { one: '{n} минуту', few: '{n} минуты', many: '{n} минут', other: '{n} минуты' };

/** «через 15 минут» / «через 40 секунд». */
export function inTimeRu(totalSeconds: number): string {
  return totalSeconds >= 60
    ? plural('ru', Math.ceil(totalSeconds / 60), minutes)
    : plural('ru', Math.max(1, totalSeconds), seconds);
}

const secondsEn: PluralForms = { one: '{n} second', few: '{n} seconds', many: '{n} seconds', other: '{n} seconds' };
const minutesEn: PluralForms = { one: '{n} minute', few: '{n} minutes', many: '{n} minutes', other: '{n} minutes' };

/** «in 15 minutes» / «in 40 seconds». */
export function inTimeEn(totalSeconds: number): string {
  return totalSeconds >= 60
    ? plural('en', Math.ceil(totalSeconds / 60), minutesEn)
    : plural('en', Math.max(1, totalSeconds), secondsEn);
}

export const outcomesRu = {
  badCredentials:
    'Неверный логин или пароль. Проверьте раскладку и Caps Lock или восстановите пароль по ссылке «Забыли пароль?».',
  locked: (when: string, time: string): string =>
    `Слишком много неудачных попыток. Вход заблокирован — повторите через ${when}, в ${time}. Можно восстановить доступ по ссылке «Забыли пароль?».`,
  rateLimited: (when: string, time: string): string => `Слишком много запросов. Повторите через ${when}, в ${time}.`,
  factorLocked: (when: string, time: string): string =>
    `Слишком много неверных кодов. Подтверждение заблокировано — повторите через ${when}, в ${time}.`,
  flowExpired: 'Попытка входа устарела. Начните заново.',
  noSession: 'Вход недоступен: виджет не подключён к сеансу (<gu-session>).',
  sessionFailed: 'Не удалось завершить вход. Повторите попытку.',
  offline: 'Нет связи с сервером. Проверьте подключение к интернету — введённые данные сохранены.',
  server: 'Сервис временно недоступен. Введённые данные сохранены — повторите попытку позже.',
  timeout: 'Сервер долго не отвечает. Повторите попытку.',
  malformed: 'Сервер прислал неожиданный ответ. Повторите попытку позже.',
};

export const outcomesEn: typeof outcomesRu = {
  badCredentials:
    'Wrong login or password. Check the keyboard layout and Caps Lock, or reset the password with “Forgot password?”.',
  locked: (when: string, time: string): string =>
    `Too many failed attempts. Sign-in is blocked — try again in ${when}, at ${time}. You can recover access with “Forgot password?”.`,
  rateLimited: (when: string, time: string): string => `Too many requests. Try again in ${when}, at ${time}.`,
  factorLocked: (when: string, time: string): string =>
    `Too many wrong codes. Confirmation is blocked — try again in ${when}, at ${time}.`,
  flowExpired: 'This sign-in attempt has expired. Start again.',
  noSession: 'Sign-in is unavailable: the widget is not inside a session (<gu-session>).',
  sessionFailed: 'Could not complete the sign-in. Try again.',
  offline: 'No connection to the server. Check your internet connection — what you typed is kept.',
  server: 'The service is temporarily unavailable. What you typed is kept — try again later.',
  timeout: 'The server takes too long to answer. Try again.',
  malformed: 'The server sent an unexpected answer. Try again later.',
};
