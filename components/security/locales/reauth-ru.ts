import { plural } from '../../core/i18n/format.js';

/** The step-up dialog (`gu-security-reauth`): «Подтвердите, что это вы». */
export const reauthRu = {
  heading: 'Подтвердите, что это вы',
  intro: 'Это важное изменение. Введите пароль от учётной записи ещё раз.',
  introPasskey: 'Это важное изменение. Введите пароль от учётной записи или используйте ключ доступа.',
  password: 'Пароль',
  confirm: 'Подтвердить',
  cancel: 'Отмена',
  passkey: 'Подтвердить ключом доступа',
  or: 'или',
  passwordRequired: 'Введите пароль',
  wrongPassword: (left?: number): string =>
    left === undefined
      ? 'Неверный пароль.'
      : left === 0
        ? 'Неверный пароль. Следующая ошибка заблокирует вход.'
        : `Неверный пароль. ${plural('ru', left, {
            one: 'Осталась {n} попытка',
            few: 'Осталось {n} попытки',
            many: 'Осталось {n} попыток',
            other: 'Осталось {n} попытки',
          })}, затем вход будет заблокирован.`,
  locked: (minutes: number, at: string): string =>
    `Слишком много неверных попыток: вход заблокирован. Повторите через ${plural('ru', minutes, {
      one: '{n} минуту',
      few: '{n} минуты',
      many: '{n} минут',
      other: '{n} минуты',
    })}, в ${at}.`,
  passkeyUnsupported: 'Этот браузер не умеет работать с ключами доступа. Введите пароль.',
  passkeyCancelled: 'Ключ доступа не подтвердил вход. Попробуйте ещё раз или введите пароль.',
  passkeyNone: 'У учётной записи нет ключей доступа. Введите пароль.',
  confirmed: 'Подтверждено. Продолжаем.',
};

export type ReauthMessages = typeof reauthRu;
