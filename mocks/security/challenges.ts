/**
 * One-time codes that confirm a security change (contract: SecurityChallenge — a password change, a new SMS phone):
 * sent through the identity mock's delivery (mocks/identity/codes.ts `deliver`: the same code records, lifetime,
 * resend cooldown, hourly limit, factor lock and inbox — `lastDeliveredCode(challengeId)` reads «the SMS»), checked
 * here with the same per-code attempts and per-account failure count as a sign-in's code. POST
 * /security/challenges/{id}/resend (resendSecurityChallenge) serves every purpose.
 */
import type { RequestHandler } from 'msw';
import type { components } from '../generated/api-types.js';
import { citizenOf, http } from '../handlers/support.js';
import { accountAttemptsLeft, checkFactorLock, deliver, recordCodeFailure } from '../identity/codes.js';
import { IdentityProblem, config, factorFailures, nowMs, type Flow } from '../identity/store.js';
import { SecurityProblem, newSecurityId, securityRoute, securityState } from './store.js';

type Schemas = components['schemas'];
export type SecurityChallenge = Schemas['SecurityChallenge'];
export type ChallengePurpose = SecurityChallenge['purpose'];

/** A challenge as kept: the code's carrier (an identity flow that lives only here) and what it confirms. */
export interface ChallengeRecord<Pending = unknown> {
  id: string;
  personId: string;
  purpose: ChallengePurpose;
  flow: Flow;
  /** What takes effect when the code is right (the new password, the phone …). */
  pending: Pending;
  done: boolean;
}

/** The challenges of the current database and identity (they go with a reset, as the security state does). */
const challengesByState = new WeakMap<object, Map<string, ChallengeRecord>>();

function challenges(): Map<string, ChallengeRecord> {
  const state = securityState();
  let map = challengesByState.get(state);
  if (!map) {
    map = new Map();
    challengesByState.set(state, map);
  }
  return map;
}

/** The identity errors of delivery as the security contract words them. */
function delivered(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof IdentityProblem && error.code === 'resend-too-early')
      throw new SecurityProblem(429, 'resend-too-soon', error.extra);
    throw error;
  }
}

/** Sends a code by SMS to the account's phone and keeps what it confirms. */
export function createChallenge<Pending>(
  personId: string,
  purpose: ChallengePurpose,
  pending: Pending,
): ChallengeRecord<Pending> {
  const id = newSecurityId('challenge');
  const flow: Flow = {
    id,
    kind: 'sign-in',
    createdAt: nowMs(),
    personId,
    policy: 'default',
    codeVerified: false,
    questionsPassed: false,
    questionTries: 0,
    polls: 0,
    foreignComputer: false,
    done: false,
  };
  const record: ChallengeRecord<Pending> = { id, personId, purpose, flow, pending, done: false };
  delivered(() => deliver(flow, 'sms', 'phone'));
  challenges().set(id, record);
  return record;
}

/** The contract's view of a challenge now. */
export function challengeOf(record: ChallengeRecord): SecurityChallenge {
  const code = record.flow.code!;
  const now = nowMs();
  return {
    id: record.id,
    purpose: record.purpose,
    channel: 'sms',
    sentTo: code.destination,
    length: config.codeLength,
    expiresAt: new Date(code.expiresAt).toISOString(),
    resendIn: Math.max(0, Math.ceil((code.sentAt + config.resendCooldown * 1000 - now) / 1000)),
    attemptsLeft: code.invalidated
      ? 0
      : Math.max(0, Math.min(config.codeAttempts - code.wrong, accountAttemptsLeft(record.personId))),
  };
}

/** A live challenge of the person (404 otherwise). */
export function challengeFor<Pending>(
  personId: string,
  id: string,
  purpose?: ChallengePurpose,
): ChallengeRecord<Pending> {
  const record = challenges().get(id);
  if (!record || record.personId !== personId || record.done || (purpose && record.purpose !== purpose))
    throw new SecurityProblem(404, 'not-found');
  return record as ChallengeRecord<Pending>;
}

/**
 * Checks a code: 422 `code-exhausted` (spent by wrong entries), `code-expired`, `wrong-code` with `attemptsLeft`;
 * each wrong code counts on the code and on the account's second factor (its lock: 429 `factor-locked`). A right
 * code is spent (single use).
 */
export function verifyChallenge(record: ChallengeRecord, value: string): void {
  checkFactorLock(record.personId);
  const code = record.flow.code!;
  if (code.invalidated) throw new SecurityProblem(422, 'code-exhausted', { attemptsLeft: 0 });
  if (code.expiresAt <= nowMs()) throw new SecurityProblem(422, 'code-expired', { attemptsLeft: 0 });
  if (value !== code.value) {
    code.wrong += 1;
    recordCodeFailure(record.personId);
    checkFactorLock(record.personId);
    if (code.wrong >= config.codeAttempts) {
      code.invalidated = true;
      throw new SecurityProblem(422, 'code-exhausted', { attemptsLeft: 0 });
    }
    throw new SecurityProblem(422, 'wrong-code', { attemptsLeft: challengeOf(record).attemptsLeft });
  }
  code.invalidated = true;
  factorFailures.delete(record.personId);
  record.done = true;
}

export const challengeHandlers: RequestHandler[] = [
  // The challenges made here (the password change); others (two-factor.ts' SMS factor) are left to their handler.
  http.post('/security/challenges/{id}/resend', async ({ request, params, response }) => {
    if (!challenges().has(String(params.id))) return undefined;
    return securityRoute(() => {
      const record = challengeFor(citizenOf(request).id, String(params.id));
      delivered(() => deliver(record.flow, 'sms', 'phone'));
      return response(200).json(challengeOf(record));
    })({ request });
  }),
];
