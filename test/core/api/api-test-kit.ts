/**
 * Shared bits of the core/api tests: a unique URL prefix under /api so these handlers never meet the shared mock handlers.
 */
import type { SetupWorker } from 'msw/browser';
import { useMockBackend } from '../../helpers/mock-backend.js';

/** baseUrl the tests' clients use (relative, like a portal's '/api'). */
export const TEST_BASE = '/api/__core-api-test';

/** MSW path pattern for one endpoint under TEST_BASE. */
export function endpoint(path: string): string {
  return `*${TEST_BASE}/${path}`;
}

/** Starts the mock backend and resets per-test handlers after each test of the calling suite. */
export function useTestWorker(): { worker: () => SetupWorker } {
  let worker: SetupWorker | undefined;
  before(async () => {
    worker = await useMockBackend();
  });
  afterEach(() => worker?.resetHandlers());
  return {
    worker: () => {
      if (!worker) throw new Error('mock worker not started');
      return worker;
    },
  };
}

/** Awaits a promise that must reject and returns the rejection. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
