import type { Catalog } from '../../core/i18n/index.js';
import type { NotificationChannel } from '../types.js';

/** The alerts' kinds as the contract names them. */
export type AlertKind = 'newDevice' | 'passwordChanged' | 'twoFactorChanged';

const KIND: Record<AlertKind, string> = {
  newDevice: 'Вход с нового устройства',
  passwordChanged: 'Смена пароля',
  twoFactorChanged: 'Изменение двухфакторного входа',
};

const ABOUT: Record<AlertKind, string> = {
  newDevice: 'Сообщать о входе в личный кабинет с нового устройства или браузера',
  passwordChanged: 'Сообщать, когда пароль изменён',
  twoFactorChanged: 'Сообщать, когда двухфакторный вход включён, выключен или изменён',
};

const CHANNEL: Record<NotificationChannel, string> = {
  portal: 'На портале',
  email: 'E-mail',
  sms: 'SMS',
  push: 'Push',
};

/** «Вход с нового устройства — по e-mail»: a checkbox's name. */
const BY: Record<NotificationChannel, string> = {
  portal: 'на портале',
  email: 'по e-mail',
  sms: 'по SMS',
  push: 'push-уведомлением',
};

const UNAVAILABLE: Record<string, string> = {
  'email-unconfirmed': 'E-mail не подтверждён: подтвердите его в настройках уведомлений.',
  'phone-unconfirmed': 'Телефон не подтверждён: подтвердите его в настройках уведомлений.',
  'no-push-device': 'Push-уведомления не включены ни в одном браузере: включите их в настройках уведомлений.',
};

/** «Оповещения» (`gu-security-alerts`). */
export const alertsRu = {
  heading: 'Оповещения',
  intro: 'Сообщим о важных событиях вашей учётной записи. Выберите, о чём и как сообщать, и нажмите «Сохранить».',
  loading: 'Загружаем оповещения…',
  loadFailed: 'Не удалось загрузить оповещения. Проверьте соединение и попробуйте ещё раз.',
  retry: 'Повторить',

  kind: (kind: AlertKind) => KIND[kind],
  about: (kind: AlertKind) => ABOUT[kind],
  channels: (kind: AlertKind) => `${KIND[kind]}: как сообщать`,
  channel: (channel: NotificationChannel) => CHANNEL[channel],
  channelOf: (kind: AlertKind, channel: NotificationChannel) => `${KIND[kind]} — ${BY[channel]}`,
  sameAsLogin: 'Это то же оповещение о входе, что и в настройках уведомлений: изменение здесь видно и там.',
  notificationsLink: 'Открыть настройки уведомлений',
  noChannel: 'Выберите хотя бы один способ или выключите это оповещение.',

  save: 'Сохранить',
  saved: 'Оповещения сохранены.',
  fixErrors: 'Проверьте оповещения:',
  conflict:
    'Оповещения успели изменить в другой вкладке, на другом устройстве или в настройках уведомлений. Мы загрузили сохранённые, а ваш выбор оставили на экране: проверьте его и нажмите «Сохранить» ещё раз.',
  unavailable: 'Некоторые способы сейчас недоступны:',
  unavailableCode: (code: string) => UNAVAILABLE[code] ?? 'Этот способ сейчас недоступен.',
  unavailableField: (kind: AlertKind, channel: NotificationChannel, why: string) =>
    `${KIND[kind]} — ${BY[channel]}: ${why}`,
  saveFailedKept: 'Ваш выбор сохранён на экране.',
} satisfies Catalog;

export type AlertsMessages = typeof alertsRu;
