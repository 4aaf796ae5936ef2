/**
 * «Обзор» calls of <gu-security-settings> (contract: mocks/openapi.yaml, tag `security`: getSecurityOverview),
 * loaded with the part that asks first; the answer validated at the boundary with valibot. The alerts read their
 * choices here too (the contract has no other GET for them).
 */
import * as v from 'valibot';
import { valibotParser, type ApiClient } from '../core/api/index.js';
import type { SecurityAlerts, SecurityOverview, TwoFactorState } from './types.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());
const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0));
const CHANNEL = v.picklist(['portal', 'email', 'sms', 'push']);

const AlertSchema = v.object({ enabled: v.boolean(), channels: v.array(CHANNEL) });

/** SecurityAlerts (the overview's `alerts`, and setSecurityAlerts' answer). */
export const SecurityAlertsSchema = v.object({
  newDevice: AlertSchema,
  passwordChanged: AlertSchema,
  twoFactorChanged: AlertSchema,
  version: COUNT,
}) satisfies v.GenericSchema<unknown, SecurityAlerts>;

/** TwoFactorState (the overview's `twoFactor`). */
export const TwoFactorStateSchema = v.object({
  enabled: v.boolean(),
  methods: v.array(
    v.object({
      id: v.string(),
      kind: v.picklist(['sms', 'email', 'totp']),
      label: v.string(),
      addedAt: DATE_TIME,
      lastUsedAt: v.optional(DATE_TIME),
    }),
  ),
  defaultMethodId: v.optional(v.string()),
  backupCodes: v.object({ left: COUNT, generatedAt: v.optional(DATE_TIME) }),
  version: COUNT,
}) satisfies v.GenericSchema<unknown, TwoFactorState>;

const OverviewSchema = v.object({
  password: v.object({
    changedAt: v.optional(DATE_TIME),
    policy: v.picklist(['default', 'nist']),
    minLength: v.pipe(v.number(), v.integer(), v.minValue(1)),
    maxLength: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
  twoFactor: TwoFactorStateSchema,
  passkeys: v.object({ count: COUNT, lastUsedAt: v.optional(DATE_TIME) }),
  questions: v.object({ count: COUNT, updatedAt: v.optional(DATE_TIME) }),
  devices: v.object({ count: COUNT }),
  sessions: v.object({ count: COUNT }),
  recentFailures: v.optional(COUNT),
  reauthenticatedUntil: v.optional(DATE_TIME),
  alerts: SecurityAlertsSchema,
}) satisfies v.GenericSchema<unknown, SecurityOverview>;

/** Every section's state at a glance. */
export function getOverview(client: ApiClient, signal?: AbortSignal): Promise<SecurityOverview> {
  return client.get('security', { signal, parse: valibotParser(OverviewSchema) });
}
