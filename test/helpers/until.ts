/**
 * The browser tests' one polling helper: wait for a state the user would see, never for a fixed delay (the machine
 * may be slow; a generous timeout costs nothing when the state comes early).
 *
 *   await until(() => deepActiveElement()?.id === 'detail-heading', 'focus on the detail heading');
 *   await until(() => h.rows().length === 3, 'three rows', 4000);
 *
 * `check` may be async; a check that throws (an element not there yet) counts as "not yet", and its last error is
 * named when time runs out. The timeout and the label may also come in the other order, `until(check, 4000, 'rows')`.
 */
export const UNTIL_TIMEOUT_MS = 10_000;
const INTERVAL_MS = 20;

export async function until(check: () => unknown, what?: string, timeoutMs?: number): Promise<void>;
export async function until(check: () => unknown, timeoutMs?: number, what?: string): Promise<void>;
export async function until(check: () => unknown, first?: string | number, second?: string | number): Promise<void> {
  const what = typeof first === 'string' ? first : typeof second === 'string' ? second : 'condition';
  const timeoutMs = typeof first === 'number' ? first : typeof second === 'number' ? second : UNTIL_TIMEOUT_MS;
  const started = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      if (await check()) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() - started > timeoutMs) {
      const cause = lastError instanceof Error ? ` (the check threw: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
}
