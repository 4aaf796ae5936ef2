import type { DetailMessages } from './detail-ru.js';
import { itemEn } from './item-en.js';

export const detailEn: DetailMessages = {
  ...itemEn,
  loadingHeading: 'Notification',
  loading: 'Loading the notification…',
  loadFailedHeading: 'Could not load the notification',
  notFoundHeading: 'Notification not found',
  notFoundText: 'It may have been deleted in another tab or on another device.',
  back: 'Back to notifications',
  actionsLabel: 'Notification actions',
  remove: 'Delete',
  removeQuestion: 'Delete the notification?',
  removeLogged:
    'A deleted notification cannot be restored. The deletion is recorded in your account’s operations history.',
  removeConfirm: 'Delete for good',
  cancel: 'Cancel',
  removed: 'The notification is deleted.',
  removedLog: (title: string, when: string) => `An entry “${title}” of ${when} was added to the operations history.`,
  archivedHere: 'The notification is moved to the archive.',
  unarchivedHere: 'The notification is back in the feed.',
};
