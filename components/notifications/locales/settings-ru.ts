import type { Catalog } from '../../core/i18n/index.js';
import type { NotificationCategory, NotificationChannel, NotificationFrequency } from '../types.js';

/** The category names of the settings table (row headers). */
const CATEGORY: Record<NotificationCategory, string> = {
  security: 'Безопасность',
  applications: 'Заявления',
  charges: 'Начисления и штрафы',
  'payment-due': 'Сроки оплаты',
  payments: 'Оплаты',
  documents: 'Готовые документы',
  appointments: 'Записи на приём',
  messages: 'Сообщения ведомств',
  news: 'Новости',
};

/** The channels as column headers. */
const CHANNEL: Record<NotificationChannel, string> = {
  portal: 'На портале',
  email: 'E-mail',
  sms: 'SMS',
  push: 'Push',
};

/** «Заявления — по e-mail»: a checkbox's name. */
const BY: Record<NotificationChannel, string> = {
  portal: 'на портале',
  email: 'по e-mail',
  sms: 'по SMS',
  push: 'push-уведомлением',
};

const FREQUENCY: Record<NotificationFrequency, string> = {
  instant: 'Сразу',
  daily: 'Раз в день (сводка)',
  weekly: 'Раз в неделю (сводка)',
};

/** «Настройки уведомлений» (`gu-notifications-settings`). */
export const settingsRu = {
  heading: 'Настройки уведомлений',
  loading: 'Загружаем настройки…',
  loadFailed: 'Не удалось загрузить настройки уведомлений.',
  retry: 'Повторить',
  intro: 'Выберите, о чём и как сообщать. Изменения вступят в силу, когда вы нажмёте «Применить».',

  channelsHeading: 'Каналы и частота',
  tableCaption: 'Каналы уведомлений по категориям',
  categoryColumn: 'Категория',
  frequencyColumn: 'Как часто',
  category: (category: NotificationCategory) => CATEGORY[category],
  channel: (channel: NotificationChannel) => CHANNEL[channel],
  channelOf: (category: string, channel: NotificationChannel) => `${category} — ${BY[channel]}`,
  frequencyOf: (category: string) => `${category} — как часто`,
  frequency: (frequency: NotificationFrequency) => FREQUENCY[frequency],
  digestNote: 'Сводка приходит по e-mail, SMS и push; на портале уведомления видны сразу.',

  emailUnconfirmed: (value: string) =>
    `E-mail ${value} не подтверждён: уведомления по e-mail недоступны, пока вы его не подтвердите.`,
  phoneUnconfirmed: (value: string) => `Телефон ${value} не подтверждён: SMS недоступны, пока вы его не подтвердите.`,
  emailMissing: 'E-mail не указан в профиле: уведомления по e-mail недоступны.',
  phoneMissing: 'Телефон не указан в профиле: SMS недоступны.',
  pushOff: 'Push-уведомления не включены ни в одном браузере: включите их ниже, в разделе «Push-уведомления».',
  confirmEmail: 'Подтвердить e-mail',
  confirmPhone: 'Подтвердить телефон',
  codeSent: (to: string) => `Код отправлен на ${to}.`,
  codeLabelEmail: 'Код из письма',
  codeLabelPhone: 'Код из SMS',
  codeHint: '6 цифр',
  codeInvalid: 'Введите 6 цифр кода.',
  wrongCode: 'Неверный код. Проверьте и введите ещё раз.',
  codeExpired: 'Код больше не действует. Запросите новый.',
  submitCode: 'Подтвердить',
  resend: 'Отправить код ещё раз',
  cancel: 'Отмена',
  emailConfirmed: 'E-mail подтверждён: теперь можно получать уведомления по e-mail.',
  phoneConfirmed: 'Телефон подтверждён: теперь можно получать SMS.',

  quietHeading: 'Тихие часы',
  quietEnabled: 'Не присылать SMS и push в тихие часы',
  quietHint: (zone: string) =>
    `Время в формате ЧЧ:ММ (${zone}). Что придёт в тихие часы, мы пришлём, когда они кончатся.`,
  quietFrom: 'С',
  quietTo: 'До',
  timeInvalid: 'Введите время в формате ЧЧ:ММ, например 22:00.',
  timeSame: 'Начало и конец тихих часов совпадают: укажите разное время.',

  loginHeading: 'Оповещение о входе',
  loginEnabled: 'Сообщать о входе в личный кабинет с нового устройства или браузера',
  loginChannels: 'Как сообщать о входе',
  loginChannelOf: (channel: NotificationChannel) => `Оповещение о входе — ${BY[channel]}`,
  loginNoChannel: 'Выберите хотя бы один способ оповещения о входе.',
  securityLink: 'Другие настройки безопасности',

  pushHeading: 'Push-уведомления',
  pushIntro: 'Push-уведомления показывает браузер, даже когда портал закрыт.',
  pushEnable: 'Включить push в этом браузере',
  pushEnabledHere: 'В этом браузере push-уведомления включены.',
  pushEnabled: (label: string) => `Push-уведомления включены: ${label}. Теперь их можно выбрать в таблице выше.`,
  pushUnsupported:
    'Этот браузер не умеет показывать push-уведомления. Уведомления будут приходить на портал, по e-mail и SMS.',
  pushDenied:
    'Вы запретили этому сайту показывать уведомления. Чтобы разрешить: нажмите на значок слева от адреса сайта, откройте настройки сайта, для «Уведомления» выберите «Разрешить» — и нажмите «Включить push в этом браузере» ещё раз.',
  pushDismissed: 'Браузер не получил разрешения показывать уведомления. Нажмите кнопку ещё раз и выберите «Разрешить».',
  pushNoWorker:
    'Портал пока не принимает push-уведомления в этом браузере. Попробуйте позже или выберите другой канал.',
  pushFailed: 'Браузер не смог подписаться на push-уведомления. Попробуйте ещё раз позже.',
  devicesHeading: 'Браузеры с push-уведомлениями',
  noDevices: 'Пока ни одного.',
  thisBrowser: 'этот браузер',
  deviceSince: (date: string) => `с ${date}`,
  deviceOff: 'Отключить',
  deviceOffName: (label: string) => `Отключить push: ${label}`,
  deviceRemoved: (label: string) => `Push-уведомления отключены: ${label}.`,

  remindersHeading: 'Напоминания об оплате',
  remindersIntro: 'Напоминания об оплате коммунальных услуг настраиваются в автоплатеже.',
  reminder: (days: string) => `напомним за ${days} до срока`,
  noReminders: 'Напоминаний об оплате нет.',
  remindersLink: 'Настроить в разделе «Платежи»',
  days: { one: '{n} день', few: '{n} дня', many: '{n} дней', other: '{n} дня' },

  apply: 'Применить',
  saved: 'Настройки уведомлений сохранены.',
  unchanged: 'Вы ничего не изменили.',
  fixErrors: 'Проверьте настройки:',
  conflict:
    'Настройки успели изменить в другой вкладке или на другом устройстве. Мы загрузили сохранённые, а ваш выбор оставили на экране: проверьте его и нажмите «Применить» ещё раз.',
  unavailable: 'Некоторые каналы сейчас недоступны:',
  unavailableField: (category: string, channel: NotificationChannel) =>
    `${category} — ${BY[channel]}: канал недоступен.`,
  saveFailedKept: 'Ваш выбор сохранён на экране.',

  subscriptionsLoading: 'Загружаем подписки…',
} satisfies Catalog;

export type SettingsMessages = typeof settingsRu;
