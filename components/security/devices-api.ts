/**
 * «Доверенные устройства» calls of <gu-security-settings> (contract: mocks/openapi.yaml, tag `security`): the devices
 * that skip the one-time code at sign-in — this one marked `current` —, forgetting one, forgetting all. Loaded with
 * the devices part; each answer validated at the boundary with valibot.
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import { DEVICE_KIND } from './sessions-api.js';
import type { TrustedDevice } from './types.js';

const TIME = v.pipe(v.string(), v.isoTimestamp());

const DeviceSchema = v.object({
  id: v.string(),
  kind: DEVICE_KIND,
  browser: v.string(),
  os: v.string(),
  place: v.optional(v.string()),
  lastUsedAt: TIME,
  trustedUntil: TIME,
  current: v.boolean(),
}) satisfies v.GenericSchema<unknown, TrustedDevice>;

const ListSchema = v.object({ items: v.array(DeviceSchema) });
const CountSchema = v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/** The trusted devices, most recently used first. */
export async function listTrustedDevices(client: ApiClient, signal?: AbortSignal): Promise<TrustedDevice[]> {
  const list = await client.get('security/devices', { signal, parse: valibotParser(ListSchema) });
  return list.items;
}

/** Forgets one device: its next sign-in asks for the one-time code again (404 when already forgotten). */
export async function forgetTrustedDevice(client: ApiClient, id: string, signal?: AbortSignal): Promise<void> {
  await client.request({ method: 'DELETE', path: `security/devices/${pathSegment(id)}`, signal });
}

/** «Забыть все устройства»: resolves how many were forgotten. */
export async function forgetAllTrustedDevices(client: ApiClient, signal?: AbortSignal): Promise<number> {
  const result = await client.request({
    method: 'DELETE',
    path: 'security/devices',
    signal,
    parse: valibotParser(CountSchema),
  });
  return result.count;
}
