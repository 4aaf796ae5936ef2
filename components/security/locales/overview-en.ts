import type { TwoFactorMethodKind } from '../types.js';
import type { OverviewMessages } from './overview-ru.js';

const METHOD: Record<TwoFactorMethodKind, string> = {
  sms: 'SMS',
  email: 'e-mail',
  totp: 'authenticator app',
};

export const overviewEn: OverviewMessages = {
  heading: 'Overview',
  intro: 'How your account is protected. Choose a section to change it.',
  loading: 'Loading your account’s protection…',
  loadFailed: 'Could not load your account’s protection. Check your connection and try again.',
  retry: 'Try again',
  listLabel: 'Security sections',

  recommendations: 'Recommendations',
  recommendTwoFactor: 'Turn on two-factor sign-in: without it anyone who learns your password can sign in.',
  recommendTwoFactorAction: 'Turn on two-factor sign-in',
  recommendBackup: 'Make new backup codes: you will need them if your phone is not at hand.',
  recommendBackupAction: 'Make backup codes',
  recommendQuestions: 'Choose security questions: they restore access without your phone or e-mail.',
  recommendQuestionsAction: 'Choose security questions',

  password: 'Password',
  passwordChanged: (date: string) => `Changed on ${date}`,
  passwordNeverChanged: 'Not changed since registration',
  passwordAction: 'Change password',

  twoFactor: 'Two-factor sign-in',
  twoFactorOn: (methods: string) => `On: ${methods}`,
  twoFactorOff: 'Off',
  method: (kind: TwoFactorMethodKind) => METHOD[kind],
  twoFactorAction: 'Set up two-factor sign-in',

  backupCodes: 'Backup codes',
  backupLeft: {
    one: '{n} backup code left',
    few: '{n} backup codes left',
    many: '{n} backup codes left',
    other: '{n} backup codes left',
  },
  backupNone: 'No backup codes left',
  backupLow: 'Make new ones before they run out.',
  backupAction: 'Manage backup codes',

  passkeys: 'Passkeys',
  passkeyCount: { one: '{n} passkey', few: '{n} passkeys', many: '{n} passkeys', other: '{n} passkeys' },
  passkeysNone: 'No passkeys',
  passkeyLastUsed: (date: string) => `last used on ${date}`,
  passkeysAction: 'Manage passkeys',

  questions: 'Security questions',
  questionsSet: 'Chosen',
  questionsNotSet: 'Not chosen',
  questionsAction: 'Change security questions',

  devices: 'Trusted devices',
  deviceCount: { one: '{n} device', few: '{n} devices', many: '{n} devices', other: '{n} devices' },
  devicesNone: 'No trusted devices',
  devicesAction: 'See trusted devices',

  sessions: 'Active sessions',
  sessionCount: { one: '{n} session', few: '{n} sessions', many: '{n} sessions', other: '{n} sessions' },
  sessionsOnlyThis: 'Only this session',
  sessionsAction: 'See active sessions',

  history: 'Sign-in history',
  failures: {
    one: '{n} failed sign-in attempt in 7 days',
    few: '{n} failed sign-in attempts in 7 days',
    many: '{n} failed sign-in attempts in 7 days',
    other: '{n} failed sign-in attempts in 7 days',
  },
  failuresHint: 'If it was not you, change your password.',
  noFailures: 'No failed sign-in attempts in 7 days',
  historyAction: 'See sign-in history',

  alerts: 'Alerts',
  alertsOn: (kinds: string) => `On: ${kinds}`,
  alertsOff: 'Off',
  alertNewDevice: 'sign-in from a new device',
  alertPasswordChanged: 'password changed',
  alertTwoFactorChanged: 'two-factor sign-in changed',
  alertsAction: 'Set up alerts',

  stateGood: 'fine',
  stateWarning: 'needs attention',
};
