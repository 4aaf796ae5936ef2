/**
 * Bank ID: a simulated round trip through the mock bank's page (mocks/identity/bank.html).
 */
import { IdentityProblem, accounts, type IdentityStep, type Schemas } from './store.js';
import { finish, flowOf, newFlow } from './flows.js';
import { randomToken } from '../oidc/jwt.js';

// ——— Bank ID (simulated round trip through mocks/identity/bank.html) ———

/** `POST /identity/bank`. */
export function startBank(
  body: Schemas['IdentityBankRequest'],
  origin: string,
  bankIds: readonly string[],
): IdentityStep {
  if (!bankIds.includes(body.bankId)) throw new IdentityProblem(422, 'bank-unknown');
  const flow = newFlow('bank', { ticket: randomToken(12) });
  const target = new URL('/mocks/identity/bank.html', origin);
  target.searchParams.set('flow', flow.id);
  target.searchParams.set('bank', body.bankId);
  target.searchParams.set('ticket', flow.ticket!);
  target.searchParams.set('return', body.returnUrl);
  return { flowId: flow.id, step: 'bank', redirectUrl: target.href };
}

/** `POST /identity/flows/{flowId}/bank`: `result` = `<ticket>:<personId>` from the mock bank, or `denied`. */
export function completeBank(flowId: string, body: Schemas['IdentityBankCompleteRequest']): IdentityStep {
  const flow = flowOf(flowId, ['bank']);
  const [ticket, personId] = body.result.split(':');
  if (ticket !== flow.ticket || !personId || !accounts.has(personId)) throw new IdentityProblem(422, 'bank-denied');
  return finish(flow, personId, body.authorization);
}
