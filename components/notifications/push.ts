/**
 * Web Push in this browser for «Настройки уведомлений»: asks the browser's permission only when the citizen turns push
 * on, subscribes through the portal's service worker registration (its scope: the element's `push-worker-scope`; the
 * worker itself is the portal's — docs/push-service-worker.md says what it must do) with the settings' VAPID public
 * key, and gives back what POST /push-subscriptions takes. Loaded with the settings part.
 */
import type { PushSubscriptionRequest } from './settings-api.js';

/** Why push could not be turned on: each has its own explanation for the citizen. */
export type PushRefusal = 'unsupported' | 'denied' | 'dismissed' | 'no-worker' | 'failed';

export class PushRefusedError extends Error {
  constructor(readonly reason: PushRefusal) {
    super(`Push refused: ${reason}`);
    this.name = 'PushRefusedError';
  }
}

/** Whether this browser can do Web Push at all. */
export function pushSupported(): boolean {
  return typeof Notification !== 'undefined' && 'serviceWorker' in navigator && typeof PushManager !== 'undefined';
}

/** The page's notification permission now (`unsupported` where there is no push). */
export function pushPermission(): NotificationPermission | 'unsupported' {
  return pushSupported() ? Notification.permission : 'unsupported';
}

/** A base64url VAPID key as the bytes PushManager.subscribe takes. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const text = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** «Chrome, Linux»: what the list of devices says about this browser. */
export function deviceLabel(): string {
  const ua = navigator.userAgent;
  const browser = /YaBrowser\//.test(ua)
    ? 'Яндекс Браузер'
    : /Edg\//.test(ua)
      ? 'Edge'
      : /OPR\//.test(ua)
        ? 'Opera'
        : /Firefox\//.test(ua)
          ? 'Firefox'
          : /Chrome\/|Chromium\//.test(ua)
            ? 'Chrome'
            : /Safari\//.test(ua)
              ? 'Safari'
              : 'Browser';
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  return system ? `${browser}, ${system}` : browser;
}

async function registrationFor(scope: string): Promise<ServiceWorkerRegistration | undefined> {
  const url = scope ? new URL(scope, document.baseURI).href : undefined;
  return navigator.serviceWorker.getRegistration(url);
}

/**
 * Turns push on in this browser: the permission (asked now, never before), the portal's worker registration, the
 * subscription with `publicKey`. Rejects with PushRefusedError saying why not.
 */
export async function subscribePush(publicKey: string, scope: string): Promise<PushSubscriptionRequest> {
  if (!pushSupported()) throw new PushRefusedError('unsupported');
  const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
  if (permission === 'denied') throw new PushRefusedError('denied');
  if (permission !== 'granted') throw new PushRefusedError('dismissed');
  const registration = await registrationFor(scope).catch(() => undefined);
  if (!registration?.pushManager) throw new PushRefusedError('no-worker');
  let subscription: PushSubscription;
  try {
    subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
  } catch {
    throw new PushRefusedError('failed');
  }
  const json = subscription.toJSON();
  const p256dh = json.keys?.['p256dh'];
  const auth = json.keys?.['auth'];
  if (!json.endpoint || !p256dh || !auth) throw new PushRefusedError('failed');
  return {
    endpoint: json.endpoint,
    expirationTime: json.expirationTime ?? null,
    keys: { p256dh, auth },
    label: deviceLabel(),
  };
}

/** Ends this browser's subscription (push turned off here); nothing to do where there is none. */
export async function unsubscribePush(scope: string): Promise<void> {
  if (!pushSupported()) return;
  try {
    const registration = await registrationFor(scope);
    const subscription = await registration?.pushManager?.getSubscription();
    await subscription?.unsubscribe();
  } catch {
    // The server no longer sends to it either way.
  }
}

const DEVICE_KEY = 'gu-notifications-push-device';

/** The device id the server gave this browser's subscription (kept so the list can say «этот браузер»). */
export function thisDevice(): string | undefined {
  try {
    return localStorage.getItem(DEVICE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberDevice(id: string | undefined): void {
  try {
    if (id) localStorage.setItem(DEVICE_KEY, id);
    else localStorage.removeItem(DEVICE_KEY);
  } catch {
    // Storage refused (private mode): the list just does not mark this browser.
  }
}
