/**
 * What <gu-application-tracker> adds around one application: marking read, the receipt PDF, document download and
 * upload, and the operator message thread. The list, the statistics, the detail and cancelling are applications.ts
 * (one handler per operation; their order does not depend on this file's place in index.ts).
 */
import { HttpResponse } from 'msw';
import { getDb } from '../db/index.js';
import type { ApplicationRecord, ApplicationDocument } from '../db/index.js';
import {
  JPEG_1X1,
  PNG_1X1,
  addCitizenMessage,
  addUploadedDocument,
  makePdf,
  messagesOf,
} from '../db/application-extras.js';
import { citizenOf, errorResponse, http, idempotent, localeOf } from './support.js';

type MediaType = ApplicationDocument['mediaType'];

/** Largest document the mock accepts (seed 000: «до 10 МБ»). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MEDIA_TYPES: readonly MediaType[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** An error body with a message of this domain (codes the shared table does not know). */
function domainError(request: Request, status: number, code: string, ru: string, en: string): Response {
  const locale = localeOf(request);
  return HttpResponse.json(
    { code, message: locale === 'en' ? en : ru },
    { status, headers: { 'Content-Language': locale } },
  );
}

function ownApplication(request: Request, id: string): ApplicationRecord | undefined {
  const ownerId = citizenOf(request).id;
  return getDb().applications.find((a) => a.id === id && a.ownerId === ownerId);
}

async function jsonBody(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = JSON.parse(await request.text());
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function fileOf(document: ApplicationDocument, application: ApplicationRecord): string {
  if (document.mediaType === 'image/png') return PNG_1X1;
  if (document.mediaType === 'image/jpeg') return JPEG_1X1;
  return makePdf([
    document.title.replace(/\.pdf$/i, ''),
    `Application No. ${application.number}`,
    `Document ${document.id}, ${document.createdAt.slice(0, 10)}`,
  ]);
}

/** Handlers the application tracker adds. */
export const applicationTrackerHandlers = [
  http.post('/applications/{id}/read', ({ request, params, response }) => {
    const application = ownApplication(request, params.id);
    if (!application) return response.untyped(errorResponse(request, 404, 'not-found'));
    application.unread = false;
    const { ownerId: _o, timeline: _t, documents: _d, allowedActions: _a, ...summary } = application;
    return response(200).json(structuredClone(summary));
  }),

  http.get('/applications/{id}/receipt', ({ request, params, response }) => {
    const application = ownApplication(request, params.id);
    if (!application) return response.untyped(errorResponse(request, 404, 'not-found'));
    if (application.status === 'draft')
      return response.untyped(
        domainError(
          request,
          409,
          'no-receipt',
          'Расписка появится после отправки заявления.',
          'The receipt appears once the application is sent.',
        ),
      );
    const content = makePdf([
      'Gosuslugi - receipt of submission',
      `Application No. ${application.number}`,
      `Service: ${application.serviceId}`,
      `Agency: ${application.agencyId}`,
      `Submitted: ${application.submittedAt}`,
      `Expected decision: ${application.decisionDue ?? '-'}`,
    ]);
    return response(200).json({
      fileName: `receipt-${application.number}.pdf`,
      mediaType: 'application/pdf',
      content,
    });
  }),

  http.get('/applications/{id}/documents/{documentId}', ({ request, params, response }) => {
    const application = ownApplication(request, params.id);
    const document = application?.documents.find((d) => d.id === params.documentId);
    if (!application || !document) return response.untyped(errorResponse(request, 404, 'not-found'));
    return response(200).json({
      fileName: document.title,
      mediaType: document.mediaType,
      content: fileOf(document, application),
    });
  }),

  http.post('/applications/{id}/documents', async ({ request, params, response }) => {
    const body = await jsonBody(request as Request);
    const fileName = body?.['fileName'];
    const mediaType = body?.['mediaType'];
    const content = body?.['content'];
    const fields = [
      ...(typeof fileName !== 'string' || fileName.length < 1 || fileName.length > 255
        ? [{ field: 'fileName', code: 'invalid' }]
        : []),
      ...(!MEDIA_TYPES.includes(mediaType as MediaType) ? [{ field: 'mediaType', code: 'invalid' }] : []),
      ...(typeof content !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(content)
        ? [{ field: 'content', code: 'invalid' }]
        : []),
    ];
    if (!body || fields.length > 0)
      return response.untyped(errorResponse(request, 400, 'validation-failed', { fields }));
    const size = Math.floor(((content as string).length * 3) / 4) - ((content as string).match(/=+$/)?.[0].length ?? 0);
    const result = await idempotent(
      request,
      { required: false, fingerprint: JSON.stringify({ id: params.id, fileName, mediaType, size }) },
      async () => {
        const application = ownApplication(request, params.id);
        if (!application) return errorResponse(request, 404, 'not-found');
        if (!application.allowedActions.includes('add-documents'))
          return domainError(
            request,
            409,
            'documents-not-accepted',
            'К заявлению в этом статусе нельзя добавить документы.',
            'Documents cannot be added to an application in this status.',
          ) as never;
        if (size > MAX_UPLOAD_BYTES)
          return domainError(
            request,
            422,
            'file-too-large',
            'Файл больше 10 МБ.',
            'The file is larger than 10 MB.',
          ) as never;
        const document = addUploadedDocument(application, fileName as string, mediaType as MediaType, size);
        return { status: 201, body: document };
      },
    );
    return response.untyped(result);
  }),

  http.get('/applications/{id}/messages', ({ request, params, response }) => {
    if (!ownApplication(request, params.id)) return response.untyped(errorResponse(request, 404, 'not-found'));
    return response(200).json({ items: structuredClone(messagesOf(params.id)) });
  }),

  http.post('/applications/{id}/messages', async ({ request, params, response }) => {
    const body = await jsonBody(request as Request);
    const text = typeof body?.['text'] === 'string' ? (body['text'] as string).trim() : '';
    if (text.length < 1 || text.length > 2000)
      return response.untyped(
        errorResponse(request, 400, 'validation-failed', { fields: [{ field: 'text', code: 'invalid' }] }),
      );
    const result = await idempotent(
      request,
      { required: false, fingerprint: JSON.stringify({ id: params.id, text }) },
      async () => {
        const application = ownApplication(request, params.id);
        if (!application) return errorResponse(request, 404, 'not-found');
        return {
          status: 201,
          body: { items: structuredClone(addCitizenMessage(application.id, text)) },
        };
      },
    );
    return response.untyped(result);
  }),
];
