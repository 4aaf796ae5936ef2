import type { SecurityMessages } from './ru.js';

export const securityEn: SecurityMessages = {
  heading: 'Security',
  navLabel: 'Security sections',
  viewOverview: 'Overview',
  viewPassword: 'Password',
  viewTwoFactor: 'Two-factor sign-in',
  viewPasskeys: 'Passkeys',
  viewQuestions: 'Security questions',
  viewDevices: 'Trusted devices',
  viewSessions: 'Active sessions',
  viewHistory: 'Login history',
  viewAlerts: 'Alerts',
  loading: 'Loading the section…',
  loadFailed: 'Could not load the section. Check your connection and try again.',
  retry: 'Retry',
  signedOut: 'Sign in to manage your security.',
};
