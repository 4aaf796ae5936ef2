/**
 * The demo portals register their push worker (push-worker.ts, served by build/push-worker.ts) with a scope of its
 * own — the root scope is MSW's — and give that scope to <gu-notifications push-worker-scope>.
 */

/** Where the worker is served and the scope it takes. */
export const PUSH_WORKER_URL = '/push/push-worker.js';
export const PUSH_WORKER_SCOPE = '/push/';

/** Registers the push worker where the browser has push; resolves the scope, or '' where there is none. */
export async function registerPushWorker(): Promise<string> {
  if (!('serviceWorker' in navigator) || typeof PushManager === 'undefined') return '';
  try {
    await navigator.serviceWorker.register(PUSH_WORKER_URL, { scope: PUSH_WORKER_SCOPE });
    return PUSH_WORKER_SCOPE;
  } catch {
    return '';
  }
}
