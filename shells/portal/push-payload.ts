/**
 * What the demo portals' push worker (push-worker.ts) makes of a push message and of a click on its notification —
 * pure functions, so they are tested in Node (test/node/push-worker.test.ts) and the worker stays a few lines.
 *
 * The payload the portal's backend sends (JSON, docs/push-service-worker.md):
 *   { "title": "Заявление принято", "body": "…", "href": "/applications/123", "id": "n-1", "lang": "ru" }
 */

/** A notification to show. */
export interface PushShown {
  title: string;
  options: { body: string; tag?: string; lang?: string; data: { href: string } };
}

/** Where a click leads when the message names no place of this site: the portal's notifications. */
export const FALLBACK_PATH = '/notifications';
const MAX_TITLE = 200;
const MAX_BODY = 1000;

const text = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, max) : '';

/**
 * The link of a message, checked: a path of this site (`origin`) only — never another site, never `javascript:` —
 * else the portal's notifications page. The result is an absolute URL of `origin`.
 */
export function pushTarget(href: unknown, origin: string): string {
  const fallback = new URL(FALLBACK_PATH, origin).href;
  if (typeof href !== 'string' || href.trim() === '') return fallback;
  try {
    const url = new URL(href, origin);
    return url.origin === origin && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : fallback;
  } catch {
    return fallback;
  }
}

/**
 * What to show for a message's text (`PushMessageData.text()`): its title and text as plain text (a notification
 * renders no markup anyway), its tag (a second message about the same notification replaces the first), its
 * language and the checked link. A message that is not such JSON still shows — as «Госуслуги» with its text — so
 * the browser never shows its own generic notice instead.
 */
export function readPushPayload(raw: string | undefined, origin: string, fallbackTitle = 'Госуслуги'): PushShown {
  let data: Record<string, unknown>;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      data = parsed as Record<string, unknown>;
    else data = { body: raw };
  } catch {
    data = { body: raw };
  }
  const title = text(data['title'], MAX_TITLE) || fallbackTitle;
  const tag = text(data['id'], 100);
  const lang = data['lang'] === 'en' || data['lang'] === 'ru' ? data['lang'] : undefined;
  return {
    title,
    options: {
      body: text(data['body'], MAX_BODY),
      ...(tag ? { tag } : {}),
      ...(lang ? { lang } : {}),
      data: { href: pushTarget(data['href'], origin) },
    },
  };
}

/** A window of the site as the worker sees it (WindowClient). */
export interface WindowLike {
  url: string;
  focus(): Promise<unknown>;
  navigate?(url: string): Promise<unknown>;
}

/**
 * A click on a notification: the portal's tab that shows `target` is focused; else another tab of the portal is
 * focused and taken there; else a new window opens at `target`.
 */
export async function openTarget(
  target: string,
  windows: readonly WindowLike[],
  openWindow: (url: string) => Promise<unknown>,
): Promise<void> {
  const same = windows.find((client) => client.url === target);
  if (same) {
    await same.focus();
    return;
  }
  const origin = new URL(target).origin;
  const other = windows.find((client) => new URL(client.url).origin === origin);
  if (other?.navigate) {
    await other.focus();
    await other.navigate(target);
    return;
  }
  await openWindow(target);
}
