import type { Catalog } from '../../core/i18n/index.js';

/** <gu-security-settings>' own strings (the frame: heading, navigation, states); each part has its own catalog. */
export const securityRu = {
  heading: 'Безопасность',
  navLabel: 'Разделы безопасности',
  viewOverview: 'Обзор',
  viewPassword: 'Пароль',
  viewTwoFactor: 'Двухфакторный вход',
  viewPasskeys: 'Ключи доступа',
  viewQuestions: 'Контрольные вопросы',
  viewDevices: 'Доверенные устройства',
  viewSessions: 'Активные сеансы',
  viewHistory: 'История входов',
  viewAlerts: 'Оповещения',
  loading: 'Загружаем раздел…',
  loadFailed: 'Не удалось загрузить раздел. Проверьте соединение и попробуйте ещё раз.',
  retry: 'Повторить',
  signedOut: 'Войдите, чтобы настроить безопасность.',
} satisfies Catalog;

export type SecurityMessages = typeof securityRu;
