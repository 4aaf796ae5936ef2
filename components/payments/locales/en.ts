import type { PaymentsMessages } from './ru.js';

export const paymentsEn: PaymentsMessages = {
  heading: 'Payments',
  navLabel: 'Payment sections',
  viewCharges: 'Charges',
  viewHistory: 'Payment history',
  viewDocuments: 'Documents for search',
  viewCards: 'Cards and autopay',
  loading: 'Loading the section…',
  loadFailed: 'The section could not be loaded. Check the connection and try again.',
  retry: 'Try again',
  signedOut: 'Sign in to see your charges and payments.',
  selectionKept: 'Your selected charges are kept: after signing in you can continue paying.',
};
