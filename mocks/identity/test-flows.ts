/**
 * Flows in a given state, for the contract test and unit tests.
 */
import { config, type IdentityAuthorization } from './store.js';
import { deliver } from './codes.js';
import { newFlow } from './flows.js';
import { randomToken } from '../oidc/jwt.js';

/** Creates a flow that is ready for the operation `kind` (contract and unit tests), returns its id. */
export function createTestFlow(
  kind: 'code' | 'verify' | 'questions' | 'password' | 'signature' | 'bank' | 'passkey' | 'passkey-registration' | 'qr',
  authorization: IdentityAuthorization,
): { flowId: string; code?: string; ticket?: string; challenge?: string } {
  const personId = 'person-1';
  switch (kind) {
    case 'code': {
      // A registration: its sends count per flow, so repeated contract runs never reach the hourly limit.
      const registration = {
        surname: 'Тестов',
        name: 'Тест',
        contact: `t${randomToken(4)}@example.ru`,
        contactKind: 'email' as const,
      };
      return { flowId: newFlow('registration', { authorization, registration }).id };
    }
    case 'verify': {
      const flow = newFlow('sign-in', { authorization, personId });
      deliver(flow, 'totp', 'totp');
      return { flowId: flow.id, code: flow.code!.value };
    }
    case 'questions':
      return { flowId: newFlow('recovery', { authorization, personId }).id };
    case 'password': {
      // A registration whose code is confirmed (a recovery would change a test citizen's password).
      const registration = {
        surname: 'Тестов',
        name: 'Тест',
        contact: `t${randomToken(4)}@example.ru`,
        contactKind: 'email' as const,
      };
      return { flowId: newFlow('registration', { authorization, registration, codeVerified: true }).id };
    }
    case 'signature': {
      const flow = newFlow('signature', { authorization, challenge: randomToken(24) });
      return { flowId: flow.id, challenge: flow.challenge! };
    }
    case 'bank': {
      const flow = newFlow('bank', { ticket: randomToken(12) });
      return { flowId: flow.id, ticket: flow.ticket! };
    }
    case 'passkey': {
      const flow = newFlow('passkey', { authorization, challenge: randomToken(32) });
      return { flowId: flow.id, challenge: flow.challenge! };
    }
    case 'passkey-registration': {
      const flow = newFlow('passkey-registration', { personId, challenge: randomToken(32) });
      return { flowId: flow.id, challenge: flow.challenge! };
    }
    case 'qr': {
      const flow = newFlow('qr', { authorization, ticket: randomToken(12) });
      flow.qrApprovedBy = personId;
      flow.polls = config.qrScanAfterPolls;
      return { flowId: flow.id };
    }
  }
}
