import type { FeedMessages } from './feed-ru.js';
import { itemEn } from './item-en.js';

export const feedEn: FeedMessages = {
  ...itemEn,
  heading: 'Notification feed',
  archiveHeading: 'Notification archive',
  loading: 'Loading notifications…',
  loadFailedHeading: 'Could not load the notifications',

  filtersLabel: 'Notification filters',
  show: 'Show',
  showFeed: 'Notifications',
  showArchive: 'Archive',
  search: 'Search',
  searchHint: 'Words of the title or the text',
  find: 'Search',
  category: 'Category',
  allCategories: 'All categories',
  periodLegend: 'Period',
  from: 'From',
  to: 'To',
  dateOrder: 'The “to” date cannot be earlier than the “from” date.',
  unreadOnly: 'Unread only',
  reset: 'Clear the filters',

  unreadCount: { one: '{n} unread', few: '{n} unread', many: '{n} unread', other: '{n} unread' },
  noneUnread: 'All notifications are read',
  found: {
    one: '{n} notification found',
    few: '{n} notifications found',
    many: '{n} notifications found',
    other: '{n} notifications found',
  },
  liveBroken:
    'New notifications are not arriving: the connection to the server is lost. We keep trying — they will appear by themselves.',
  listLabel: 'Notifications',
  skipped: {
    one: 'One notification could not be shown: it arrived damaged.',
    few: '{n} notifications could not be shown: they arrived damaged.',
    many: '{n} notifications could not be shown: they arrived damaged.',
    other: '{n} notifications could not be shown: they arrived damaged.',
  },
  newItems: {
    one: '{n} new notification',
    few: '{n} new notifications',
    many: '{n} new notifications',
    other: '{n} new notifications',
  },

  markAllRead: 'Mark all as read',
  markAllQuestion: {
    one: 'Mark {n} notification as read?',
    few: 'Mark {n} notifications as read?',
    many: 'Mark {n} notifications as read?',
    other: 'Mark {n} notifications as read?',
  },
  markAllConfirm: 'Mark as read',
  cancel: 'Cancel',
  markedAll: {
    one: '{n} notification marked as read.',
    few: '{n} notifications marked as read.',
    many: '{n} notifications marked as read.',
    other: '{n} notifications marked as read.',
  },

  archivedOne: (title: string) => `“${title}” moved to the archive.`,
  undo: 'Undo',
  undone: (title: string) => `“${title}” is back from the archive.`,
  unarchived: (title: string) => `“${title}” is back in the feed.`,
  archiveAction: (title: string) => `Archive: ${title}`,
  unarchiveAction: (title: string) => `Restore from the archive: ${title}`,

  pagination: 'Notification pages',
  prevPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,

  emptyHeading: 'No notifications yet',
  emptyText: 'Application statuses, charges, payment reminders and messages from agencies will appear here.',
  emptyArchiveHeading: 'The archive is empty',
  emptyArchiveText: 'Notifications you move to the archive will be here.',
  nothingFoundHeading: 'Nothing found',
  nothingFoundText: 'No notification matches the filters and the search.',
};
