import { plural } from '../../core/i18n/format.js';

const tries = (n: number): string =>
  plural('ru', n, {
    one: 'Осталась {n} попытка',
    few: 'Осталось {n} попытки',
    many: 'Осталось {n} попыток',
    other: 'Осталось {n} попытки',
  });

/** «Изменить пароль» (`gu-security-password`): current and new password, then the one-time code. */
export const passwordRu = {
  heading: 'Изменить пароль',
  intro: 'Новый пароль подтвердим кодом из СМС.',
  changedAt: (date: string): string => `Пароль изменён ${date}.`,
  loading: 'Загружаем требования к паролю…',
  current: 'Текущий пароль',
  next: 'Новый пароль',
  repeat: 'Повторите новый пароль',
  currentRequired: 'Введите текущий пароль',
  nextRequired: 'Введите новый пароль',
  repeatRequired: 'Повторите новый пароль',
  mismatch: 'Пароли не совпадают',
  tooLong: (max: number, length: number): string => `Пароль — не длиннее ${max} символов, сейчас ${length}`,
  fix: 'Исправьте ошибки в форме.',
  getCode: 'Получить код',
  wrongPassword: (left?: number): string =>
    left === undefined
      ? 'Неверный текущий пароль.'
      : left === 0
        ? 'Неверный текущий пароль. Следующая ошибка заблокирует вход.'
        : `Неверный текущий пароль. ${tries(left)}, затем вход будет заблокирован.`,
  locked: (minutes: number, at: string): string =>
    `Слишком много неверных попыток: вход заблокирован. Повторите через ${plural('ru', minutes, {
      one: '{n} минуту',
      few: '{n} минуты',
      many: '{n} минут',
      other: '{n} минуты',
    })}, в ${at}.`,
  rejected: (code: string): string =>
    ({
      'password-reused': 'Этот пароль вы уже использовали. Придумайте пароль, которого не было среди пяти последних.',
      'password-same': 'Новый пароль совпадает с текущим.',
      'password-blocklisted': 'Этот пароль слишком распространён или встречался в утечках. Придумайте другой.',
      'password-personal-data': 'В пароле есть ваши данные: имя, телефон, СНИЛС или почта. Придумайте другой.',
      'password-too-short': 'Пароль слишком короткий.',
      'password-too-long': 'Пароль слишком длинный.',
      'password-no-upper': 'В пароле не хватает заглавной буквы.',
      'password-no-lower': 'В пароле не хватает строчной буквы.',
      'password-no-digit': 'В пароле не хватает цифры.',
      'password-no-special': 'В пароле не хватает специального символа.',
    })[code] ?? 'Этот пароль не подходит. Придумайте другой.',
  codeHeading: 'Подтвердите изменение',
  codeSent: (to: string, time: string): string => `Код отправлен на ${to}. Он действует до ${time}.`,
  code: 'Код из СМС',
  codeRequired: (n: number): string => `Введите код из ${n} цифр`,
  attemptsLeft: (n: number): string => `${tries(n)} ввести код.`,
  wrongCode: (left?: number): string => (left === undefined ? 'Неверный код.' : `Неверный код. ${tries(left)}.`),
  codeExpired: 'Срок действия кода истёк. Запросите новый код.',
  codeExhausted: 'Код больше не действует: слишком много ошибок. Запросите новый код.',
  factorLocked: (minutes: number, at: string): string =>
    `Слишком много неверных кодов. Повторите через ${plural('ru', minutes, {
      one: '{n} минуту',
      few: '{n} минуты',
      many: '{n} минут',
      other: '{n} минуты',
    })}, в ${at}.`,
  endSessions: 'Завершить все другие сеансы',
  endSessionsHint: 'Выйти на всех других устройствах и в браузерах. Этот сеанс останется.',
  confirm: 'Изменить пароль',
  back: 'Назад',
  resend: 'Отправить код ещё раз',
  resendIn: (seconds: number): string =>
    `Новый код можно запросить через ${plural('ru', seconds, {
      one: '{n} секунду',
      few: '{n} секунды',
      many: '{n} секунд',
      other: '{n} секунды',
    })}.`,
  resent: (to: string): string => `Новый код отправлен на ${to}. Прежний больше не действует.`,
  tooManyCodes: (minutes: number): string =>
    `Отправлено слишком много кодов. Новый можно запросить через ${plural('ru', minutes, {
      one: '{n} минуту',
      few: '{n} минуты',
      many: '{n} минут',
      other: '{n} минуты',
    })}.`,
  done: 'Пароль изменён',
  doneText: 'Входите с новым паролем.',
  ended: (n: number): string =>
    n === 0
      ? 'Других сеансов не было.'
      : plural('ru', n, {
          one: 'Завершён {n} другой сеанс.',
          few: 'Завершено {n} других сеанса.',
          many: 'Завершено {n} других сеансов.',
          other: 'Завершено {n} других сеанса.',
        }),
  again: 'Изменить пароль ещё раз',
};

export type PasswordMessages = typeof passwordRu;
