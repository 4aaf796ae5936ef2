import type { Catalog } from '../../core/i18n/index.js';
import type { SubscriptionChannel, SubscriptionFrequency } from '../types.js';

const CHANNEL: Record<SubscriptionChannel, string> = { email: 'E-mail', sms: 'SMS', push: 'Push' };
const FREQUENCY: Record<SubscriptionFrequency, string> = {
  once: 'Единовременно',
  daily: 'Ежедневно',
  weekly: 'Еженедельно',
};

/** «Подписки» (`gu-notifications-subscriptions`): the citizen's subscriptions to agencies' mailings (seed 004). */
export const subscriptionsRu = {
  heading: 'Подписки',
  intro: 'Рассылки ведомств: новые услуги, изменения правил, напоминания. Выберите, что и как часто получать.',
  loading: 'Загружаем подписки…',
  loadFailed: 'Не удалось загрузить подписки.',
  retry: 'Повторить',
  show: 'Показать',
  showAll: 'Все',
  showActive: 'Активные',
  showPaused: 'Приостановленные',
  none: 'Подписок пока нет.',
  noneFiltered: 'Таких подписок нет.',
  active: 'Активна',
  paused: 'Приостановлена',
  agency: (agency: string) => `Ведомство: ${agency}`,
  channels: (list: string) => `Каналы: ${list}`,
  howOften: (frequency: string) => `Как часто: ${frequency}`,
  period: (from: string, until: string) => `С ${from} по ${until}`,
  periodFrom: (from: string) => `С ${from}`,
  periodUntil: (until: string) => `По ${until}`,
  channel: (channel: SubscriptionChannel) => CHANNEL[channel],
  frequency: (frequency: SubscriptionFrequency) => FREQUENCY[frequency],

  add: 'Добавить подписку',
  addHeading: 'Новая подписка',
  editHeading: (topic: string) => `Подписка «${topic}»`,
  edit: 'Изменить',
  editName: (topic: string) => `Изменить подписку «${topic}»`,
  pause: 'Приостановить',
  pauseName: (topic: string) => `Приостановить подписку «${topic}»`,
  resume: 'Возобновить',
  resumeName: (topic: string) => `Возобновить подписку «${topic}»`,
  remove: 'Отписаться',
  removeName: (topic: string) => `Отписаться от «${topic}»`,
  removeHeading: (topic: string) => `Отписаться от «${topic}»?`,
  removeText: 'Рассылка перестанет приходить. Подписаться снова можно в любой момент.',
  removeKeep: 'Оставить подписку',
  removeConfirm: 'Отписаться',

  topic: 'Рассылка',
  chooseTopic: 'Выберите рассылку',
  topicOption: (title: string, agency: string) => `${title} — ${agency}`,
  topicRequired: 'Выберите рассылку.',
  topicExists: 'Вы уже подписаны на эту рассылку: измените существующую подписку.',
  channelsLegend: 'Каналы',
  channelsRequired: 'Выберите хотя бы один канал.',
  frequencyLegend: 'Как часто',
  from: 'Начать с (необязательно)',
  until: 'Закончить (необязательно)',
  untilBeforeFrom: 'Дата окончания раньше даты начала.',
  save: 'Сохранить',
  cancel: 'Отмена',
  fixErrors: 'Проверьте подписку:',

  added: (topic: string) => `Вы подписались на «${topic}».`,
  saved: (topic: string) => `Подписка «${topic}» сохранена.`,
  pausedDone: (topic: string) => `Подписка «${topic}» приостановлена.`,
  resumedDone: (topic: string) => `Подписка «${topic}» возобновлена.`,
  removed: (topic: string) => `Вы отписались от «${topic}».`,
} satisfies Catalog;

export type SubscriptionsMessages = typeof subscriptionsRu;
