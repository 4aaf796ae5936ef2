/** GET /applications, GET /applications/{id}, POST /applications/{id}/cancel. */
import { APPLICATION_STATUSES, cancelApplication, getDb } from '../db/index.js';
import type { Application, ApplicationRecord, ApplicationStatus } from '../db/index.js';
import { APPLICATION_SORTS, compareApplications, type ApplicationSortKey } from '../db/application-index.js';
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

/** Handlers of the applications domain. */
export const applicationHandlers = [
  http.get('/applications', ({ request, response }) => {
    const url = new URL(request.url);
    const ownerId = citizenOf(request).id;
    const paged = paging(url);
    const statuses = enumValues(url, 'status', APPLICATION_STATUSES);
    const sort = url.searchParams.get('sort') ?? '-submittedAt';
    const from = url.searchParams.get('submittedFrom');
    const to = url.searchParams.get('submittedTo');
    const errors = [
      ...('errors' in paged ? paged.errors : []),
      ...('errors' in statuses ? statuses.errors : []),
      ...(APPLICATION_SORTS.includes(sort as never) ? [] : [{ field: 'sort', code: 'invalid' }]),
      ...(from && !DATE.test(from) ? [{ field: 'submittedFrom', code: 'invalid' }] : []),
      ...(to && !DATE.test(to) ? [{ field: 'submittedTo', code: 'invalid' }] : []),
    ];
    if (errors.length > 0 || 'errors' in paged || 'errors' in statuses)
      return response.untyped(errorResponse(request, 400, 'validation-failed', { fields: errors }));
    const agencyId = url.searchParams.get('agencyId');
    const q = url.searchParams.get('q')?.trim().toLocaleLowerCase('ru') ?? '';
    // Every filter but status: countsByStatus tells how many each status chip would show.
    const matching = getDb().applications.filter(
      (a) =>
        a.ownerId === ownerId &&
        (!agencyId || a.agencyId === agencyId) &&
        (!from || a.submittedAt.slice(0, 10) >= from) &&
        (!to || a.submittedAt.slice(0, 10) <= to) &&
        (!q ||
          a.number.includes(q) ||
          a.serviceTitle.toLocaleLowerCase('ru').includes(q) ||
          a.agencyTitle.toLocaleLowerCase('ru').includes(q)),
    );
    const countsByStatus = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0])) as CountsByStatus;
    for (const application of matching) countsByStatus[application.status] += 1;
    const wanted = new Set<ApplicationStatus>(statuses.values);
    const filtered = wanted.size > 0 ? matching.filter((a) => wanted.has(a.status)) : matching;
    const sorted = [...filtered].sort(compareApplications(sort as ApplicationSortKey));
    return response(200).json({
      items: pageOf(sorted, paged.page, paged.pageSize).map(summaryOf),
      total: filtered.length,
      page: paged.page,
      pageSize: paged.pageSize,
      countsByStatus,
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
