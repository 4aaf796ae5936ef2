/**
 * The sessions of the mock provider as the account's sessions («Активные сеансы»): one per sign-in — the refresh-token
 * family, whose id is the `sid` claim of its ID and access tokens — with when it started, when it was last active
 * (a refresh or an API call), the IP, the client (the portal's name) and the device read from the User-Agent.
 *
 * Ending a session (the citizen's «Завершить», a password change) marks it ended: its refresh token answers
 * `invalid_grant` and its access tokens 401 at the API (provider.ts and the API's gate ask `isOidcSessionEnded`).
 * A sign-out (revocation) closes it too, so it leaves the list.
 *
 * Non-JWT tokens (the in-page test tokens `test-token-*`, `mock-citizen-<id>`) are the person's seeded session
 * «this browser» (`sid-<person>-this`); person-1 also has two seeded sessions on other devices. Seeds belong to the
 * mock database: a new scenario (which re-seeds it) brings them back.
 */
import { getDb, personIdForToken } from '../db/index.js';
import { publishLiveEvent } from '../db/live-events.js';
import type { Db } from '../db/types.js';
import { decodeJwt, isJwtShaped } from './jwt.js';
import { LOCAL_IP, ipOf, userAgentOf } from './user-agent.js';

/** Why a session ended. */
export type SessionEndReason = 'ended-by-citizen' | 'password-changed' | 'signed-out' | 'expired';

export interface OidcSession {
  /** The `sid`: the refresh-token family id (a seed's own id). */
  readonly id: string;
  readonly personId: string;
  readonly clientId: string;
  /** ms since the epoch. */
  readonly startedAt: number;
  lastActiveAt: number;
  ip: string;
  userAgent: string;
  /** When the sign-in ends anyway (the provider's absolute lifetime), ms. */
  expiresAt: number;
  /** A seed of the mock database (no OIDC family behind it). */
  readonly seeded: boolean;
  endedAt?: number;
  endReason?: SessionEndReason;
}

/** A User-Agent of the seeded sessions' devices. */
const SEED_AGENTS = {
  phone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  laptop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  thisBrowser: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
} as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SEED_LIFETIME = 30 * DAY;

/** The person whose seeds include sessions on other devices. */
export const SEEDED_PERSON = 'person-1';

/** The id of a person's seeded session «this browser» (the session of non-JWT tokens). */
export const thisBrowserSessionId = (personId: string): string => `sid-${personId}-this`;

/** Sessions of real sign-ins (the provider's families): reset with the provider. */
const signIns = new Map<string, OidcSession>();
/** Seeded sessions, per mock database. */
const seeds = new WeakMap<Db, Map<string, OidcSession>>();

function seedsOf(db: Db = getDb()): Map<string, OidcSession> {
  let map = seeds.get(db);
  if (!map) {
    map = new Map();
    seeds.set(db, map);
  }
  return map;
}

function seed(personId: string): Map<string, OidcSession> {
  const map = seedsOf();
  const id = thisBrowserSessionId(personId);
  if (map.has(id)) return map;
  const now = Date.now();
  const make = (
    sid: string,
    clientId: string,
    startedAgo: number,
    activeAgo: number,
    ip: string,
    userAgent: string,
  ): OidcSession => ({
    id: sid,
    personId,
    clientId,
    startedAt: now - startedAgo,
    lastActiveAt: now - activeAgo,
    ip,
    userAgent,
    expiresAt: now + SEED_LIFETIME,
    seeded: true,
  });
  map.set(id, make(id, 'gu-kit-demo', 25 * MINUTE, 0, LOCAL_IP, SEED_AGENTS.thisBrowser));
  if (personId === SEEDED_PERSON) {
    const phone = `sid-${personId}-phone`;
    const laptop = `sid-${personId}-laptop`;
    map.set(phone, make(phone, 'gu-mobile', 3 * DAY, 2 * HOUR, '198.51.100.23', SEED_AGENTS.phone));
    map.set(laptop, make(laptop, 'gu-kit-demo', 2 * DAY + 5 * HOUR, DAY, '198.51.100.77', SEED_AGENTS.laptop));
  }
  return map;
}

/** A new session for a sign-in (the provider calls it when a code becomes a refresh-token family). */
export function openOidcSession(
  request: Request,
  fields: { id: string; personId: string; clientId: string; expiresAt: number },
): OidcSession {
  const now = Date.now();
  const session: OidcSession = {
    ...fields,
    startedAt: now,
    lastActiveAt: now,
    ip: ipOf(request),
    userAgent: userAgentOf(request),
    seeded: false,
  };
  signIns.set(session.id, session);
  // «Активные сеансы» open elsewhere follow it.
  publishLiveEvent(session.personId, 'security-changed', { area: 'sessions' });
  return session;
}

/** The session of a `sid` (live or ended), if the mock knows it. */
export function oidcSession(id: string): OidcSession | undefined {
  return signIns.get(id) ?? seedsOf().get(id);
}

/** Whether a session has ended (an unknown `sid` has not: the provider's own checks decide about it). */
export function isOidcSessionEnded(id: string): boolean {
  return oidcSession(id)?.endedAt !== undefined;
}

/** Marks a session active now (a refresh, an API call), with the request's address and browser when it has them. */
export function touchOidcSession(id: string, request?: Request): void {
  const session = oidcSession(id);
  if (!session || session.endedAt !== undefined) return;
  session.lastActiveAt = Date.now();
  if (request) {
    session.ip = ipOf(request);
    const agent = userAgentOf(request);
    if (agent) session.userAgent = agent;
  }
}

/** Ends a live session; false when it was unknown or had ended already. */
export function endOidcSession(id: string, reason: SessionEndReason): boolean {
  const session = oidcSession(id);
  if (!session || session.endedAt !== undefined) return false;
  session.endedAt = Date.now();
  session.endReason = reason;
  // A sign-out or an expiry leaves the list (an end by the citizen publishes `sessions-ended` with it).
  if (reason === 'signed-out' || reason === 'expired')
    publishLiveEvent(session.personId, 'security-changed', { area: 'sessions' });
  return true;
}

/** The live sessions of a person (seeds included), most recently active first. */
export function oidcSessionsOf(personId: string): OidcSession[] {
  const now = Date.now();
  const all = [...seed(personId).values(), ...signIns.values()];
  return all
    .filter((session) => session.personId === personId && session.endedAt === undefined && session.expiresAt > now)
    .sort((a, b) => b.lastActiveAt - a.lastActiveAt);
}

/**
 * The session (`sid`) an API token belongs to: a JWT's `sid` claim (the scenario gate has verified the JWT), a
 * non-JWT token's person's seeded session «this browser».
 */
export function sessionIdOfToken(token: string): string | undefined {
  if (isJwtShaped(token)) {
    const sid = decodeJwt(token)?.sid;
    return typeof sid === 'string' ? sid : undefined;
  }
  const personId = personIdForToken(token);
  seed(personId);
  return thisBrowserSessionId(personId);
}

/** Forgets the sessions of real sign-ins (resetMockOidc); seeds go with the database. */
export function resetOidcSessions(): void {
  signIns.clear();
}
