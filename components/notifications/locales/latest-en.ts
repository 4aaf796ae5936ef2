import { bellEn } from './bell-en.js';
import { itemEn } from './item-en.js';
import type { LatestMessages } from './latest-ru.js';

export const latestEn: LatestMessages = {
  heading: 'Latest notifications',
  all: 'All notifications',
  categoryName: itemEn.categoryName,
  unread: itemEn.unread,
  burst: bellEn.burst,
  checking: 'Checking the sign-in…',
  signedOut: 'Sign in to see your notifications.',
  signIn: 'Sign in',
  loading: 'Loading notifications…',
  failed: 'Could not load the notifications. Check the connection and try again.',
  retry: 'Try again',
  empty: 'No notifications yet.',
};
