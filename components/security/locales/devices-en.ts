import type { DevicesMessages } from './devices-ru.js';

export const devicesEn: DevicesMessages = {
  heading: 'Trusted devices',
  intro:
    'These devices skip the one-time code at sign-in. If a device is no longer yours or you do not recognise it, forget it: signing in there will ask for a code again.',
  loading: 'Loading the devices…',
  loadFailed: 'Could not load the devices. Check your connection and try again.',
  retry: 'Retry',
  listLabel: 'Devices',
  thisDevice: 'This device',
  kind: (kind) => ({ computer: 'Computer', phone: 'Phone', tablet: 'Tablet', unknown: 'Device' })[kind],
  unknownBrowser: 'unknown browser',
  place: 'Place',
  placeUnknown: 'unknown',
  lastUsed: 'Last sign-in',
  trustedUntil: 'Trusted until',
  forget: 'Forget',
  forgetName: (device) => `Forget the device: ${device}`,
  forgotten: (device) => `Device forgotten: ${device}. Signing in there will ask for a code again.`,
  forgetAll: 'Forget all devices',
  forgetAllHeading: 'Forget all devices?',
  forgetAllText: 'Signing in on each of them, this one too, will ask for a one-time code. You stay signed in.',
  forgetAllConfirm: 'Forget all',
  cancel: 'Cancel',
  forgottenAll: {
    one: '{n} device forgotten.',
    few: '{n} devices forgotten.',
    many: '{n} devices forgotten.',
    other: '{n} devices forgotten.',
  },
  none: 'There are no trusted devices: every sign-in asks for a one-time code.',
  alreadyForgotten: 'That device has already been forgotten. The list is up to date.',
};
