import type { Catalog } from '../../core/i18n/index.js';

/** The bell's popover (loaded when it first opens): the newest five and «Все уведомления». */
export const bellPopoverRu = {
  heading: 'Последние уведомления',
  all: 'Все уведомления',
  /** «3 непрочитанных» under the heading. */
  unread: {
    one: '{n} непрочитанное',
    few: '{n} непрочитанных',
    many: '{n} непрочитанных',
    other: '{n} непрочитанного',
  },
  unreadMark: 'Не прочитано',
  empty: 'Уведомлений пока нет.',
  loading: 'Загружаем уведомления…',
  failed: 'Не удалось загрузить уведомления. Проверьте соединение и попробуйте ещё раз.',
  retry: 'Повторить',
} satisfies Catalog;

export type BellPopoverMessages = typeof bellPopoverRu;
