import type { Catalog } from '../../core/i18n/index.js';

/** <gu-notification-bell>' first-render strings: the button's name and the burst's words (the popover has its own). */
export const bellRu = {
  /** The button's accessible name: «Уведомления» (count not known yet), «Уведомления, 3 непрочитанных». */
  name: 'Уведомления',
  unread: {
    one: '{n} непрочитанное',
    few: '{n} непрочитанных',
    many: '{n} непрочитанных',
    other: '{n} непрочитанного',
  },
  none: 'нет непрочитанных',
  /** New ones arrived, said once per burst: «Новых уведомлений: 4». */
  burst: (count: string) => `Новых уведомлений: ${count}`,
} satisfies Catalog;

export type BellMessages = typeof bellRu;
