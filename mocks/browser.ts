/**
 * The mock backend in a browser (demo, Storybook, tests): one MSW worker serving mocks/handlers.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { handlers } from './handlers/index.js';
import { scenarioFromUrl, setScenario, startDemoActivity } from './scenarios.js';

let started: Promise<SetupWorker> | undefined;
let demoActivity: (() => void) | undefined;

/**
 * Starts the MSW worker once per page; later calls return the same worker.
 * With `scenarioFromUrl: true` (the demo) the page's `?scenario=` selects the scenario; with `demoActivity: true`
 * (the demo only) the backend changes things over time (scenarios.ts startDemoActivity: a status change now and then).
 */
export function startMockWorker(
  options: { quiet?: boolean; scenarioFromUrl?: boolean; demoActivity?: boolean } = {},
): Promise<SetupWorker> {
  if (options.scenarioFromUrl) {
    const scenario = scenarioFromUrl();
    if (scenario) setScenario(scenario);
  }
  if (options.demoActivity) demoActivity ??= startDemoActivity();
  started ??= (async () => {
    const worker = setupWorker(...handlers);
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js', options: { scope: '/' } },
      onUnhandledRequest: 'bypass',
      quiet: options.quiet ?? true,
    });
    return worker;
  })();
  return started;
}
