import type { NotificationChannel } from '../types.js';
import type { AlertKind, AlertsMessages } from './alerts-ru.js';

const KIND: Record<AlertKind, string> = {
  newDevice: 'Sign-in from a new device',
  passwordChanged: 'Password changed',
  twoFactorChanged: 'Two-factor sign-in changed',
};

const ABOUT: Record<AlertKind, string> = {
  newDevice: 'Tell me when someone signs in to my account from a new device or browser',
  passwordChanged: 'Tell me when my password is changed',
  twoFactorChanged: 'Tell me when two-factor sign-in is turned on, off or changed',
};

const CHANNEL: Record<NotificationChannel, string> = {
  portal: 'On the portal',
  email: 'E-mail',
  sms: 'SMS',
  push: 'Push',
};

const BY: Record<NotificationChannel, string> = {
  portal: 'on the portal',
  email: 'by e-mail',
  sms: 'by SMS',
  push: 'by push notification',
};

const UNAVAILABLE: Record<string, string> = {
  'email-unconfirmed': 'your e-mail is not confirmed: confirm it in the notification settings.',
  'phone-unconfirmed': 'your phone is not confirmed: confirm it in the notification settings.',
  'no-push-device': 'push notifications are not on in any browser: turn them on in the notification settings.',
};

export const alertsEn: AlertsMessages = {
  heading: 'Alerts',
  intro: 'We tell you about important events of your account. Choose what to tell and how, then press “Save”.',
  loading: 'Loading the alerts…',
  loadFailed: 'Could not load the alerts. Check your connection and try again.',
  retry: 'Try again',

  kind: (kind: AlertKind) => KIND[kind],
  about: (kind: AlertKind) => ABOUT[kind],
  channels: (kind: AlertKind) => `${KIND[kind]}: how to tell`,
  channel: (channel: NotificationChannel) => CHANNEL[channel],
  channelOf: (kind: AlertKind, channel: NotificationChannel) => `${KIND[kind]} — ${BY[channel]}`,
  sameAsLogin: 'This is the same sign-in alert as in the notification settings: a change here shows there too.',
  notificationsLink: 'Open the notification settings',
  noChannel: 'Choose at least one way, or turn this alert off.',

  save: 'Save',
  saved: 'Alerts saved.',
  fixErrors: 'Check the alerts:',
  conflict:
    'The alerts were changed in another tab, on another device or in the notification settings. We loaded the saved ones and kept your choices on screen: check them and press “Save” again.',
  unavailable: 'Some ways are not available now:',
  unavailableCode: (code: string) => UNAVAILABLE[code] ?? 'this way is not available now.',
  unavailableField: (kind: AlertKind, channel: NotificationChannel, why: string) =>
    `${KIND[kind]} — ${BY[channel]}: ${why}`,
  saveFailedKept: 'Your choices are kept on screen.',
};
