/**
 * The application tracker's API module: every call it makes, each response validated at the boundary.
 * The list is validated row by row, so one malformed application becomes a per-row error, not a failed list.
 */
import * as v from 'valibot';
import { ApiError, pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';

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

export const ACTIONS = [
  'continue-draft',
  'add-documents',
  'download-result',
  'resubmit',
  'create-new',
  'cancel',
  'contact-operator',
] as const;
export type ApplicationAction = (typeof ACTIONS)[number];

export const SORTS = ['-submittedAt', 'submittedAt', 'decisionDue', '-decisionDue', 'status'] as const;
export type ApplicationSort = (typeof SORTS)[number];

const MEDIA = v.picklist(['application/pdf', 'image/jpeg', 'image/png']);
const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());
const STATUS = v.picklist(STATUSES);

const ApplicationSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  number: v.pipe(v.string(), v.regex(/^\d{10}$/)),
  serviceId: v.string(),
  serviceTitle: v.string(),
  agencyId: v.string(),
  agencyTitle: v.string(),
  submittedAt: DATE_TIME,
  status: STATUS,
  statusChangedAt: DATE_TIME,
  decisionDue: v.optional(v.pipe(v.string(), v.isoDate())),
  unread: v.boolean(),
});
/** One row of «Мои заявления». */
export type Application = v.InferOutput<typeof ApplicationSchema>;

const DocumentSchema = v.object({
  id: v.string(),
  title: v.string(),
  kind: v.picklist(['submitted', 'result', 'receipt']),
  mediaType: MEDIA,
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  createdAt: DATE_TIME,
});
export type ApplicationDocument = v.InferOutput<typeof DocumentSchema>;

const DetailSchema = v.object({
  ...ApplicationSchema.entries,
  timeline: v.pipe(
    v.array(
      v.object({
        status: STATUS,
        at: DATE_TIME,
        actor: v.picklist(['citizen', 'agency', 'system', 'operator']),
        comment: v.optional(v.string()),
      }),
    ),
    v.minLength(1),
  ),
  documents: v.array(DocumentSchema),
  // Unknown future actions are dropped rather than failing the whole detail.
  allowedActions: v.pipe(
    v.array(v.string()),
    v.transform((list) => ACTIONS.filter((action) => list.includes(action))),
  ),
});
/** An application with its timeline, documents and allowed actions. */
export type ApplicationDetail = v.InferOutput<typeof DetailSchema>;
export type TimelineEntry = ApplicationDetail['timeline'][number];

const Counts = v.object(
  Object.fromEntries(STATUSES.map((s) => [s, v.pipe(v.number(), v.integer())])) as {
    [K in ApplicationStatus]: v.SchemaWithPipe<
      readonly [v.NumberSchema<undefined>, v.IntegerAction<number, undefined>]
    >;
  },
);
export type CountsByStatus = v.InferOutput<typeof Counts>;

const PageEnvelope = v.object({
  items: v.array(v.unknown()),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  countsByStatus: Counts,
});

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

const parseEnvelope = valibotParser(PageEnvelope);

/** Validates one row; a failure keeps what identifies it (id, number) when those are readable. */
export function parseRow(item: unknown, index: number): Row {
  const result = v.safeParse(ApplicationSchema, item);
  if (result.success) return { ok: true, application: result.output };
  const raw = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  const row: Row = { ok: false, key: typeof raw['id'] === 'string' ? raw['id'] : `row-${index}` };
  if (typeof raw['number'] === 'string' && /^\d{10}$/.test(raw['number'])) row.number = raw['number'];
  return row;
}

/** One page of the citizen's applications. */
export async function fetchApplications(
  client: ApiClient,
  query: ListQuery,
  signal?: AbortSignal,
): Promise<ApplicationPage> {
  const page = await client.get('applications', {
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
    parse: parseEnvelope,
  });
  return {
    rows: page.items.map(parseRow),
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    counts: page.countsByStatus,
  };
}

const parseDetail = valibotParser(DetailSchema);

/** One application with timeline, documents and actions. */
export function fetchApplication(client: ApiClient, id: string, signal?: AbortSignal): Promise<ApplicationDetail> {
  return client.get(`applications/${pathSegment(id)}`, { signal, parse: parseDetail });
}

/** Cancels an application; the key makes a repeated attempt (double click, retry) one cancellation. */
export function cancelApplication(
  client: ApiClient,
  id: string,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<ApplicationDetail> {
  return client.post(`applications/${pathSegment(id)}/cancel`, {}, { idempotencyKey, signal, parse: parseDetail });
}

/** Marks the status change as seen. */
export async function markRead(client: ApiClient, id: string): Promise<void> {
  await client.post(`applications/${pathSegment(id)}/read`, undefined, { parse: valibotParser(ApplicationSchema) });
}

const Agencies = v.object({ items: v.array(v.object({ id: v.string(), title: v.string() })) });
export type Agency = { id: string; title: string };
/** The agencies for the filter. */
export async function fetchAgencies(client: ApiClient, signal?: AbortSignal): Promise<Agency[]> {
  return (await client.get('agencies', { signal, parse: valibotParser(Agencies) })).items;
}

const EventPage = v.object({
  events: v.array(
    v.object({
      seq: v.number(),
      applicationId: v.string(),
      number: v.string(),
      status: STATUS,
      previousStatus: STATUS,
      at: DATE_TIME,
      comment: v.optional(v.string()),
    }),
  ),
  cursor: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type StatusEvent = v.InferOutput<typeof EventPage>['events'][number];

/** Status changes after `since` (none and the current cursor without it). */
export function fetchEvents(
  client: ApiClient,
  since: number | undefined,
  signal?: AbortSignal,
): Promise<{ events: StatusEvent[]; cursor: number }> {
  return client.get('applications/events', {
    signal,
    query: { since },
    parse: valibotParser(EventPage),
  });
}

const Stats = v.object({
  total: v.number(),
  byStatus: Counts,
  byMonth: v.array(v.object({ month: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)), count: v.number() })),
});
export type ApplicationStats = v.InferOutput<typeof Stats>;

/** Counts by status and by month for the chart. */
export function fetchStats(client: ApiClient, signal?: AbortSignal): Promise<ApplicationStats> {
  return client.get('applications/stats', { signal, parse: valibotParser(Stats) });
}

const FileContent = v.object({ fileName: v.string(), mediaType: MEDIA, content: v.string() });

function toBlob(file: v.InferOutput<typeof FileContent>): { blob: Blob; fileName: string } {
  let binary: string;
  try {
    binary = atob(file.content);
  } catch (cause) {
    throw new ApiError('malformed', 'File content is not base64', { cause });
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return { blob: new Blob([bytes], { type: file.mediaType }), fileName: file.fileName };
}

/** A document of the application as a Blob to save. */
export async function fetchDocument(
  client: ApiClient,
  id: string,
  documentId: string,
  signal?: AbortSignal,
): Promise<{ blob: Blob; fileName: string }> {
  return toBlob(
    await client.get(`applications/${pathSegment(id)}/documents/${pathSegment(documentId)}`, {
      signal,
      parse: valibotParser(FileContent),
    }),
  );
}

/** The receipt of submission as a PDF Blob. */
export async function fetchReceipt(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<{ blob: Blob; fileName: string }> {
  return toBlob(
    await client.get(`applications/${pathSegment(id)}/receipt`, { signal, parse: valibotParser(FileContent) }),
  );
}

const Thread = v.object({
  items: v.array(
    v.object({
      id: v.string(),
      author: v.picklist(['citizen', 'operator']),
      text: v.string(),
      at: DATE_TIME,
    }),
  ),
});
export type OperatorMessage = v.InferOutput<typeof Thread>['items'][number];

/** The operator thread of an application. */
export async function fetchMessages(client: ApiClient, id: string, signal?: AbortSignal): Promise<OperatorMessage[]> {
  return (await client.get(`applications/${pathSegment(id)}/messages`, { signal, parse: valibotParser(Thread) })).items;
}

/** Sends a message to the operator; resolves the whole thread. */
export async function sendMessage(
  client: ApiClient,
  id: string,
  text: string,
  idempotencyKey: string,
): Promise<OperatorMessage[]> {
  return (
    await client.post(
      `applications/${pathSegment(id)}/messages`,
      { text },
      { idempotencyKey, parse: valibotParser(Thread) },
    )
  ).items;
}

/** Saves a Blob as a file through a temporary object URL (works under a strict CSP). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
