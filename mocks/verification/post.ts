/** The code by Russian Post in the verification mock: the registered letter (its status follows the time) and its code. */
import { fail } from './errors.js';
import { MOCK_CODE, viewConfirmation, type ConfirmationRecord } from './store.js';

/** Orders the letter: ordered now, then a step every `letterStepMs` (sent, arrived, delivered). */
export function startPost(record: ConfirmationRecord, now: number): void {
  record.letter = {
    trackingNumber: `8001${String(now).slice(-10)}`,
    status: 'ordered',
    events: [{ status: 'ordered', at: record.startedAt }],
  };
}

/** The code from the letter: confirmed once the letter is delivered and the code is right, or a failure. */
export function completePost(
  record: ConfirmationRecord,
  body: Record<string, unknown>,
  request: Request,
): 'confirmed' | Response {
  const code = body['code'];
  if (typeof code !== 'string' || !/^\d{6}$/.test(code))
    return fail(request, 422, 'validation-failed', [{ field: 'code', code: 'invalid' }]);
  if (viewConfirmation(record).letter?.status !== 'delivered') return fail(request, 409, 'letter-not-delivered');
  if (code !== MOCK_CODE) return fail(request, 422, 'wrong-code', [{ field: 'code', code: 'wrong-code' }]);
  return 'confirmed';
}
