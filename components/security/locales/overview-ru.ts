import type { Catalog } from '../../core/i18n/index.js';
import type { TwoFactorMethodKind } from '../types.js';

const METHOD: Record<TwoFactorMethodKind, string> = {
  sms: 'SMS',
  email: 'e-mail',
  totp: 'приложение',
};

/** «Обзор» (`gu-security-overview`): every section's state in one line with its action. */
export const overviewRu = {
  heading: 'Обзор',
  intro: 'Как защищена ваша учётная запись. Выберите раздел, чтобы изменить его.',
  loading: 'Загружаем состояние защиты…',
  loadFailed: 'Не удалось загрузить состояние защиты. Проверьте соединение и попробуйте ещё раз.',
  retry: 'Повторить',
  listLabel: 'Разделы безопасности',

  recommendations: 'Рекомендации',
  recommendTwoFactor: 'Включите двухфакторный вход: без него войти в кабинет сможет любой, кто узнает ваш пароль.',
  recommendTwoFactorAction: 'Включить двухфакторный вход',
  recommendBackup: 'Создайте новые резервные коды: они понадобятся, если телефон будет недоступен.',
  recommendBackupAction: 'Создать резервные коды',
  recommendQuestions: 'Выберите контрольные вопросы: по ним можно восстановить доступ без телефона и почты.',
  recommendQuestionsAction: 'Выбрать контрольные вопросы',

  password: 'Пароль',
  passwordChanged: (date: string) => `Изменён ${date}`,
  passwordNeverChanged: 'Не менялся с регистрации',
  passwordAction: 'Изменить пароль',

  twoFactor: 'Двухфакторный вход',
  twoFactorOn: (methods: string) => `Включён: ${methods}`,
  twoFactorOff: 'Выключен',
  method: (kind: TwoFactorMethodKind) => METHOD[kind],
  twoFactorAction: 'Настроить двухфакторный вход',

  backupCodes: 'Резервные коды',
  backupLeft: {
    one: 'Остался {n} резервный код',
    few: 'Осталось {n} резервных кода',
    many: 'Осталось {n} резервных кодов',
    other: 'Осталось {n} резервного кода',
  },
  backupNone: 'Резервных кодов не осталось',
  backupLow: 'Создайте новые, пока коды не кончились.',
  backupAction: 'Управлять резервными кодами',

  passkeys: 'Ключи доступа',
  passkeyCount: { one: '{n} ключ', few: '{n} ключа', many: '{n} ключей', other: '{n} ключа' },
  passkeysNone: 'Ключей доступа нет',
  passkeyLastUsed: (date: string) => `последний вход ${date}`,
  passkeysAction: 'Управлять ключами доступа',

  questions: 'Контрольные вопросы',
  questionsSet: 'Выбраны',
  questionsNotSet: 'Не выбраны',
  questionsAction: 'Изменить контрольные вопросы',

  devices: 'Доверенные устройства',
  deviceCount: {
    one: '{n} устройство',
    few: '{n} устройства',
    many: '{n} устройств',
    other: '{n} устройства',
  },
  devicesNone: 'Нет доверенных устройств',
  devicesAction: 'Посмотреть доверенные устройства',

  sessions: 'Активные сеансы',
  sessionCount: { one: '{n} сеанс', few: '{n} сеанса', many: '{n} сеансов', other: '{n} сеанса' },
  sessionsOnlyThis: 'Только этот сеанс',
  sessionsAction: 'Посмотреть активные сеансы',

  history: 'История входов',
  failures: {
    one: 'За 7 дней {n} неудачная попытка входа',
    few: 'За 7 дней {n} неудачные попытки входа',
    many: 'За 7 дней {n} неудачных попыток входа',
    other: 'За 7 дней {n} неудачной попытки входа',
  },
  failuresHint: 'Если это были не вы, смените пароль.',
  noFailures: 'Неудачных попыток входа за 7 дней не было',
  historyAction: 'Посмотреть историю входов',

  alerts: 'Оповещения',
  alertsOn: (kinds: string) => `Включены: ${kinds}`,
  alertsOff: 'Выключены',
  alertNewDevice: 'о входе с нового устройства',
  alertPasswordChanged: 'о смене пароля',
  alertTwoFactorChanged: 'об изменении двухфакторного входа',
  alertsAction: 'Настроить оповещения',

  stateGood: 'в порядке',
  stateWarning: 'требует внимания',
} satisfies Catalog;

export type OverviewMessages = typeof overviewRu;
