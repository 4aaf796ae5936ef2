/**
 * The demo portals' push worker (shells/portal/push-worker.ts, docs/push-service-worker.md): what it shows for a push
 * message, where a click leads (this site only), and that build/push-worker.ts compiles it into one classic script
 * that, run in a stand-in worker scope, shows a message and opens its link.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { compilePushWorker } from '../../build/push-worker.js';
import { FALLBACK_PATH, openTarget, pushTarget, readPushPayload } from '../../shells/portal/push-payload.js';

const ORIGIN = 'https://portal.example.ru';

test('a push message shows its title and text as plain text, with its tag, language and checked link', () => {
  const shown = readPushPayload(
    JSON.stringify({
      title: ' <b>Заявление</b>  принято ',
      body: 'Текст',
      id: 'n-1',
      lang: 'ru',
      href: '/applications/7',
    }),
    ORIGIN,
  );
  assert.deepEqual(shown, {
    title: '<b>Заявление</b> принято',
    options: { body: 'Текст', tag: 'n-1', lang: 'ru', data: { href: `${ORIGIN}/applications/7` } },
  });
  // Not JSON, or no title: still shown, never the browser's generic notice.
  assert.equal(readPushPayload('просто текст', ORIGIN).title, 'Госуслуги');
  assert.equal(readPushPayload('просто текст', ORIGIN).options.body, 'просто текст');
  assert.equal(readPushPayload(undefined, ORIGIN).options.data.href, `${ORIGIN}${FALLBACK_PATH}`);
});

test('a click leads only to a place of this site', () => {
  assert.equal(pushTarget('/payments?charge=1', ORIGIN), `${ORIGIN}/payments?charge=1`);
  for (const bad of ['https://evil.example/x', 'javascript:alert(1)', '//evil.example/', 'data:text/html,x', 42, ''])
    assert.equal(pushTarget(bad, ORIGIN), `${ORIGIN}${FALLBACK_PATH}`, String(bad));
});

test('a click focuses the tab already there, else takes another tab there, else opens a window', async () => {
  const log: string[] = [];
  const tab = (url: string, navigate = true) => ({
    url,
    focus: async () => log.push(`focus ${url}`),
    ...(navigate ? { navigate: async (to: string) => log.push(`navigate ${url} → ${to}`) } : {}),
  });
  const open = async (url: string) => log.push(`open ${url}`);
  await openTarget(`${ORIGIN}/a`, [tab(`${ORIGIN}/b`), tab(`${ORIGIN}/a`)], open);
  await openTarget(`${ORIGIN}/a`, [tab(`${ORIGIN}/b`)], open);
  await openTarget(`${ORIGIN}/a`, [tab('https://other.example/a')], open);
  assert.deepEqual(log, [
    `focus ${ORIGIN}/a`,
    `focus ${ORIGIN}/b`,
    `navigate ${ORIGIN}/b → ${ORIGIN}/a`,
    `open ${ORIGIN}/a`,
  ]);
});

test('the built worker is one classic script that shows a push and opens its link on a click', async () => {
  const code = await compilePushWorker();
  assert.doesNotMatch(code, /^\s*(import|export)\s/m, 'no module syntax: a classic service worker');
  const listeners = new Map<string, (event: unknown) => void>();
  const shown: unknown[] = [];
  const opened: string[] = [];
  const waits: Promise<unknown>[] = [];
  const scope = {
    location: { origin: ORIGIN },
    registration: { showNotification: async (title: string, options: object) => void shown.push({ title, options }) },
    clients: {
      claim: async () => undefined,
      matchAll: async () => [],
      openWindow: async (url: string) => void opened.push(url),
    },
    skipWaiting: async () => undefined,
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
  };
  runInNewContext(code, { self: scope, URL, JSON });
  assert.deepEqual([...listeners.keys()].sort(), ['activate', 'install', 'notificationclick', 'push']);
  const waitUntil = (promise: Promise<unknown>) => void waits.push(promise);
  listeners.get('push')!({
    waitUntil,
    data: { text: () => JSON.stringify({ title: 'Штраф оплачен', body: 'Квитанция готова', href: '/payments' }) },
  });
  listeners.get('notificationclick')!({
    waitUntil,
    notification: { close() {}, data: { href: 'https://evil.example/' } },
  });
  await Promise.all(waits);
  // Objects made in the script's own realm: compared as data.
  assert.deepEqual(JSON.parse(JSON.stringify(shown)), [
    { title: 'Штраф оплачен', options: { body: 'Квитанция готова', data: { href: `${ORIGIN}/payments` } } },
  ]);
  assert.deepEqual(opened, [`${ORIGIN}${FALLBACK_PATH}`]);
});
