/**
 * The demo's mock backend under a strict CSP: the `default` Trusted Types policy of mocks/trusted-worker.ts lets MSW
 * register exactly `/mockServiceWorker.js`; the demo CSP therefore lists `trusted-types lit-html gu-kit default`.
 */
import { startMockWorker } from '../../mocks/browser.js';
import { allowMockWorkerUrl } from '../../mocks/trusted-worker.js';

/** Starts MSW (the `?scenario=` of the URL selects the scenario) once per page. */
export async function startDemoBackend(): Promise<void> {
  allowMockWorkerUrl();
  await startMockWorker({ scenarioFromUrl: true, demoActivity: true });
}
