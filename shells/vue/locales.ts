/** The Vue host's own strings (the widget has its own catalogs). */
export interface VueHostMessages {
  /** The page title and heading. */
  title: string;
  brand: string;
  /** The accessible name of the group of host controls. */
  controls: string;
  signIn: string;
  signInFailed: string;
  /** The locale button: names the other language, in that language. */
  otherLocale: string;
  otherLocaleTag: 'ru' | 'en';
  pageSize: (size: number) => string;
  lastOpened: (number: string) => string;
  noneOpened: string;
  about: string;
}

export const vueRu: VueHostMessages = {
  title: 'Личный кабинет в приложении на Vue',
  brand: 'Приложение на Vue',
  controls: 'Настройки приложения',
  signIn: 'Войти как тестовый гражданин',
  signInFailed: 'Не удалось войти. Попробуйте ещё раз.',
  otherLocale: 'English',
  otherLocaleTag: 'en',
  pageSize: (size) => `По ${size} заявлений на странице`,
  lastOpened: (number) => `Последнее открытое заявление: № ${number}`,
  noneOpened: 'Вы ещё не открывали заявление.',
  about:
    'Состояние страницы (язык, настройки списка) хранит Vue; виджет получает их свойствами и сообщает об открытом заявлении событием.',
};

export const vueEn: VueHostMessages = {
  title: 'Personal account in a Vue application',
  brand: 'Vue application',
  controls: 'Application settings',
  signIn: 'Sign in as a test citizen',
  signInFailed: 'Could not sign in. Please try again.',
  otherLocale: 'Русский',
  otherLocaleTag: 'ru',
  pageSize: (size) => `${size} applications per page`,
  lastOpened: (number) => `Last opened application: No. ${number}`,
  noneOpened: 'You have not opened an application yet.',
  about:
    'Vue holds the page state (language, list settings); the widget receives it as properties and reports the opened application with an event.',
};

export const VUE_HOST_MESSAGES = { ru: vueRu, en: vueEn } as const;
export type VueHostLocale = keyof typeof VUE_HOST_MESSAGES;
