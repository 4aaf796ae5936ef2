/**
 * Test helper: the mock backend with a fresh database and the scenario a test asks for.
 *
 *   const worker = await useMockBackend('flaky');
 *   worker.use(http.get('*\/api/profile', () => HttpResponse.json(...)));   // one-off override
 */
import type { SetupWorker } from 'msw/browser';
import { startMockWorker } from '../../mocks/browser.js';
import { setScenario } from '../../mocks/scenarios.js';
import type { ScenarioName } from '../../mocks/scenarios.js';

/** Starts the MSW worker once, drops per-test overrides, selects the scenario (which re-seeds the database) and returns the worker. */
export async function useMockBackend(scenario: ScenarioName = 'default'): Promise<SetupWorker> {
  const worker = await startMockWorker({ quiet: true });
  worker.resetHandlers();
  setScenario(scenario);
  return worker;
}
