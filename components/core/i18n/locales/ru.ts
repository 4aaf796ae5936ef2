import type { Catalog } from '../catalog.js';
import { formatNumber, plural, type PluralForms } from '../format.js';

/**
 * Core messages shared by every widget: validation messages per identifier and generic words.
 * Russian is the source of truth; en.ts must have exactly these keys.
 */
export const ru = {
  // Validation: one precise message per identifier and reason.
  required: 'Заполните это поле',
  snilsFormat: 'СНИЛС состоит только из цифр, например 112-233-445 95',
  snilsLength: 'В СНИЛС 11 цифр',
  snilsChecksum: 'Контрольное число СНИЛС не совпадает — проверьте цифры',
  innFormat: 'ИНН состоит только из цифр',
  innLengthPerson: 'ИНН физического лица — 12 цифр',
  innLengthOrganisation: 'ИНН организации — 10 цифр',
  innLength: 'ИНН — 10 или 12 цифр',
  innChecksum: 'Контрольные цифры ИНН не совпадают — проверьте номер',
  innAllZeros: 'ИНН не может состоять из одних нулей',
  passportFormat: 'Серия и номер паспорта состоят только из цифр',
  passportLength: 'Серия — 4 цифры и номер — 6 цифр, например 45 08 123456',
  unitCodeFormat: 'Код подразделения — 6 цифр в формате 770-001',
  phoneFormat: 'Введите номер мобильного телефона в формате +7 (900) 123-45-67',
  phoneLength: 'В номере телефона 10 цифр после +7',
  phoneForeign: 'Можно указать только российский номер, начинающийся с +7',
  phoneKazakhstan: 'Номера +7 6xx и +7 7xx принадлежат Казахстану — укажите российский номер',
  emailFormat: 'Введите адрес электронной почты в формате name@example.ru',
  emailLength: 'Адрес электронной почты слишком длинный',
  uinFormat: 'УИН состоит только из цифр',
  uinLength: 'УИН — 20 или 25 цифр',
  uinChecksum: 'Контрольная цифра УИН не совпадает — проверьте номер',
  uinAllZeros: 'УИН не может состоять из одних нулей',
  codeFormat: 'Код состоит только из цифр',
  codeLength: (length: number): string => `Введите код из ${length} цифр`,
  // Free text (core/validation/free-text.ts): what is wrong, where, and that nothing was cut.
  textTooLong: (max: number, length: number): string =>
    `Слишком длинно: можно не больше ${plural('ru', max, { one: '{n} символа', few: '{n} символов', many: '{n} символов', other: '{n} символа' })}, сейчас ${formatNumber('ru', length)}. Сократите текст — мы ничего не обрезали.`,
  textControl: (codePoint: string, position: number): string =>
    `Уберите невидимый управляющий символ ${codePoint} (позиция ${formatNumber('ru', position)}): такие символы не принимаются.`,
  textCharacter: (character: string, position: number): string =>
    `Символ «${character}» (позиция ${formatNumber('ru', position)}) здесь недопустим: можно буквы, цифры, пробел и знаки . , - ( ) « » " ' № / : ;`,
  // Generic words.
  retry: 'Повторить',
  close: 'Закрыть',
  cancel: 'Отмена',
  loading: 'Загрузка…',
  optional: 'необязательно',
  errorSummaryTitle: 'Исправьте ошибки',
  errorCount: {
    one: 'Найдена {n} ошибка',
    few: 'Найдены {n} ошибки',
    many: 'Найдено {n} ошибок',
    other: 'Найдено {n} ошибки',
  } as PluralForms,
  // API failures, by ApiError kind.
  apiNetwork: 'Нет связи с сервером. Проверьте подключение к интернету и повторите.',
  apiTimeout: 'Сервер долго не отвечает. Повторите попытку.',
  apiUnauthorized: 'Сеанс завершён. Войдите снова.',
  apiForbidden: 'Недостаточно прав для этого действия.',
  apiNotFound: 'Данные не найдены.',
  apiConflict: 'Данные изменились. Обновите страницу и повторите.',
  apiValidation: 'Проверьте введённые данные.',
  apiRateLimited: (seconds: number): string =>
    `Слишком много запросов. Повторите через ${plural('ru', seconds, { one: '{n} секунду', few: '{n} секунды', many: '{n} секунд', other: '{n} секунды' })}.`,
  apiServer: 'Сервис временно недоступен. Повторите попытку позже.',
  apiMalformed: 'Сервер прислал неожиданный ответ. Повторите попытку позже.',
} satisfies Catalog;

export type CoreMessages = typeof ru;
