import type { NotificationsMessages } from './ru.js';

export const notificationsEn: NotificationsMessages = {
  heading: 'Notifications',
  navLabel: 'Notification sections',
  viewFeed: 'All notifications',
  viewSettings: 'Notification settings',
  loading: 'Loading the section…',
  loadFailed: 'Could not load the section. Check your connection and try again.',
  retry: 'Try again',
  signedOut: 'Sign in to see your notifications.',
};
