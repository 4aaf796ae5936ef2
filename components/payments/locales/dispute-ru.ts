import type { Catalog, PluralForms } from '../../core/i18n/index.js';
import type { DisputeReason, DisputeStatus } from '../types.js';

const REASON: Record<DisputeReason, string> = {
  'not-driver': 'Я не управлял автомобилем',
  'vehicle-sold': 'Автомобиль продан',
  'already-paid': 'Штраф уже оплачен',
  'wrong-amount': 'Неверная сумма',
  other: 'Другое',
};
const STATUS: Record<DisputeStatus, string> = {
  submitted: 'Подана',
  'under-review': 'На рассмотрении',
  accepted: 'Удовлетворена',
  rejected: 'Отклонена',
};
const CHARACTERS: PluralForms = {
  one: '{n} символ',
  few: '{n} символа',
  many: '{n} символов',
  other: '{n} символа',
};

/** The dispute form's and the disputes list's strings (`gu-payments-dispute`, `gu-payments-disputes`). */
export const disputeRu = {
  heading: 'Оспорить штраф',
  back: 'Назад к начислениям',
  loading: 'Загружаем штраф…',
  loadFailed: 'Не удалось загрузить штраф.',
  retry: 'Повторить',
  noCharge: 'Штраф не выбран. Вернитесь к начислениям и нажмите «Оспорить» у штрафа.',
  fineLabel: 'Штраф',
  resolution: 'Постановление',
  resolutionOf: (number: string, date: string) => `№ ${number} от ${date}`,
  amount: 'Сумма',
  agency: 'Ведомство',
  notDisputable: 'Этот штраф нельзя оспорить через портал.',
  alreadyDisputed: 'По этому штрафу уже подана жалоба: дождитесь ответа ведомства.',
  intro: 'Жалоба уйдёт в ведомство, вынесшее постановление. Ответ придёт в «Историю платежей» и в уведомления.',
  reasonLegend: 'Причина',
  reasonLabel: (reason: DisputeReason) => REASON[reason],
  reasonRequired: 'Выберите причину.',
  commentLabel: 'Комментарий',
  commentHint: (min: number, max: number) => `Опишите обстоятельства: от ${min} до ${max} символов.`,
  commentCounter: (count: number, max: number) => `${count} из ${max}`,
  commentCounterLabel: 'Введено символов',
  commentTooShort: (min: number, left: string) =>
    `Комментарий слишком короткий: нужно не меньше ${min} символов, ещё ${left}.`,
  commentTooLong: (max: number, over: string) => `Комментарий длиннее ${max} символов: сократите на ${over}.`,
  characters: CHARACTERS,
  documentsLegend: 'Документы',
  chooseFiles: 'Добавьте документы (необязательно)',
  fileHint: (mb: string) => `PDF, JPEG или PNG, до ${mb} МБ каждый, не больше 10 файлов.`,
  fileType: (name: string) => `«${name}»: можно PDF, JPEG или PNG.`,
  fileSize: (name: string, mb: string) => `«${name}» больше ${mb} МБ.`,
  fileEmpty: (name: string) => `«${name}» пустой.`,
  tooManyFiles: 'Можно приложить не больше 10 файлов.',
  uploading: (name: string) => `Загружается «${name}»`,
  uploaded: (name: string) => `«${name}» загружен.`,
  uploadFailed: (name: string) => `«${name}» не загружен.`,
  uploadCancelled: (name: string) => `Загрузка «${name}» отменена.`,
  cancel: 'Отменить',
  retryUpload: 'Повторить',
  remove: 'Убрать',
  waitUploads: 'Дождитесь окончания загрузки документов или уберите незагруженные.',
  submit: 'Отправить жалобу',
  fixErrors: 'Проверьте форму: есть ошибки.',
  submitted: (agency: string) => `Жалоба отправлена в ${agency}.`,
  submittedStatus: (status: string) => `Статус: ${status}.`,
  submittedHint: 'Ответ ведомства появится в «Истории платежей».',
  toHistory: 'К истории платежей',
  toCharges: 'К начислениям',
  status: (status: DisputeStatus) => STATUS[status],
  // the disputes list
  listHeading: 'Жалобы на штрафы',
  listLoading: 'Загружаем жалобы…',
  listFailed: 'Не удалось загрузить жалобы.',
  listEmpty: 'Вы ещё не оспаривали штрафы.',
  listReason: 'Причина',
  listSubmitted: 'Подана',
  listUpdated: 'Изменена',
  listDocuments: 'Документы',
  listAnswer: 'Ответ ведомства',
  listStatus: 'Статус',
} satisfies Catalog;

export type DisputeMessages = typeof disputeRu;
