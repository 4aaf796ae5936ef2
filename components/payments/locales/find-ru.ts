import type { Catalog, PluralForms } from '../../core/i18n/index.js';

/** «Найти начисление» (parts/find.ts). */
export const findRu = {
  heading: 'Найти начисление',
  intro: 'Если начисления нет в списке — например, штраф по бумажному постановлению или налог родственника.',
  byLegend: 'Искать по',
  byUin: 'УИН',
  byResolution: 'Номер постановления',
  byDocumentIndex: 'Индекс документа',
  labelUin: 'УИН',
  labelResolution: 'Номер постановления',
  labelDocumentIndex: 'Индекс документа из налогового уведомления',
  hintUin: '20 или 25 цифр из квитанции или постановления. Можно вставить с пробелами.',
  hintResolution: '20 цифр из постановления по делу об административном правонарушении.',
  hintDocumentIndex: '20 цифр из налогового уведомления (поле «Индекс документа»).',
  submit: 'Найти',
  searching: 'Ищем начисление…',
  required: 'Введите номер.',
  digitsOnly: 'Номер состоит только из цифр — уберите буквы и другие знаки.',
  uinLength: (count: number): string => `В УИН 20 или 25 цифр. Сейчас цифр: ${count}.`,
  uinAllZeros: 'УИН не может состоять из одних нулей.',
  uinChecksum: 'Проверьте УИН: контрольная цифра не совпадает.',
  twentyDigits: (what: string, count: number): string => `${what} — 20 цифр. Сейчас цифр: ${count}.`,
  found: {
    one: 'Найдено {n} начисление',
    few: 'Найдено {n} начисления',
    many: 'Найдено {n} начислений',
    other: 'Найдено {n} начисления',
  } satisfies PluralForms,
  nothingFound: (value: string): string =>
    `По номеру ${value} ничего не найдено. Проверьте номер или попробуйте искать по другому номеру.`,
  failed: 'Не удалось выполнить поиск.',
  retry: 'Повторить поиск',
  uin: 'УИН',
  resolution: 'Постановление',
  payee: 'Получатель',
  amount: 'Сумма',
  amountDue: 'К оплате',
  issuedAt: 'Дата начисления',
  dueDate: 'Оплатить до',
  discountActive: (amount: string, until: string): string =>
    `Со скидкой: ${amount} при оплате до ${until} включительно.`,
  discountPast: (until: string, amount: string): string =>
    `Скидка действовала до ${until}; к оплате полная сумма ${amount}.`,
  overdue: 'Просрочено',
  paid: 'Уже оплачено',
  processing: 'Оплата обрабатывается',
  cancelled: 'Начисление аннулировано',
  add: 'Добавить к оплате',
  addName: (title: string): string => `Добавить к оплате: ${title}`,
  inSelection: 'Добавлено к оплате',
  payNow: 'Оплатить сейчас',
  payNowName: (title: string): string => `Оплатить сейчас: ${title}`,
  addedToSelection: (count: number, total: string): string =>
    `Начисление добавлено к оплате. Выбрано начислений: ${count}, на сумму ${total}.`,
  limit: 'За один раз можно оплатить не больше 50 начислений. Оплатите выбранные или уберите лишние.',
} satisfies Catalog;

export type FindMessages = typeof findRu;
