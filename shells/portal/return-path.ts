/**
 * After sign-in at the provider (a redirect), the citizen comes back to the portal's redirect URI (its home) — the
 * portal then takes them to the route where sign-in started. The route is remembered for the tab (sessionStorage,
 * only a path of this portal: never a token or anything personal) when the session starts signing in, and followed
 * only on the page that carries the provider's answer, only if it is a route of this portal on this origin: never an
 * open redirect.
 */
import { routeOf } from './routes.js';

const KEY = 'gu-portal-return:';
/** Parameters of the provider's answer and of the demo's mode switch: never part of the way back. */
const DROPPED = ['code', 'state', 'error', 'error_description', 'error_uri', 'session_state', 'iss', 'idp'];

/**
 * What a widget is sent back with from a page outside the portal (the acquirer's page: `?gu-payment=<id>`,
 * `?gu-card-binding=<id>`). The widget takes them out of the URL when it starts; while the session is gone (tokens
 * live in memory: the trip to the acquirer ended it), they must survive the sign-in that follows, or the citizen
 * comes back to the route without the payment's result.
 */
export const WIDGET_RETURN_PARAMS = ['gu-payment', 'gu-card-binding'];

/** Whether a URL is the provider's answer to an authorization request (`state` with `code` or `error`). */
export function isAuthorizationResponse(url: URL): boolean {
  return url.searchParams.has('state') && (url.searchParams.has('code') || url.searchParams.has('error'));
}

/**
 * `value` as a path (with its query) of a route of the portal at `base` on `origin`, or `undefined`: not a
 * same-origin absolute path (`//evil.example`, `/\\evil.example`, `https://…`, `javascript:` …), or not a route of
 * this portal.
 */
export function safeReturnPath(value: string | null | undefined, base: string, origin: string): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !routeOf(url.pathname, base)) return undefined;
  for (const name of DROPPED) url.searchParams.delete(name);
  return `${url.pathname}${url.search}`;
}

/**
 * Follows the session element: on `signing-in` (outside the provider's answer) remembers where the citizen is; on
 * the page of the provider's answer, once signed in, goes to the remembered route with `go` (single-spa routes on
 * history changes). Returns the path taken from storage, for tests.
 */
export function followSignInReturn(
  session: EventTarget,
  options: {
    base: string;
    url?: URL;
    storage?: Storage;
    go?: (path: string) => void;
    /** The page's path and query now. */
    here?: () => string;
  },
): string | undefined {
  const { base } = options;
  const url = options.url ?? new URL(location.href);
  const storage = options.storage ?? sessionStorage;
  const go = options.go ?? ((path: string) => history.replaceState(history.state, '', path));
  const here = options.here ?? (() => `${location.pathname}${location.search}`);
  const key = KEY + base;
  let answering = isAuthorizationResponse(url);
  let pending: string | undefined;
  if (answering) {
    pending = safeReturnPath(storage.getItem(key), base, url.origin);
    storage.removeItem(key);
  }
  const taken = pending;
  // The page was opened with a widget's return parameters (not the provider's answer): kept for the first sign-in.
  let kept = answering
    ? []
    : WIDGET_RETURN_PARAMS.flatMap((name) => url.searchParams.getAll(name).map((value) => [name, value] as const));
  session.addEventListener('gu-session-change', (event) => {
    const status = (event as CustomEvent<{ session?: { status?: string } }>).detail?.session?.status;
    if (status === 'signing-in') {
      if (answering) return;
      const path = safeReturnPath(withKept(here(), kept, url), base, url.origin);
      if (path) storage.setItem(key, path);
      else storage.removeItem(key);
      return;
    }
    if (status !== 'signed-in' && status !== 'signed-out' && status !== 'error' && status !== 'expired') return;
    if (status === 'signed-in') kept = [];
    answering = false;
    const target = pending;
    pending = undefined;
    if (status === 'signed-in' && target && target !== here()) go(target);
  });
  return taken;
}

/**
 * `path` with the widget return parameters the page was opened with, when it is still that page's route and they are
 * no longer in it (the widget took them out of the URL).
 */
function withKept(path: string, kept: readonly (readonly [string, string])[], opened: URL): string {
  if (kept.length === 0) return path;
  let here: URL;
  try {
    here = new URL(path, opened.origin);
  } catch {
    return path;
  }
  if (here.pathname !== opened.pathname) return path;
  for (const [name, value] of kept) if (!here.searchParams.has(name)) here.searchParams.append(name, value);
  return `${here.pathname}${here.search}`;
}
