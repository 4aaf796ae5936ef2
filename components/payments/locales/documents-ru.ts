import type { Catalog, PluralForms } from '../../core/i18n/index.js';

/** «Мои документы для поиска начислений» (parts/documents.ts). */
export const documentsRu = {
  heading: 'Мои документы для поиска начислений',
  intro:
    'По этим документам портал ищет штрафы и налоги. Новые начисления появятся в разделе «Начисления», о них придёт уведомление.',
  loading: 'Загружаем документы…',
  loadFailed: 'Не удалось загрузить документы.',
  retry: 'Повторить',
  listHeading: 'Добавленные документы',
  empty:
    'Документов пока нет. Добавьте водительское удостоверение, СТС, ИНН или СНИЛС — и портал будет искать начисления по ним.',
  typeDrivingLicence: 'Водительское удостоверение',
  typeVehicleRegistration: 'Свидетельство о регистрации ТС',
  typeInn: 'ИНН',
  typeSnils: 'СНИЛС',
  shortDrivingLicence: 'ВУ',
  shortVehicleRegistration: 'СТС',
  number: 'Номер',
  label: 'Подпись',
  added: (date: string): string => `Добавлен ${date}`,
  checked: (date: string): string => `Проверен ${date}`,
  notChecked: 'Ещё не проверялся',
  remove: 'Удалить',
  removeName: (document: string): string => `Удалить: ${document}`,
  removeHeading: 'Удалить документ?',
  removeText: (document: string): string =>
    `Портал перестанет искать начисления по документу «${document}». Уже найденные начисления останутся в списке.`,
  removeConfirm: 'Удалить документ',
  removeCancel: 'Отмена',
  removed: (document: string): string => `Документ «${document}» удалён.`,
  removeGone: 'Этого документа уже нет в списке.',
  addHeading: 'Добавить документ',
  typeLegend: 'Тип документа',
  numberLabel: (type: string): string => `Номер: ${type}`,
  hintDrivingLicence: 'Серия и номер, как в удостоверении: 99 12 345678 или 77 АВ 123456.',
  hintVehicleRegistration: 'Серия и номер, как в свидетельстве: 77 УХ 123456 или 99 01 123456.',
  hintInn: '12 цифр ИНН физического лица.',
  hintSnils: '11 цифр, например 112-233-445 95.',
  titleLabel: 'Подпись (необязательно)',
  titleHint: 'Чтобы отличать документы, например «Машина мамы». До 60 символов.',
  submit: 'Добавить документ',
  required: 'Введите номер документа.',
  vehicleCharacters: (type: string): string =>
    `Номер ${type} содержит только цифры и русские буквы серии — уберите другие знаки.`,
  vehicleLength: (type: string, count: number): string =>
    `В номере ${type} 10 знаков: серия из 4 и номер из 6 цифр. Сейчас знаков: ${count}.`,
  vehicleSeries: (type: string): string =>
    `Серия ${type} — первые 4 знака: две цифры, затем две цифры или две русские буквы, например 77 АВ.`,
  vehicleNumber: (type: string): string => `Последние 6 знаков номера ${type} — цифры.`,
  innFormat: 'ИНН состоит только из цифр.',
  innLength: (count: number): string => `ИНН физического лица — 12 цифр. Сейчас цифр: ${count}.`,
  innAllZeros: 'ИНН не может состоять из одних нулей.',
  innChecksum: 'Контрольные цифры ИНН (две последние) не совпадают — проверьте номер.',
  snilsFormat: 'СНИЛС состоит только из цифр.',
  snilsLength: (count: number): string => `В СНИЛС 11 цифр. Сейчас цифр: ${count}.`,
  snilsChecksum: 'Контрольное число СНИЛС (две последние цифры) не совпадает — проверьте номер.',
  titleTooLong: (count: number): string => `Подпись — не больше 60 символов. Сейчас: ${count}.`,
  titleCharacters: 'В подписи можно использовать буквы, цифры, пробел и знаки . , - ( ) « » " \' № / : ;',
  duplicate: 'Этот документ уже есть в списке.',
  addedDone: 'Документ добавлен.',
  newCharges: {
    one: 'Найдено новых начислений: {n}.',
    few: 'Найдено новых начислений: {n}.',
    many: 'Найдено новых начислений: {n}.',
    other: 'Найдено новых начислений: {n}.',
  } satisfies PluralForms,
  noNewCharges: 'Новых начислений не найдено.',
  toCharges: 'Перейти к начислениям',
} satisfies Catalog;

export type DocumentsMessages = typeof documentsRu;
