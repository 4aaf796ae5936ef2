/**
 * «Оповещения» calls of <gu-security-settings> (contract: mocks/openapi.yaml, tag `security`: setSecurityAlerts; the
 * alerts are read with the overview, overview-api.ts), loaded with the alerts part; the answer validated with valibot.
 */
import { valibotParser, type ApiClient } from '../core/api/index.js';
import { SecurityAlertsSchema } from './overview-api.js';
import type { SecurityAlerts } from './types.js';

export { getOverview } from './overview-api.js';

/**
 * Saves the three alerts at once (one PUT per «Сохранить», with the version read). 409 `security-changed`: another
 * save came first (here, or the login alerts in the notification settings); 422 `channel-unavailable` with `fields`
 * `<kind>.<channel>`. The same key for a retry of the same choices.
 */
export function saveAlerts(
  client: ApiClient,
  alerts: SecurityAlerts,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<SecurityAlerts> {
  return client.request({
    method: 'PUT',
    path: 'security/alerts',
    body: alerts,
    idempotencyKey,
    signal,
    parse: valibotParser(SecurityAlertsSchema),
  });
}
