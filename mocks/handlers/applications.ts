/**
 * The applications resource: GET /applications (the list: this is its one handler), GET /applications/stats,
 * GET /applications/{id}, POST /applications/{id}/cancel. What the tracker adds around one application (read,
 * receipt, documents, messages) is in application-tracker.ts.
 */
import { APPLICATION_STATUSES, SEED_NOW, cancelApplication, getDb } from '../db/index.js';
import type { Application, ApplicationRecord, ApplicationStatus } from '../db/index.js';
import {
  APPLICATION_SORTS,
  applicationIndex,
  sortedApplications,
  type ApplicationSortKey,
} from '../db/application-index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, enumValues, errorResponse, http, idempotent, pageOf, paging } from './support.js';

type CountsByStatus = components['schemas']['CountsByStatus'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The list shape of an application (the detail without timeline, documents and actions). */
function summaryOf(record: ApplicationRecord): Application {
  const { ownerId: _owner, timeline: _timeline, documents: _documents, allowedActions: _actions, ...summary } = record;
  return summary;
}

/** The detail shape of an application (without the owner). */
function detailOf(record: ApplicationRecord): components['schemas']['ApplicationDetail'] {
  const { ownerId: _owner, ...detail } = record;
  return structuredClone(detail);
}

/** The month key (YYYY-MM) `back` months before the month of `now`. */
function monthKey(now: number, back: number): string {
  const date = new Date(now);
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - back);
  return date.toISOString().slice(0, 7);
}

/** Handlers of the applications domain. */
export const applicationHandlers = [
  /**
   * The list, answered from a read index (mocks/db/application-index.ts) as a real backend answers from its indexes:
   * the owner's applications are presorted per sort key and counted per status once, so a request only filters what
   * it must and slices a page — no sort of 10 000 records per request. A query the contract refuses: 400.
   */
  http.get('/applications', ({ request, response }) => {
    const url = new URL(request.url);
    const paged = paging(url);
    const statuses = enumValues(url, 'status', APPLICATION_STATUSES);
    const sort = (url.searchParams.get('sort') ?? '-submittedAt') as ApplicationSortKey;
    const from = url.searchParams.get('submittedFrom');
    const to = url.searchParams.get('submittedTo');
    const errors = [
      ...('errors' in paged ? paged.errors : []),
      ...('errors' in statuses ? statuses.errors : []),
      ...(APPLICATION_SORTS.includes(sort) ? [] : [{ field: 'sort', code: 'invalid' }]),
      ...(from && !DATE.test(from) ? [{ field: 'submittedFrom', code: 'invalid' }] : []),
      ...(to && !DATE.test(to) ? [{ field: 'submittedTo', code: 'invalid' }] : []),
    ];
    if (errors.length > 0 || 'errors' in paged || 'errors' in statuses)
      return response.untyped(errorResponse(request, 400, 'validation-failed', { fields: errors }));
    const agencyId = url.searchParams.get('agencyId');
    const q = url.searchParams.get('q')?.trim().toLocaleLowerCase('ru') ?? '';
    const index = applicationIndex(getDb(), citizenOf(request).id);
    const sorted = sortedApplications(index, sort);
    // Every filter but status decides countsByStatus (how many each status chip would show).
    const narrowed = Boolean(agencyId || from || to || q);
    const matching = narrowed
      ? sorted.filter(
          (a) =>
            (!agencyId || a.agencyId === agencyId) &&
            (!from || a.submittedAt.slice(0, 10) >= from) &&
            (!to || a.submittedAt.slice(0, 10) <= to) &&
            (!q ||
              a.number.includes(q) ||
              a.serviceTitle.toLocaleLowerCase('ru').includes(q) ||
              a.agencyTitle.toLocaleLowerCase('ru').includes(q)),
        )
      : sorted;
    let countsByStatus = { ...index.counts } as CountsByStatus;
    if (narrowed) {
      countsByStatus = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0])) as CountsByStatus;
      for (const application of matching) countsByStatus[application.status] += 1;
    }
    const wanted = new Set<ApplicationStatus>(statuses.values);
    const filtered = wanted.size > 0 ? matching.filter((a) => wanted.has(a.status)) : matching;
    return response(200).json({
      items: pageOf(filtered, paged.page, paged.pageSize).map(summaryOf),
      total: filtered.length,
      page: paged.page,
      pageSize: paged.pageSize,
      countsByStatus,
    });
  }),

  // Before /applications/{id}: «stats» is not an id.
  http.get('/applications/stats', ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    const byStatus = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0])) as CountsByStatus;
    // The seeded data is "as of" SEED_NOW: the twelve months up to it.
    const months = Array.from({ length: 12 }, (_, index) => monthKey(SEED_NOW, 11 - index));
    const byMonth = new Map(months.map((month) => [month, 0]));
    let total = 0;
    for (const application of getDb().applications) {
      if (application.ownerId !== ownerId) continue;
      total += 1;
      byStatus[application.status] += 1;
      const month = application.submittedAt.slice(0, 7);
      if (byMonth.has(month)) byMonth.set(month, byMonth.get(month)! + 1);
    }
    return response(200).json({
      total,
      byStatus,
      byMonth: months.map((month) => ({ month, count: byMonth.get(month)! })),
    });
  }),

  http.get('/applications/{id}', ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const application = getDb().applications.find((a) => a.id === params.id && a.ownerId === ownerId);
    if (!application) return response.untyped(errorResponse(request, 404, 'not-found'));
    return response(200).json(detailOf(application));
  }),

  http.post('/applications/{id}/cancel', async ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    let reason: string | undefined;
    const text = await (request as Request).text(); // the typed request narrows text() away from JSON bodies
    if (text.trim() !== '') {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return response.untyped(errorResponse(request, 400, 'bad-request'));
      }
      const candidate = (body as { reason?: unknown } | null)?.reason;
      if (
        typeof body !== 'object' ||
        body === null ||
        Array.isArray(body) ||
        (candidate !== undefined && (typeof candidate !== 'string' || candidate.length > 1000))
      ) {
        return response.untyped(
          errorResponse(request, 400, 'validation-failed', { fields: [{ field: 'reason', code: 'invalid' }] }),
        );
      }
      reason = candidate as string | undefined;
    }
    const result = await idempotent(
      request,
      { required: false, fingerprint: JSON.stringify({ id: params.id, reason: reason ?? null }) },
      async () => {
        const application = getDb().applications.find((a) => a.id === params.id && a.ownerId === ownerId);
        if (!application) return errorResponse(request, 404, 'not-found');
        if (cancelApplication(application, reason)) return errorResponse(request, 409, 'not-cancellable');
        return { status: 200, body: detailOf(application) };
      },
    );
    return response.untyped(result);
  }),
];
