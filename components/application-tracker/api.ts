/**
 * The application tracker's API module: every call it makes, each response validated at the boundary.
 * The list itself (and its agencies) are validated by the small guards of list-api.ts, row by row, so one malformed
 * application becomes a per-row error, not a failed list; this module (valibot) is loaded with the detail, the chart
 * and live status.
 */
import * as v from 'valibot';
import { ApiError, pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import { STATUSES, type ApplicationStatus } from './list-api.js';
export { saveBlob } from '../core/ui/save-file.js';

export {
  STATUSES,
  SORTS,
  fetchApplications,
  parseRow,
  type Application,
  type ApplicationPage,
  type ApplicationSort,
  type ApplicationStatus,
  type CountsByStatus,
  type ListQuery,
  type Row,
} from './list-api.js';

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

const MEDIA = v.picklist(['application/pdf', 'image/jpeg', 'image/png']);
const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());
const STATUS = v.picklist(STATUSES);

const Counts = v.object(
  Object.fromEntries(STATUSES.map((s) => [s, v.pipe(v.number(), v.integer())])) as {
    [K in ApplicationStatus]: v.SchemaWithPipe<
      readonly [v.NumberSchema<undefined>, v.IntegerAction<number, undefined>]
    >;
  },
);

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

const StatusEventSchema = v.object({
  applicationId: v.string(),
  number: v.pipe(v.string(), v.regex(/^\d{10}$/)),
  status: STATUS,
  previousStatus: STATUS,
  at: DATE_TIME,
  comment: v.optional(v.string()),
});
/** An `application-status` live event (GET /events): an application's status changed. */
export type StatusEvent = v.InferOutput<typeof StatusEventSchema>;

/** The payload of an `application-status` live event, or undefined when it does not match the contract. */
export function parseStatusEvent(data: unknown): StatusEvent | undefined {
  const result = v.safeParse(StatusEventSchema, data);
  return result.success ? result.output : undefined;
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
