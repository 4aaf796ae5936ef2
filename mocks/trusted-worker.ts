/**
 * MSW registers its worker with a plain string URL, which `require-trusted-types-for 'script'` (the demo's strict CSP,
 * STRICT_CSP in vite.config.ts) blocks. A page of the demo that runs the mock backend — the portals
 * (shells/portal/mock-backend.ts) and the mock bank page (mocks/verification/bank-page.ts) — defines the `default`
 * Trusted Types policy, which passes exactly this origin's `/mockServiceWorker.js` — and the demo portals' push worker,
 * `/push/push-worker.js` — and nothing else (any other string URL given to a script sink is still refused). A production portal has no MSW and no `default` policy.
 */
interface TrustedTypesFactory {
  readonly defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL?: (url: string) => string | null }): unknown;
}

/** Where the demo serves the MSW worker. */
export const WORKER_PATH = '/mockServiceWorker.js';
/** Where the demo portals serve their push worker (shells/portal/push-registration.ts PUSH_WORKER_URL). */
export const PUSH_WORKER_PATH = '/push/push-worker.js';

/** Defines the `default` policy that lets MSW register its worker (once; nothing if the browser has no Trusted Types). */
export function allowMockWorkerUrl(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  const workers = [WORKER_PATH, PUSH_WORKER_PATH].map((path) => new URL(path, location.origin).href);
  factory.createPolicy('default', {
    createScriptURL: (url) => (workers.includes(new URL(url, location.href).href) ? url : null),
  });
}
