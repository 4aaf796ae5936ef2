import type { Catalog } from '../../core/i18n/catalog.js';
import type { PluralForms } from '../../core/i18n/format.js';
import { loginEventLabelsRu } from './history-ru.js';

/** «Это был не я» of <gu-security-settings> (parts/incident.ts); Russian is the source. */
export const incidentRu = {
  ...loginEventLabelsRu,
  heading: 'Это был не я',
  loading: 'Загружаем сведения о входе…',
  loadFailed: 'Не удалось загрузить сведения о входе',
  notFoundHeading: 'Вход не найден',
  notFoundText: 'Такого входа нет в истории вашей учётной записи. Откройте историю входов и выберите вход там.',
  intro: 'Вы не узнаёте этот вход:',
  eventLabel: 'Вход, о котором идёт речь',
  when: 'Когда',
  device: 'Устройство',
  place: 'Место и IP-адрес',
  method: 'Способ входа',
  stepsIntro: 'Сделайте эти четыре шага — каждый прямо здесь. Так вы вернёте учётную запись под свой контроль.',
  stepsLabel: 'Что сделать',
  done: 'Сделано',
  notDone: 'Не сделано',
  passwordHeading: 'Смените пароль',
  passwordText: 'Тот, кто вошёл, мог узнать ваш пароль. Придумайте новый, которого вы нигде не используете.',
  passwordOpen: 'Сменить пароль',
  passwordClose: 'Свернуть смену пароля',
  passwordLoadFailed: 'Не удалось открыть смену пароля. Проверьте подключение и повторите.',
  passwordDone: 'Пароль изменён.',
  retry: 'Повторить',
  sessionsHeading: 'Завершите другие сеансы',
  sessionsText: 'Все другие браузеры и приложения, где выполнен вход, выйдут из кабинета. Эта страница останется.',
  sessionsEnd: 'Завершить все другие сеансы',
  sessionsDialogHeading: 'Завершить все другие сеансы?',
  sessionsDialogText:
    'Во всех других браузерах и приложениях потребуется войти снова. На этой странице вы останетесь в системе.',
  sessionsConfirm: 'Завершить другие сеансы',
  cancel: 'Отмена',
  sessionsEnded: {
    one: 'Завершён {n} сеанс.',
    few: 'Завершено {n} сеанса.',
    many: 'Завершено {n} сеансов.',
    other: 'Завершено {n} сеанса.',
  } as PluralForms,
  sessionsNone: 'Других сеансов не было: вход выполнен только здесь.',
  twoFactorHeading: 'Включите двухфакторную защиту',
  twoFactorText: 'Тогда одного пароля для входа будет мало: понадобится ещё код или ключ доступа.',
  twoFactorOn: 'Двухфакторная защита уже включена.',
  twoFactorOpen: 'Включить двухфакторную защиту',
  twoFactorUnknown: 'Не удалось узнать, включена ли двухфакторная защита.',
  reportHeading: 'Сообщите нам',
  reportText:
    'Служба информационной безопасности проверит вход. Номер обращения понадобится, если вы позвоните в поддержку.',
  commentLabel: 'Что вы заметили (необязательно)',
  commentHint: 'Например: «в это время я спал, телефон был у меня».',
  commentTooLong: (max: string, now: string): string => `Не больше ${max} символов, сейчас ${now}.`,
  report: 'Сообщить',
  reported: (reference: string): string => `Обращение № ${reference} принято. Мы проверим этот вход.`,
  alreadyReported: 'Вы уже сообщили об этом входе.',
  back: 'Назад к истории входов',
} satisfies Catalog;

export type IncidentMessages = typeof incidentRu;
