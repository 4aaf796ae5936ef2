import type { NotificationCategory, NotificationChannel, NotificationFrequency } from '../types.js';
import type { SettingsMessages } from './settings-ru.js';

const CATEGORY: Record<NotificationCategory, string> = {
  security: 'Security',
  applications: 'Applications',
  charges: 'Charges and fines',
  'payment-due': 'Payment deadlines',
  payments: 'Payments',
  documents: 'Documents ready',
  appointments: 'Appointments',
  messages: 'Messages from agencies',
  news: 'News',
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

const FREQUENCY: Record<NotificationFrequency, string> = {
  instant: 'Instantly',
  daily: 'Daily digest',
  weekly: 'Weekly digest',
};

export const settingsEn: SettingsMessages = {
  heading: 'Notification settings',
  loading: 'Loading the settings…',
  loadFailed: 'Could not load the notification settings.',
  retry: 'Try again',
  intro: 'Choose what to tell you about and how. Changes take effect when you press «Apply».',

  channelsHeading: 'Channels and frequency',
  tableCaption: 'Notification channels by category',
  categoryColumn: 'Category',
  frequencyColumn: 'How often',
  category: (category) => CATEGORY[category],
  channel: (channel) => CHANNEL[channel],
  channelOf: (category, channel) => `${category} — ${BY[channel]}`,
  frequencyOf: (category) => `${category} — how often`,
  frequency: (frequency) => FREQUENCY[frequency],
  digestNote: 'A digest comes by e-mail, SMS and push; on the portal notifications show at once.',

  emailUnconfirmed: (value) =>
    `The e-mail ${value} is not confirmed: e-mail notifications are off until you confirm it.`,
  phoneUnconfirmed: (value) => `The phone ${value} is not confirmed: SMS are off until you confirm it.`,
  emailMissing: 'Your profile has no e-mail: e-mail notifications are not available.',
  phoneMissing: 'Your profile has no phone number: SMS are not available.',
  pushOff: 'Push notifications are not on in any browser: turn them on below, under «Push notifications».',
  confirmEmail: 'Confirm e-mail',
  confirmPhone: 'Confirm phone',
  codeSent: (to) => `The code was sent to ${to}.`,
  codeLabelEmail: 'Code from the e-mail',
  codeLabelPhone: 'Code from the SMS',
  codeHint: '6 digits',
  codeInvalid: 'Enter the 6 digits of the code.',
  wrongCode: 'Wrong code. Check it and enter it again.',
  codeExpired: 'The code is no longer valid. Ask for a new one.',
  submitCode: 'Confirm',
  resend: 'Send the code again',
  cancel: 'Cancel',
  emailConfirmed: 'E-mail confirmed: you can now get notifications by e-mail.',
  phoneConfirmed: 'Phone confirmed: you can now get SMS.',

  quietHeading: 'Quiet hours',
  quietEnabled: 'No SMS or push during quiet hours',
  quietHint: (zone) => `Time as HH:MM (${zone}). What comes during quiet hours is sent when they end.`,
  quietFrom: 'From',
  quietTo: 'To',
  timeInvalid: 'Enter a time as HH:MM, e.g. 22:00.',
  timeSame: 'Quiet hours start and end at the same time: choose different times.',

  loginHeading: 'Sign-in alerts',
  loginEnabled: 'Tell me when someone signs in to my account from a new device or browser',
  loginChannels: 'How to tell you about sign-ins',
  loginChannelOf: (channel) => `Sign-in alerts — ${BY[channel]}`,
  loginNoChannel: 'Choose at least one way to alert you about sign-ins.',
  securityLink: 'Other security settings',

  pushHeading: 'Push notifications',
  pushIntro: 'The browser shows push notifications even when the portal is closed.',
  pushEnable: 'Turn on push in this browser',
  pushEnabledHere: 'Push notifications are on in this browser.',
  pushEnabled: (label) => `Push notifications are on: ${label}. You can now choose them in the table above.`,
  pushUnsupported:
    'This browser cannot show push notifications. Notifications will come to the portal, by e-mail and SMS.',
  pushDenied:
    'You blocked notifications for this site. To allow them: click the icon to the left of the site address, open the site settings, set «Notifications» to «Allow» — then press «Turn on push in this browser» again.',
  pushDismissed:
    'The browser was not given permission to show notifications. Press the button again and choose «Allow».',
  pushNoWorker: 'The portal does not take push notifications in this browser yet. Try later or choose another channel.',
  pushFailed: 'The browser could not subscribe to push notifications. Try again later.',
  devicesHeading: 'Browsers with push notifications',
  noDevices: 'None yet.',
  thisBrowser: 'this browser',
  deviceSince: (date) => `since ${date}`,
  deviceOff: 'Turn off',
  deviceOffName: (label) => `Turn off push: ${label}`,
  deviceRemoved: (label) => `Push notifications turned off: ${label}.`,

  remindersHeading: 'Payment reminders',
  remindersIntro: 'Reminders to pay utility bills are set up in autopay.',
  reminder: (days) => `reminder ${days} before the due date`,
  noReminders: 'No payment reminders.',
  remindersLink: 'Set up in «Payments»',
  days: { one: '{n} day', few: '{n} days', many: '{n} days', other: '{n} days' },

  apply: 'Apply',
  saved: 'Notification settings saved.',
  unchanged: 'You have not changed anything.',
  fixErrors: 'Check the settings:',
  conflict:
    'The settings were changed in another tab or on another device. We loaded the saved ones and kept your choices on screen: check them and press «Apply» again.',
  unavailable: 'Some channels are not available now:',
  unavailableField: (category, channel) => `${category} — ${BY[channel]}: the channel is not available.`,
  saveFailedKept: 'Your choices are kept on screen.',

  subscriptionsLoading: 'Loading the subscriptions…',
};
