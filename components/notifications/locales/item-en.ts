import type { NotificationCategory, NotificationLinkKind } from '../types.js';
import type { itemRu } from './item-ru.js';

const CATEGORY: Record<NotificationCategory, string> = {
  applications: 'Applications',
  charges: 'Charges and fines',
  'payment-due': 'Payment due',
  payments: 'Payments',
  documents: 'Documents',
  security: 'Security',
  appointments: 'Appointments',
  messages: 'Messages from agencies',
  news: 'News',
};

const LINK: Record<NotificationLinkKind, string> = {
  application: 'Open the application',
  charge: 'Go to the charge',
  payment: 'Open the payment',
  security: 'Go to the security event',
  document: 'Open the document',
  appointment: 'Open the appointment',
  message: 'Open the message',
  page: 'Details',
};

export const itemEn: typeof itemRu = {
  categoryName: (category: NotificationCategory) => CATEGORY[category],
  linkText: (kind: NotificationLinkKind) => LINK[kind],
  unread: 'New',
  securitySettings: 'Review in the security settings',
  sender: 'From',
  date: 'Date',
  markRead: 'Mark as read',
  markUnread: 'Mark as unread',
  archive: 'Archive',
  unarchive: 'Restore from the archive',
  archivedBadge: 'Archived',
  markedUnread: 'The notification is unread again.',
  markedRead: 'The notification is marked as read.',
  actionFailed: 'The action could not be done.',
};
