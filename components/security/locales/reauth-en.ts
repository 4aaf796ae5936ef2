import { plural } from '../../core/i18n/format.js';
import type { ReauthMessages } from './reauth-ru.js';

export const reauthEn: ReauthMessages = {
  heading: 'Confirm it is you',
  intro: 'This is an important change. Enter the password of your account again.',
  introPasskey: 'This is an important change. Enter the password of your account again or use a passkey.',
  password: 'Password',
  confirm: 'Confirm',
  cancel: 'Cancel',
  passkey: 'Confirm with a passkey',
  or: 'or',
  passwordRequired: 'Enter the password',
  wrongPassword: (left?: number): string =>
    left === undefined
      ? 'Wrong password.'
      : left === 0
        ? 'Wrong password. The next mistake locks the sign-in.'
        : `Wrong password. ${plural('en', left, {
            one: '{n} try left',
            few: '{n} tries left',
            many: '{n} tries left',
            other: '{n} tries left',
          })}, then the sign-in is locked.`,
  locked: (minutes: number, at: string): string =>
    `Too many wrong tries: the sign-in is locked. Try again in ${plural('en', minutes, {
      one: '{n} minute',
      few: '{n} minutes',
      many: '{n} minutes',
      other: '{n} minutes',
    })}, at ${at}.`,
  passkeyUnsupported: 'This browser cannot use passkeys. Enter the password.',
  passkeyCancelled: 'The passkey did not confirm it. Try again or enter the password.',
  passkeyNone: 'The account has no passkeys. Enter the password.',
  confirmed: 'Confirmed. Going on.',
};
