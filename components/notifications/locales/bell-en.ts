import type { BellMessages } from './bell-ru.js';

export const bellEn: BellMessages = {
  name: 'Notifications',
  unread: {
    one: '{n} unread',
    few: '{n} unread',
    many: '{n} unread',
    other: '{n} unread',
  },
  none: 'none unread',
  burst: (count: string) => `New notifications: ${count}`,
};
