import type { PluralForms } from '../../core/i18n/format.js';
import type { DeviceKind, LoginFailureReason, LoginMethod, LoginResult, LoginSecondFactor } from '../types.js';
import type { HistoryMessages, loginEventLabelsRu } from './history-ru.js';

/** How a sign-in is described, in English. */
export const loginEventLabelsEn: typeof loginEventLabelsRu = {
  kind: (kind: DeviceKind): string =>
    ({ computer: 'Computer', phone: 'Phone', tablet: 'Tablet', unknown: 'Device' })[kind],
  unknownBrowser: 'unknown browser',
  placeUnknown: 'place unknown',
  methodName: (method: LoginMethod): string =>
    ({
      password: 'Password',
      passkey: 'Passkey',
      qr: 'QR code',
      signature: 'E-signature',
      bank: 'Via a bank',
      recovery: 'Access recovery',
      registration: 'Registration',
      reauthentication: 'Re-authentication',
    })[method],
  secondFactorName: (factor: LoginSecondFactor): string =>
    ({
      sms: 'SMS code',
      email: 'e-mail code',
      totp: 'authenticator app',
      'backup-code': 'backup code',
      'trusted-device': 'trusted device',
    })[factor],
  withSecondFactor: (method: string, factor: string): string => `${method} + ${factor}`,
};

/** «История входов» in English (loaded when the page is in English). */
export const historyEn: HistoryMessages = {
  ...loginEventLabelsEn,
  heading: 'Sign-in history',
  intro:
    'Every sign-in to your account and every failed attempt of late. If you do not recognise a sign-in, press «It was not me» — we will show you what to do.',
  loading: 'Loading the sign-in history…',
  loadFailed: 'Could not load the sign-in history',
  filtersLabel: 'Filter sign-ins',
  result: 'Result',
  anyResult: 'All',
  resultFilter: (result: LoginResult): string =>
    ({ success: 'Successful sign-ins', failure: 'Failed attempts' })[result],
  method: 'Sign-in method',
  anyMethod: 'All methods',
  periodLegend: 'Period',
  from: 'From',
  to: 'To',
  apply: 'Show',
  reset: 'Clear the filters',
  dateIncomplete: 'Enter the whole date: day, month and year.',
  dateInFuture: 'The date cannot be later than today.',
  dateOrder: 'The period ends before it starts.',
  found: { one: '{n} sign-in found', other: '{n} sign-ins found' } as PluralForms,
  emptyHeading: 'No sign-ins yet',
  emptyText: 'Sign-ins to your account and failed attempts will appear here.',
  nothingFoundHeading: 'No such sign-ins',
  nothingFoundText: 'Change the filters or clear them.',
  exportCsv: 'Download CSV',
  exportLabel: 'Download CSV: the sign-in history, filtered',
  exportFailed: 'Could not download the file.',
  exported: (fileName: string): string => `The file ${fileName} is saved.`,
  tableCaption: 'Sign-ins to your account, newest first',
  columnTime: 'Date and time',
  columnDevice: 'Device',
  columnPlace: 'Place and IP address',
  columnMethod: 'Method',
  columnResult: 'Result',
  columnAction: 'Action',
  success: 'Signed in',
  failure: 'Failed attempt',
  reasonName: (reason: LoginFailureReason): string =>
    ({
      'wrong-password': 'wrong password',
      'wrong-code': 'wrong code',
      'code-expired': 'the code expired',
      'account-locked': 'sign-in blocked after failed attempts',
      'factor-locked': 'confirmation blocked after wrong codes',
      'passkey-failed': 'the passkey failed verification',
      'wrong-answers': 'wrong answers to the security questions',
    })[reason],
  failureWithReason: (reason: string): string => `Failed attempt: ${reason}`,
  thisLogin: 'This sign-in',
  newDevice: 'New device',
  reported: 'You reported it',
  notMe: 'It was not me',
  notMeLabel: (when: string, where: string): string => `It was not me: sign-in on ${when}, ${where}`,
  pagination: 'Pages of the sign-in history',
  prevPage: 'Previous',
  nextPage: 'Next',
  pageOf: (page: string, pages: string): string => `Page ${page} of ${pages}`,
  updated: 'The sign-in history is updated: there are new entries.',
};
