import type { Catalog } from '../../i18n/catalog.js';
import type { PluralForms } from '../../i18n/format.js';

/**
 * Messages of the gu-kit form controls (text, password and code fields, button, error summary).
 * Russian is the source; `fieldsEn` must have exactly these keys. Validation messages come from `coreMessages`.
 */
export const fieldsRu = {
  requiredMark: 'обязательное поле',
  errorPrefix: 'Ошибка:',
  passwordShow: 'Показать пароль',
  passwordHide: 'Скрыть пароль',
  passwordShowShort: 'Показать',
  passwordHideShort: 'Скрыть',
  passwordShown: 'Пароль показан',
  passwordHidden: 'Пароль скрыт',
  passwordTooShort: {
    one: 'Пароль должен быть не короче {n} символа',
    few: 'Пароль должен быть не короче {n} символов',
    many: 'Пароль должен быть не короче {n} символов',
    other: 'Пароль должен быть не короче {n} символа',
  } as PluralForms,
  passwordTooLong: (max: number, length: number): string =>
    `Пароль — не больше ${max} символов, сейчас ${length}. Сократите его: мы ничего не обрезали.`,
  passwordControl: (codePoint: string, position: number): string =>
    `Уберите из пароля невидимый управляющий символ ${codePoint} (позиция ${position}).`,
  busy: 'Подождите, идёт отправка',
  summaryLabelSeparator: ': ',
} satisfies Catalog;

/** English messages of the form controls. */
export const fieldsEn: typeof fieldsRu = {
  requiredMark: 'required',
  errorPrefix: 'Error:',
  passwordShow: 'Show password',
  passwordHide: 'Hide password',
  passwordShowShort: 'Show',
  passwordHideShort: 'Hide',
  passwordShown: 'Your password is visible',
  passwordHidden: 'Your password is hidden',
  passwordTooShort: {
    one: 'Password must be at least {n} character',
    few: 'Password must be at least {n} characters',
    many: 'Password must be at least {n} characters',
    other: 'Password must be at least {n} characters',
  } as PluralForms,
  passwordTooLong: (max: number, length: number): string =>
    `Password: at most ${max} characters, now ${length}. Shorten it: nothing was cut.`,
  passwordControl: (codePoint: string, position: number): string =>
    `Remove the invisible control character ${codePoint} (position ${position}) from the password.`,
  busy: 'Please wait, sending',
  summaryLabelSeparator: ': ',
};

export type FieldsMessages = typeof fieldsRu;
