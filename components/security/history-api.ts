/**
 * «История входов» and «Это был не я» calls of <gu-security-settings> (contract: mocks/openapi.yaml, tag `security`):
 * listLoginEvents (filters and pages), getLoginEvent, exportLoginEvents (CSV, fetched through the API client so the
 * session's token goes with it) and reportLoginEvent. Loaded with the history and incident parts; each answer
 * validated at the boundary with valibot.
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import type { HistoryFilters } from './context.js';
import type { LoginEvent, LoginEventPage, LoginMethod, LoginResult, SuspiciousLoginReport } from './types.js';

const TIME = v.pipe(v.string(), v.isoTimestamp());

export const LOGIN_RESULTS = ['success', 'failure'] as const satisfies readonly LoginResult[];
export const LOGIN_METHODS = [
  'password',
  'passkey',
  'qr',
  'signature',
  'bank',
  'recovery',
  'registration',
  'reauthentication',
] as const satisfies readonly LoginMethod[];

const LoginEventSchema = v.object({
  id: v.string(),
  at: TIME,
  ip: v.string(),
  place: v.optional(v.string()),
  kind: v.picklist(['computer', 'phone', 'tablet', 'unknown']),
  browser: v.string(),
  os: v.string(),
  method: v.picklist(LOGIN_METHODS),
  secondFactor: v.optional(v.picklist(['sms', 'email', 'totp', 'backup-code', 'trusted-device'])),
  result: v.picklist(LOGIN_RESULTS),
  reason: v.optional(
    v.picklist([
      'wrong-password',
      'wrong-code',
      'code-expired',
      'account-locked',
      'factor-locked',
      'passkey-failed',
      'wrong-answers',
    ]),
  ),
  newDevice: v.boolean(),
  current: v.optional(v.boolean()),
  reported: v.boolean(),
}) satisfies v.GenericSchema<unknown, LoginEvent>;

const PageSchema = v.object({
  items: v.array(LoginEventSchema),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
}) satisfies v.GenericSchema<unknown, LoginEventPage>;

const ReportSchema = v.object({
  id: v.string(),
  reference: v.pipe(v.string(), v.minLength(1)),
  reportedAt: TIME,
  eventId: v.string(),
}) satisfies v.GenericSchema<unknown, SuspiciousLoginReport>;

/** The query of the filters (empty ones left out). */
function filterQuery(filters: HistoryFilters): Record<string, string | undefined> {
  return {
    result: filters.result || undefined,
    method: filters.method || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
  };
}

/** One page of the sign-ins that pass the filters, newest first. */
export function listLoginEvents(
  client: ApiClient,
  filters: HistoryFilters,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<LoginEventPage> {
  return client.get('security/login-history', {
    signal,
    query: { ...filterQuery(filters), page, pageSize },
    parse: valibotParser(PageSchema),
  });
}

/** One sign-in (404 when the account has none with this id). */
export function getLoginEvent(client: ApiClient, id: string, signal?: AbortSignal): Promise<LoginEvent> {
  return client.get(`security/login-history/${pathSegment(id)}`, { signal, parse: valibotParser(LoginEventSchema) });
}

/** A file the server made: its bytes and the name it suggests. */
export interface CsvFile {
  blob: Blob;
  fileName: string;
}

/** The name in a Content-Disposition header (`filename="…"`), if any. */
export function fileNameOf(disposition: string | null): string | undefined {
  const match = /filename="([^"]+)"/.exec(disposition ?? '');
  const name = [...(match?.[1] ?? '')].map((char) => (char < ' ' || '\\/:*?<>|'.includes(char) ? '_' : char)).join('');
  return name || undefined;
}

/** Every sign-in that passes the filters as CSV (UTF-8 with BOM, `;`), as the server writes it. */
export async function exportLoginEvents(
  client: ApiClient,
  filters: HistoryFilters,
  signal?: AbortSignal,
): Promise<CsvFile> {
  const response = await client.request({
    path: 'security/login-history/export',
    query: filterQuery(filters),
    headers: { Accept: 'text/csv' },
    signal,
    raw: true,
  });
  // The bytes as they came (the BOM that tells Excel the text is UTF-8 stays).
  const bytes = await response.arrayBuffer();
  return {
    blob: new Blob([bytes], { type: 'text/csv;charset=utf-8' }),
    fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? 'login-history.csv',
  };
}

/** «Это был не я»: reports a sign-in; 409 `already-reported`. The same key for retries of one report. */
export function reportLoginEvent(
  client: ApiClient,
  id: string,
  comment: string,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<SuspiciousLoginReport> {
  return client.post(`security/login-history/${pathSegment(id)}/report`, comment ? { comment } : {}, {
    signal,
    idempotencyKey,
    parse: valibotParser(ReportSchema),
  });
}
