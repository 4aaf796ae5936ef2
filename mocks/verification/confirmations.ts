/**
 * Confirmed-level confirmations in the verification mock: one record per attempt, started, read back and completed
 * here; what each method does is its own module (bank.ts, post.ts, signature.ts).
 */
import { citizenOf, http } from '../handlers/support.js';
import { BANKS, completeBank, isHttpUrl, issueBankTicket, startBank } from './bank.js';
import { fail, jsonBody } from './errors.js';
import { completePost, startPost } from './post.js';
import { completeSignature, startSignature } from './signature.js';
import {
  letterStepMs,
  newId,
  randomTicket,
  raiseLevel,
  stateOf,
  viewConfirmation,
  type ConfirmationRecord,
} from './store.js';

const COMPLETE = { bank: completeBank, post: completePost, signature: completeSignature } as const;

/** POST verification/confirmations, GET …/current, POST …/{id}/complete. */
export const confirmationHandlers = [
  http.post('/verification/confirmations', async ({ request, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request as Request);
    const method = body?.['method'];
    const bankId = body?.['bankId'];
    const returnUrl = body?.['returnUrl'];
    if (returnUrl !== undefined && (method !== 'bank' || !isHttpUrl(returnUrl)))
      return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'returnUrl', code: 'invalid' }]));
    if (method !== 'bank' && method !== 'post' && method !== 'signature')
      return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'method', code: 'invalid' }]));
    if (method === 'bank' && !BANKS.some((bank) => bank.id === bankId))
      return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'bankId', code: 'invalid' }]));
    const now = Date.now();
    // Bank confirmations may be read back in another page (after the bank): ids unique beyond this page's memory.
    const id = method === 'bank' ? `confirmation-bank-${randomTicket().slice(0, 12)}` : newId('confirmation');
    const record: ConfirmationRecord = {
      id,
      ownerId: person.id,
      method,
      status: 'pending',
      startedAt: new Date(now).toISOString(),
      startedMs: now,
      stepMs: letterStepMs(),
    };
    if (method === 'bank') startBank(record, bankId as string);
    if (method === 'signature') startSignature(record, person);
    if (method === 'post') startPost(record, now);
    stateOf().confirmations.push(record);
    const view = viewConfirmation(record);
    if (typeof returnUrl === 'string') view.redirectTo = issueBankTicket(record, request as Request, returnUrl);
    return response(201).json(view);
  }),

  http.get('/verification/confirmations/current', ({ request, response }) => {
    const person = citizenOf(request);
    const last = stateOf().confirmations.findLast((c) => c.ownerId === person.id && c.id !== 'confirmation-seed-1');
    return response(200).json({ confirmation: last ? viewConfirmation(last) : null });
  }),

  http.post('/verification/confirmations/{id}/complete', async ({ request, params, response }) => {
    const person = citizenOf(request);
    const body = (await jsonBody(request as Request)) ?? {};
    const record = stateOf().confirmations.find((c) => c.id === params.id && c.ownerId === person.id);
    if (!record) return response.untyped(fail(request, 404, 'not-found'));
    if (record.status !== 'pending') return response.untyped(fail(request, 409, 'confirmation-finished'));
    const outcome = COMPLETE[record.method](record, body, request as Request);
    if (outcome instanceof Response) return response.untyped(outcome);
    record.status = outcome;
    if (outcome === 'confirmed') raiseLevel(person, 'confirmed');
    return response(200).json(viewConfirmation(record));
  }),
];
