import type { BellPopoverMessages } from './bell-popover-ru.js';

export const bellPopoverEn: BellPopoverMessages = {
  heading: 'Latest notifications',
  all: 'All notifications',
  unread: {
    one: '{n} unread',
    few: '{n} unread',
    many: '{n} unread',
    other: '{n} unread',
  },
  unreadMark: 'Unread',
  empty: 'No notifications yet.',
  loading: 'Loading notifications…',
  failed: 'Could not load the notifications. Check the connection and try again.',
  retry: 'Try again',
};
