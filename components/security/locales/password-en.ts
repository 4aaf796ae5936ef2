import { plural } from '../../core/i18n/format.js';
import type { PasswordMessages } from './password-ru.js';

const tries = (n: number): string =>
  plural('en', n, { one: '{n} try left', few: '{n} tries left', many: '{n} tries left', other: '{n} tries left' });
const minutes = (n: number): string =>
  plural('en', n, { one: '{n} minute', few: '{n} minutes', many: '{n} minutes', other: '{n} minutes' });

export const passwordEn: PasswordMessages = {
  heading: 'Change the password',
  intro: 'We confirm the new password with a code by SMS.',
  changedAt: (date: string): string => `The password was changed on ${date}.`,
  loading: 'Loading the password requirements…',
  current: 'Current password',
  next: 'New password',
  repeat: 'Repeat the new password',
  currentRequired: 'Enter the current password',
  nextRequired: 'Enter a new password',
  repeatRequired: 'Repeat the new password',
  mismatch: 'The passwords do not match',
  tooLong: (max: number, length: number): string =>
    `The password must have at most ${max} characters, it has ${length}`,
  fix: 'Fix the errors in the form.',
  getCode: 'Get a code',
  wrongPassword: (left?: number): string =>
    left === undefined
      ? 'Wrong current password.'
      : left === 0
        ? 'Wrong current password. The next mistake locks the sign-in.'
        : `Wrong current password. ${tries(left)}, then the sign-in is locked.`,
  locked: (n: number, at: string): string =>
    `Too many wrong tries: the sign-in is locked. Try again in ${minutes(n)}, at ${at}.`,
  rejected: (code: string): string =>
    ({
      'password-reused': 'You used this password before. Choose one that is not among your last five.',
      'password-same': 'The new password is the same as the current one.',
      'password-blocklisted': 'This password is too common or appeared in breaches. Choose another one.',
      'password-personal-data': 'The password contains your data: name, phone, SNILS or e-mail. Choose another one.',
      'password-too-short': 'The password is too short.',
      'password-too-long': 'The password is too long.',
      'password-no-upper': 'The password lacks an upper-case letter.',
      'password-no-lower': 'The password lacks a lower-case letter.',
      'password-no-digit': 'The password lacks a digit.',
      'password-no-special': 'The password lacks a special character.',
    })[code] ?? 'This password does not fit. Choose another one.',
  codeHeading: 'Confirm the change',
  codeSent: (to: string, time: string): string => `The code was sent to ${to}. It works until ${time}.`,
  code: 'Code from the SMS',
  codeRequired: (n: number): string => `Enter the ${n}-digit code`,
  attemptsLeft: (n: number): string => `${tries(n)} to enter the code.`,
  wrongCode: (left?: number): string => (left === undefined ? 'Wrong code.' : `Wrong code. ${tries(left)}.`),
  codeExpired: 'The code has expired. Request a new one.',
  codeExhausted: 'The code no longer works: too many errors. Request a new one.',
  factorLocked: (n: number, at: string): string => `Too many wrong codes. Try again in ${minutes(n)}, at ${at}.`,
  endSessions: 'End all other sessions',
  endSessionsHint: 'Sign out on every other device and browser. This session stays.',
  confirm: 'Change the password',
  back: 'Back',
  resend: 'Send the code again',
  resendIn: (seconds: number): string =>
    `You can request a new code in ${plural('en', seconds, {
      one: '{n} second',
      few: '{n} seconds',
      many: '{n} seconds',
      other: '{n} seconds',
    })}.`,
  resent: (to: string): string => `A new code was sent to ${to}. The previous one no longer works.`,
  tooManyCodes: (n: number): string => `Too many codes sent. You can request a new one in ${minutes(n)}.`,
  done: 'The password is changed',
  doneText: 'Sign in with the new password.',
  ended: (n: number): string =>
    n === 0
      ? 'There were no other sessions.'
      : plural('en', n, {
          one: '{n} other session ended.',
          few: '{n} other sessions ended.',
          many: '{n} other sessions ended.',
          other: '{n} other sessions ended.',
        }),
  again: 'Change the password again',
};
