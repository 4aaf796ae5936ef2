/**
 * What <gu-application-tracker> needs of the database beyond the seeded applications: status changes (published to
 * the live-updates log, live-events.ts), operator message threads, uploaded documents and generated files (a small valid PDF). Kept per database
 * object, so every resetDb() starts them afresh.
 */
import { allowedActionsFor, statusLabel } from './seed.js';
import { addNotification, applicationLink, getDb } from './index.js';
import { publishLiveEvent } from './live-events.js';
import type {
  ApplicationDocument,
  ApplicationEvent,
  ApplicationRecord,
  ApplicationStatus,
  Db,
  OperatorMessage,
  TimelineEntry,
} from './types.js';

interface Extras {
  messages: Map<string, OperatorMessage[]>;
  nextMessage: number;
}

const extrasByDb = new WeakMap<Db, Extras>();

function extras(db: Db = getDb()): Extras {
  let found = extrasByDb.get(db);
  if (!found) {
    found = { messages: new Map(), nextMessage: 1 };
    extrasByDb.set(db, found);
  }
  return found;
}

const DUE_DAYS = 14;

/**
 * Changes an application's status as the agency would (the "push" of live status): timeline entry, allowed actions,
 * unread mark, a notification and an `application-status` live event (GET /events streams it to the widget). Used by
 * tests, stories and the demo (mocks/demo-activity.ts).
 */
export function pushStatusChange(
  applicationId: string,
  status: ApplicationStatus,
  comment?: string,
  actor: TimelineEntry['actor'] = 'agency',
): ApplicationEvent | undefined {
  const db = getDb();
  const application = db.applications.find((a) => a.id === applicationId);
  if (!application || application.status === status) return undefined;
  const previousStatus = application.status;
  const at = new Date().toISOString();
  application.status = status;
  application.statusChangedAt = at;
  application.unread = true;
  application.allowedActions = allowedActionsFor(status);
  const final = ['approved', 'done', 'rejected', 'cancelled', 'expired'].includes(status);
  if (final) delete application.decisionDue;
  else if (!application.decisionDue && status !== 'draft')
    application.decisionDue = new Date(Date.now() + DUE_DAYS * 86_400_000).toISOString().slice(0, 10);
  const entry: TimelineEntry = { status, at, actor };
  if (comment) entry.comment = comment;
  application.timeline.push(entry);
  const event: ApplicationEvent = {
    applicationId,
    number: application.number,
    status,
    previousStatus,
    at,
  };
  if (comment) event.comment = comment;
  publishLiveEvent(application.ownerId, 'application-status', event);
  addNotification(application.ownerId, {
    category: 'applications',
    title: `Заявление № ${application.number}: ${statusLabel(status)}`,
    body: application.serviceTitle,
    sender: application.agencyTitle,
    link: applicationLink(application.id),
  });
  return event;
}

/** The next step an agency takes for an application in progress (for the demo's automatic live changes). */
const NEXT: Partial<Record<ApplicationStatus, ApplicationStatus>> = {
  sent: 'accepted',
  accepted: 'processing',
  processing: 'approved',
};

/** Moves the person's most recent application that is in progress one step on; the demo does it on a timer. */
export function advanceSomeApplication(ownerId: string): ApplicationEvent | undefined {
  const candidate = getDb()
    .applications.filter((a) => a.ownerId === ownerId && NEXT[a.status])
    .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))[0];
  return candidate ? pushStatusChange(candidate.id, NEXT[candidate.status]!) : undefined;
}

/** The operator thread of an application (a new, empty one when there is none yet). */
export function messagesOf(applicationId: string): OperatorMessage[] {
  const state = extras();
  let thread = state.messages.get(applicationId);
  if (!thread) {
    thread = [];
    state.messages.set(applicationId, thread);
  }
  return thread;
}

/**
 * Adds the citizen's message and the operator's automatic acknowledgement — in Russian whatever the citizen's
 * language, as the agency's operator writes (the widget marks operator messages lang="ru").
 */
export function addCitizenMessage(applicationId: string, text: string): OperatorMessage[] {
  const state = extras();
  const thread = messagesOf(applicationId);
  const at = new Date().toISOString();
  thread.push({ id: `message-${state.nextMessage++}`, author: 'citizen', text, at });
  thread.push({
    id: `message-${state.nextMessage++}`,
    author: 'operator',
    text: 'Сообщение получено. Оператор ответит в течение 24 часов.',
    at,
  });
  return thread;
}

/** Stores an uploaded document (only its description: the mock keeps no bytes). */
export function addUploadedDocument(
  application: ApplicationRecord,
  fileName: string,
  mediaType: ApplicationDocument['mediaType'],
  size: number,
): ApplicationDocument {
  const document: ApplicationDocument = {
    id: `doc-rt${getDb().nextId++}`,
    title: fileName,
    kind: 'submitted',
    mediaType,
    size,
    createdAt: new Date().toISOString(),
  };
  application.documents.push(document);
  return document;
}

function base64(bytes: string): string {
  return btoa(bytes);
}

/**
 * A small valid one-page PDF (PDF 1.4, Helvetica, ASCII text lines) with a correct cross-reference table.
 * Non-ASCII characters are replaced, since the standard fonts carry no Cyrillic.
 */
export function makePdf(lines: string[]): string {
  const escape = (text: string) => text.replace(/[^\x20-\x7e]/g, '?').replace(/([\\()])/g, '\\$1');
  const stream = ['BT', '/F1 12 Tf', '72 770 Td', '16 TL', ...lines.map((line) => `(${escape(line)}) '`), 'ET'].join(
    '\n',
  );
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return base64(pdf);
}

/** A tiny valid PNG (1×1, grey) in base64, for image documents. */
export const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==';
/** A tiny valid JPEG in base64, for image documents. */
export const JPEG_1X1 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==';
