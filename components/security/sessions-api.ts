/**
 * «Активные сеансы» calls of <gu-security-settings> (contract: mocks/openapi.yaml, tag `security`): the account's
 * sessions — this one marked `current`, first — ending one, ending every other. Loaded with the sessions part; each
 * answer validated at the boundary with valibot.
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import type { AccountSession } from './types.js';

const TIME = v.pipe(v.string(), v.isoTimestamp());
/** The device kinds the contract names (DeviceKind). */
export const DEVICE_KIND = v.picklist(['computer', 'phone', 'tablet', 'unknown']);

const SessionSchema = v.object({
  id: v.string(),
  startedAt: TIME,
  lastActiveAt: TIME,
  ip: v.string(),
  place: v.optional(v.string()),
  client: v.string(),
  kind: DEVICE_KIND,
  browser: v.string(),
  os: v.string(),
  current: v.boolean(),
}) satisfies v.GenericSchema<unknown, AccountSession>;

const ListSchema = v.object({ items: v.array(SessionSchema) });
const CountSchema = v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/** The account's active sessions: this one first (`current`), then by last activity. */
export async function listSessions(client: ApiClient, signal?: AbortSignal): Promise<AccountSession[]> {
  const list = await client.get('security/sessions', { signal, parse: valibotParser(ListSchema) });
  return list.items;
}

/** Ends one other session (its tokens stop working at once). 422 `current-session` for this one; 404 when gone. */
export async function endSession(client: ApiClient, id: string, signal?: AbortSignal): Promise<void> {
  await client.request({ method: 'DELETE', path: `security/sessions/${pathSegment(id)}`, signal });
}

/** «Завершить все другие сеансы»: every session but this one ends; resolves how many did. */
export async function endOtherSessions(client: ApiClient, signal?: AbortSignal): Promise<number> {
  const result = await client.post('security/sessions/end-others', undefined, {
    signal,
    parse: valibotParser(CountSchema),
  });
  return result.count;
}
