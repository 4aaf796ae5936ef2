/**
 * The demo's mock backend under a strict CSP. MSW registers its worker with a plain string URL, which
 * `require-trusted-types-for 'script'` blocks; so the demo pages define the `default` Trusted Types policy,
 * which passes exactly this origin's `/mockServiceWorker.js` and nothing else (any other string URL given to a
 * script sink is still refused). The demo CSP therefore lists `trusted-types lit-html gu-kit default`; a
 * production portal has no MSW and no `default` policy.
 */
import { startMockWorker } from '../../mocks/browser.js';

interface TrustedTypesFactory {
  readonly defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL?: (url: string) => string | null }): unknown;
}

const WORKER_PATH = '/mockServiceWorker.js';

function allowWorkerUrl(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  const worker = new URL(WORKER_PATH, location.origin).href;
  factory.createPolicy('default', {
    createScriptURL: (url) => (new URL(url, location.href).href === worker ? url : null),
  });
}

/** Starts MSW (the `?scenario=` of the URL selects the scenario) once per page. */
export async function startDemoBackend(): Promise<void> {
  allowWorkerUrl();
  await startMockWorker({ scenarioFromUrl: true });
}
