/**
 * What the list needs of the API, without a schema library: the first render of the tracker carries these few
 * guards instead of valibot (which the detail, chart and live status load with api.ts). The checks are the same as
 * the valibot schemas of api.ts — a row that fails them becomes a per-row error, a malformed envelope an ApiError.
 */
import { ApiError, type ApiClient } from '../core/api/index.js';

export const STATUSES = [
  'draft',
  'sent',
  'accepted',
  'processing',
  'additions-required',
  'approved',
  'done',
  'rejected',
  'cancelled',
  'expired',
] as const;
export type ApplicationStatus = (typeof STATUSES)[number];

export const SORTS = ['-submittedAt', 'submittedAt', 'decisionDue', '-decisionDue', 'status'] as const;
export type ApplicationSort = (typeof SORTS)[number];

/** One row of «Мои заявления». */
export interface Application {
  id: string;
  number: string;
  serviceId: string;
  serviceTitle: string;
  agencyId: string;
  agencyTitle: string;
  submittedAt: string;
  status: ApplicationStatus;
  statusChangedAt: string;
  decisionDue?: string | undefined;
  unread: boolean;
}

export type CountsByStatus = Record<ApplicationStatus, number>;

/** A row of the list: the application, or why it could not be shown. */
export type Row = { ok: true; application: Application } | { ok: false; key: string; number?: string };

export interface ApplicationPage {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
  counts: CountsByStatus;
}

/** What the list asks for. */
export interface ListQuery {
  page: number;
  pageSize: number;
  q?: string;
  status?: readonly ApplicationStatus[];
  agencyId?: string;
  submittedFrom?: string;
  submittedTo?: string;
  sort?: ApplicationSort;
}

// The same patterns as valibot's isoTimestamp() and isoDate().
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
const ISO_TIMESTAMP =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
const NUMBER = /^\d{10}$/;
const ANY = /(?:)/;

/** The string fields of a row and what each must match (the ApplicationSchema of api.ts); decisionDue may be absent. */
const TEXT_FIELDS = {
  id: /./su,
  number: NUMBER,
  serviceId: ANY,
  serviceTitle: ANY,
  agencyId: ANY,
  agencyTitle: ANY,
  submittedAt: ISO_TIMESTAMP,
  statusChangedAt: ISO_TIMESTAMP,
  decisionDue: ISO_DATE,
};

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
export const isStatus = (value: unknown): value is ApplicationStatus =>
  (STATUSES as readonly unknown[]).includes(value);
const isCount = (value: unknown, min = 0): value is number => Number.isInteger(value) && (value as number) >= min;

/** The application (its known fields only), or undefined when a field is missing or malformed. */
export function toApplication(item: unknown): Application | undefined {
  if (!isObject(item) || !isStatus(item['status']) || typeof item['unread'] !== 'boolean') return undefined;
  const application: Loose = { status: item['status'], unread: item['unread'] };
  for (const [field, pattern] of Object.entries(TEXT_FIELDS)) {
    const value = item[field];
    if (value === undefined && field === 'decisionDue') continue;
    if (!isString(value) || !pattern.test(value)) return undefined;
    application[field] = value;
  }
  return application as unknown as Application;
}

/** Validates one row; a failure keeps what identifies it (id, number) when those are readable. */
export function parseRow(item: unknown, index: number): Row {
  const application = toApplication(item);
  if (application) return { ok: true, application };
  const raw = isObject(item) ? item : {};
  const row: Row = { ok: false, key: isString(raw['id']) ? raw['id'] : `row-${index}` };
  if (isString(raw['number']) && NUMBER.test(raw['number'])) row.number = raw['number'];
  return row;
}

/** The page envelope; its items are validated one by one by `parseRow`. */
function parsePage(data: unknown): ApplicationPage {
  const { items, total, page, pageSize, countsByStatus } = isObject(data) ? data : {};
  const counts = (isObject(countsByStatus) ? countsByStatus : {}) as CountsByStatus;
  const wrong = !Array.isArray(items)
    ? 'items'
    : !isCount(total)
      ? 'total'
      : !isCount(page, 1)
        ? 'page'
        : !isCount(pageSize, 1)
          ? 'pageSize'
          : STATUSES.find((status) => !Number.isInteger(counts[status]));
  if (wrong) throw new ApiError('malformed', `Response does not match the expected shape: ${wrong}`);
  return { rows: (items as unknown[]).map(parseRow), total, page, pageSize, counts } as ApplicationPage;
}

/** One page of the citizen's applications. */
export function fetchApplications(client: ApiClient, query: ListQuery, signal?: AbortSignal): Promise<ApplicationPage> {
  return client.get('applications', {
    signal,
    query: {
      page: query.page,
      pageSize: query.pageSize,
      q: query.q || undefined,
      status: query.status && query.status.length > 0 ? [...query.status] : undefined,
      agencyId: query.agencyId || undefined,
      submittedFrom: query.submittedFrom || undefined,
      submittedTo: query.submittedTo || undefined,
      sort: query.sort,
    },
    parse: parsePage,
  });
}
