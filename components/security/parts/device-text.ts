import type { DeviceKind } from '../types.js';

/** The words a part's catalog gives for a device (sessions and trusted devices both have them). */
export interface DeviceWords {
  kind(kind: DeviceKind): string;
  unknownBrowser: string;
}

interface DeviceFacts {
  kind: DeviceKind;
  browser: string;
  os: string;
  place?: string;
}

/** «Телефон, Safari, iOS» — a session's or trusted device's heading, and the start of its controls' names. */
export function deviceText(words: DeviceWords, item: DeviceFacts): string {
  return [words.kind(item.kind), item.browser || words.unknownBrowser, item.os].filter(Boolean).join(', ');
}

/** The device and the place («Телефон, Safari, iOS — Архангельск»): what confirmations and announcements call it. */
export function deviceLabel(words: DeviceWords, item: DeviceFacts): string {
  const device = deviceText(words, item);
  return item.place ? `${device} — ${item.place}` : device;
}
