import type { Catalog, PluralForms } from '../../core/i18n/index.js';
import type { ApplicationAction } from '../api.js';
import { listRu } from './list-ru.js';

export { statusRu } from './list-ru.js';
import { filtersRu } from './filters.js';
import { listLaterRu } from './list-later.js';

/** Action labels (seed 003). */
export const actionRu: Record<ApplicationAction, string> = {
  'continue-draft': 'Продолжить заполнение',
  'add-documents': 'Дополнить документы',
  'download-result': 'Скачать результат',
  resubmit: 'Исправить и подать снова',
  'create-new': 'Подать заново',
  cancel: 'Отменить заявление',
  'contact-operator': 'Связаться с оператором',
};

/** The tracker's messages (the list's and those of the detail, upload and chart); en.ts has the same keys. */
export const trackerRu = {
  ...listRu,
  ...listLaterRu,
  ...filtersRu,
  loadingDetail: 'Загружаем заявление…',
  signedOutKept: 'Введённые данные сохранены и вернутся после входа.',
  actionLabel: (action: ApplicationAction): string => actionRu[action],
  // Detail.
  back: 'К списку заявлений',
  detailHeading: (number: string): string => `Заявление № ${number}`,
  facts: 'Сведения о заявлении',
  statusChangedAt: 'Статус изменён',
  actions: 'Действия',
  timeline: 'История рассмотрения',
  actorCitizen: 'Вы',
  actorAgency: 'Ведомство',
  actorSystem: 'Система',
  actorOperator: 'Оператор',
  documents: 'Документы',
  documentsSubmitted: 'Поданные документы',
  documentsReceived: 'Полученные документы',
  noDocuments: 'Документов нет.',
  download: 'Скачать',
  downloadNamed: (title: string): string => `Скачать «${title}»`,
  receipt: 'Скачать расписку о подаче (PDF)',
  kindResult: 'результат',
  kindReceipt: 'квитанция',
  downloadFailed: 'Не удалось скачать файл. Повторите попытку.',
  downloaded: (title: string): string => `Файл «${title}» скачан`,
  // Cancel.
  cancelHeading: 'Отменить заявление?',
  cancelText: (number: string): string =>
    `Заявление № ${number} будет отменено. Это действие нельзя отменить: чтобы получить услугу, придётся подать новое заявление.`,
  cancelConfirm: 'Отменить заявление',
  cancelKeep: 'Не отменять',
  cancelled: (number: string): string => `Заявление № ${number} отменено`,
  cancelRefused: 'Заявление нельзя отменить',
  cancelFailed: 'Не удалось отменить заявление',
  // Follow-up actions that open the service form.
  closeDialog: 'Закрыть',
  tryAgain: 'Повторите попытку позже.',
  formOpened: 'Откроется форма услуги',
  // Operator thread.
  operatorHeading: 'Переписка с оператором',
  noMessages: 'Сообщений пока нет. Опишите вопрос — оператор ответит в личном кабинете.',
  messageLabel: 'Сообщение оператору',
  messageHint: 'До 2000 символов. Номер заявления передаётся автоматически.',
  messageRequired: 'Напишите сообщение',
  messageTooLong: 'Сообщение длиннее 2000 символов',
  send: 'Отправить',
  sent: 'Сообщение отправлено',
  sendFailed: 'Сообщение не отправлено. Текст сохранён — повторите попытку.',
  authorCitizen: 'Вы',
  authorOperator: 'Оператор',
  // Upload.
  uploadHeading: 'Добавить документы',
  uploadHint: 'PDF, JPG или PNG, не больше 10 МБ каждый.',
  chooseFiles: 'Выбрать файлы',
  dropHere: 'или перетащите файлы сюда',
  chosenFiles: 'Выбранные файлы',
  uploadAll: 'Отправить файлы',
  remove: (name: string): string => `Убрать «${name}»`,
  cancelUpload: (name: string): string => `Остановить загрузку «${name}»`,
  retryUpload: (name: string): string => `Повторить загрузку «${name}»`,
  progressLabel: (name: string): string => `Загрузка «${name}»`,
  refusedType: 'Неподходящий формат: нужен PDF, JPG или PNG.',
  refusedSize: 'Файл больше 10 МБ.',
  refusedEmpty: 'Файл пустой.',
  fileReady: 'Готов к отправке',
  fileUploading: (percent: string): string => `Загружается: ${percent}`,
  fileDone: 'Загружен',
  fileFailed: 'Не загружен. Файл сохранён — можно повторить.',
  fileCancelled: 'Загрузка остановлена. Файл сохранён — можно повторить.',
  filesAdded: {
    one: 'Добавлен {n} файл',
    few: 'Добавлено {n} файла',
    many: 'Добавлено {n} файлов',
    other: 'Добавлено {n} файла',
  } as PluralForms,
  filesRefused: {
    one: '{n} файл не подходит',
    few: '{n} файла не подходят',
    many: '{n} файлов не подходят',
    other: '{n} файла не подходят',
  } as PluralForms,
  uploadDone: (name: string): string => `Файл «${name}» загружен`,
  uploadFailedAnnounce: (name: string): string => `Файл «${name}» не загружен`,
  // Chart.
  chartHeading: 'Заявления в цифрах',
  chartByStatus: 'По статусам',
  chartByMonth: 'По месяцам подачи',
  chartLoading: 'Загружаем диаграмму…',
  chartCount: 'Количество',
  chartMonth: 'Месяц',
  chartSummary: (total: string, top: string, topCount: string, month: string, monthCount: string): string =>
    `Всего заявлений: ${total}; больше всего в статусе «${top}» (${topCount}), чаще всего подавали в ${month} (${monthCount}).`,
  chartEmpty: 'Заявлений пока нет — диаграмме нечего показать.',
} satisfies Catalog;

export type TrackerMessages = typeof trackerRu;
