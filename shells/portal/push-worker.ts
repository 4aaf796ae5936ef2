/**
 * The demo portals' push worker, served at /push/push-worker.js with the scope /push/ (build/push-worker.ts): the
 * root scope belongs to MSW's worker, so push gets a scope of its own, and <gu-notifications push-worker-scope="/push/">
 * subscribes through this registration. What a portal's own worker must do is docs/push-service-worker.md; this is
 * that, and no more: show each push message, and take a click on it to the place it names (checked: this site only).
 */
import { openTarget, pushTarget, readPushPayload, type WindowLike } from './push-payload.js';

/** The few parts of ServiceWorkerGlobalScope this worker uses (the kit's TypeScript program has the DOM, not webworker, types). */
interface PushEventLike extends ExtendableEventLike {
  data: { text(): string } | null;
}
interface ExtendableEventLike {
  waitUntil(promise: Promise<unknown>): void;
}
interface ClickEventLike extends ExtendableEventLike {
  notification: { close(): void; data?: { href?: string } };
}
interface WorkerScope {
  location: { origin: string };
  registration: { showNotification(title: string, options: object): Promise<void> };
  clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowLike[]>;
    openWindow(url: string): Promise<unknown>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'push', listener: (event: PushEventLike) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: ClickEventLike) => void): void;
}

const worker = self as unknown as WorkerScope;

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

worker.addEventListener('push', (event) => {
  const shown = readPushPayload(event.data?.text(), worker.location.origin);
  event.waitUntil(worker.registration.showNotification(shown.title, shown.options));
});

worker.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = pushTarget(event.notification.data?.href, worker.location.origin);
  event.waitUntil(
    worker.clients
      .matchAll({ type: 'window', includeUncontrolled: true })
      .then((windows) => openTarget(target, windows, (url) => worker.clients.openWindow(url))),
  );
});
