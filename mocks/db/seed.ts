/** Deterministic seeding of the in-memory database with realistic Russian data (no faker: own PRNG and tables). */
import { innControl, snilsControl } from '../../components/core/validation/index.js';
import { seedChargesAndPayments } from './charges-seed.js';
import { seedNotifications } from './notifications-seed.js';
import { SeededRandom } from './random.js';
import {
  AGENCIES,
  CITIES,
  FEMALE_NAMES,
  MALE_NAMES,
  PATRONYMICS,
  SERVICES,
  SURNAMES,
  transliterate,
} from './catalogue.js';
import type {
  ApplicationAction,
  ApplicationRecord,
  ApplicationStatus,
  Db,
  DbSize,
  Profile,
  TimelineEntry,
} from './types.js';

/** The seed every `resetDb()` uses unless told otherwise. */
export const DEFAULT_SEED = 20_261_120;
/** The moment the seeded data is "now" (fixed so that the same seed always gives the same data). */
export const SEED_NOW = Date.UTC(2026, 10, 20, 9, 0, 0);
/** The signed-in citizen of every token that does not name another person. */
export const DEFAULT_PERSON_ID = 'person-1';

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Counts per size; `large` puts every row on the default citizen so its lists have exactly these totals (charges:
 * mocks/db/charges-seed.ts — a designed set for person-1, 1 000 when large, a few for each other person).
 */
const SIZES: Record<DbSize, { persons: number; applications: number; notifications: number }> = {
  empty: { persons: 5, applications: 0, notifications: 0 },
  default: { persons: 5, applications: 60, notifications: 40 },
  large: { persons: 5, applications: 10_000, notifications: 5_000 },
};

/** Every status the seeds name, in the order the default citizen's list cycles through them. */
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
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
];

/** Statuses the citizen can still cancel (before the agency starts processing). */
export const CANCELLABLE_STATUSES: readonly ApplicationStatus[] = ['draft', 'sent', 'accepted'];

/** What the citizen may do with an application in a given status. */
export function allowedActionsFor(status: ApplicationStatus): ApplicationAction[] {
  switch (status) {
    case 'draft':
      return ['continue-draft', 'cancel'];
    case 'sent':
    case 'accepted':
      return ['cancel', 'contact-operator'];
    case 'processing':
      return ['contact-operator'];
    case 'additions-required':
      return ['add-documents', 'contact-operator'];
    case 'approved':
    case 'done':
      return ['download-result'];
    case 'rejected':
      return ['resubmit', 'contact-operator'];
    case 'cancelled':
    case 'expired':
      return ['create-new'];
  }
}

const ADDITION_REQUESTS = [
  'Приложите скан страницы паспорта с отметкой о регистрации.',
  'Фотография не соответствует требованиям: загрузите цветное фото 35×45 мм на белом фоне.',
  'Не приложена квитанция об оплате госпошлины.',
  'Укажите кадастровый номер объекта.',
  'Приложите согласие собственника жилого помещения.',
];
const REJECTION_REASONS = [
  'Сведения в заявлении не совпадают с данными ведомственного реестра.',
  'Заявитель не представил документы, указанные в уведомлении, в установленный срок.',
  'Услуга не предоставляется по указанному адресу: обратитесь в ведомство по месту жительства.',
];

function snils(random: SeededRandom): string {
  const first9 = String(random.int(2_000_000, 999_999_999)).padStart(9, '0');
  return first9 + snilsControl(first9);
}

function personInn(random: SeededRandom, regionCode: string): string {
  const body = regionCode + random.digits(8);
  return body + innControl(body);
}

const REGION_CODES = ['77', '78', '16', '66', '54', '52', '23', '63'];

function seedPersons(random: SeededRandom, count: number): Profile[] {
  const persons: Profile[] = [];
  const levels = ['confirmed', 'confirmed', 'standard', 'simplified', 'confirmed'] as const;
  for (let i = 0; i < count; i += 1) {
    const female = i % 2 === 0;
    const [maleSurname, femaleSurname] = random.pick(SURNAMES);
    const name = female ? random.pick(FEMALE_NAMES) : random.pick(MALE_NAMES);
    const [malePatronymic, femalePatronymic] = random.pick(PATRONYMICS);
    const surname = female ? femaleSurname : maleSurname;
    const cityIndex = random.int(0, CITIES.length - 1);
    const city = CITIES[cityIndex]!;
    const [street, postcode] = random.pick<readonly [string, string]>(city.streets);
    const birth = Date.UTC(random.int(1958, 2004), random.int(0, 11), random.int(1, 28));
    const person: Profile = {
      id: `person-${i + 1}`,
      surname,
      name,
      birthDate: isoDate(birth),
      snils: snils(random),
      inn: personInn(random, REGION_CODES[cityIndex]!),
      phone: `+79${random.digits(9)}`,
      email: `${transliterate(surname)}.${transliterate(name).slice(0, 1)}${random.int(10, 99)}@${random.pick(['mail.ru', 'yandex.ru', 'gmail.com', 'rambler.ru'])}`,
      accountLevel: levels[i % levels.length]!,
      address: { region: city.region, city: city.city, street, house: String(random.int(1, 120)), postcode },
    };
    if (random.chance(0.9)) person.patronymic = female ? femalePatronymic : malePatronymic;
    if (random.chance(0.8)) person.address.flat = String(random.int(1, 350));
    persons.push(person);
  }
  return persons;
}

/** The path from submission to `target`, with detours through additions-required (the timeline is not linear). */
function statusPath(random: SeededRandom, target: ApplicationStatus): ApplicationStatus[] {
  const detour = (): ApplicationStatus[] => (random.chance(0.35) ? ['additions-required', 'processing'] : []);
  switch (target) {
    case 'draft':
      return ['draft'];
    case 'sent':
      return ['sent'];
    case 'accepted':
      return ['sent', 'accepted'];
    case 'processing':
      return ['sent', 'accepted', 'processing', ...detour()];
    case 'additions-required':
      return ['sent', 'accepted', 'processing', ...detour(), 'additions-required'];
    case 'approved':
      return ['sent', 'accepted', 'processing', ...detour(), 'approved'];
    case 'done':
      return ['sent', 'accepted', 'processing', ...detour(), 'approved', 'done'];
    case 'rejected':
      return ['sent', 'accepted', 'processing', ...detour(), 'rejected'];
    case 'cancelled':
      return random.chance(0.5) ? ['sent', 'cancelled'] : ['sent', 'accepted', 'cancelled'];
    case 'expired':
      return ['sent', 'accepted', 'processing', 'additions-required', 'expired'];
  }
}

function timelineEntry(
  random: SeededRandom,
  status: ApplicationStatus,
  at: number,
  serviceResult: string,
): TimelineEntry {
  switch (status) {
    case 'draft':
      return { status, at: iso(at), actor: 'citizen', comment: 'Черновик сохранён' };
    case 'sent':
      return { status, at: iso(at), actor: 'citizen' };
    case 'accepted':
      return { status, at: iso(at), actor: 'agency', comment: 'Заявление зарегистрировано ведомством' };
    case 'processing':
      return { status, at: iso(at), actor: 'agency' };
    case 'additions-required':
      return { status, at: iso(at), actor: 'operator', comment: random.pick(ADDITION_REQUESTS) };
    case 'approved':
      return { status, at: iso(at), actor: 'agency', comment: `Готово: ${serviceResult}` };
    case 'done':
      return { status, at: iso(at), actor: 'agency', comment: 'Услуга оказана' };
    case 'rejected':
      return { status, at: iso(at), actor: 'agency', comment: random.pick(REJECTION_REASONS) };
    case 'cancelled':
      return { status, at: iso(at), actor: 'citizen', comment: 'Отменено по заявлению гражданина' };
    case 'expired':
      return { status, at: iso(at), actor: 'system', comment: 'Документы не представлены в установленный срок' };
  }
}

function seedApplications(
  random: SeededRandom,
  count: number,
  ownerOf: (index: number) => string,
  nextDocId: () => string,
): ApplicationRecord[] {
  const applications: ApplicationRecord[] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const service = SERVICES[random.int(0, SERVICES.length - 1)]!;
    const agency = AGENCIES.find((candidate) => candidate.id === service.agencyId)!;
    const status = APPLICATION_STATUSES[i % APPLICATION_STATUSES.length]!;
    const path = statusPath(random, status);
    const final =
      status === 'approved' ||
      status === 'done' ||
      status === 'rejected' ||
      status === 'cancelled' ||
      status === 'expired';
    // Older applications for final states; a span of up to two years for large lists.
    const ageDays = final ? random.int(path.length + 2, count > 1000 ? 730 : 365) : random.int(path.length, 40);
    const submitted = SEED_NOW - ageDays * DAY - random.int(0, 12 * 3600) * 1000;
    let at = submitted;
    const timeline: TimelineEntry[] = [];
    for (const step of path) {
      timeline.push(timelineEntry(random, step, at, service.result));
      const remaining = SEED_NOW - at;
      at +=
        Math.min(remaining / 2, random.int(1, Math.max(1, Math.ceil(service.days / 2))) * DAY) +
        random.int(600, 7200) * 1000;
    }
    const last = timeline[timeline.length - 1]!;
    const documents: ApplicationRecord['documents'] = [];
    if (status !== 'draft') {
      documents.push({
        id: nextDocId(),
        title: 'Заявление.pdf',
        kind: 'submitted',
        mediaType: 'application/pdf',
        size: random.int(60_000, 400_000),
        createdAt: timeline[0]!.at,
      });
      documents.push({
        id: nextDocId(),
        title: 'Паспорт (разворот с фото).jpg',
        kind: 'submitted',
        mediaType: 'image/jpeg',
        size: random.int(300_000, 4_000_000),
        createdAt: timeline[0]!.at,
      });
      if (random.chance(0.4))
        documents.push({
          id: nextDocId(),
          title: 'Квитанция об оплате госпошлины.pdf',
          kind: 'receipt',
          mediaType: 'application/pdf',
          size: random.int(40_000, 120_000),
          createdAt: timeline[0]!.at,
        });
    }
    if (status === 'approved' || status === 'done') {
      documents.push({
        id: nextDocId(),
        title: `${service.result}.pdf`,
        kind: 'result',
        mediaType: 'application/pdf',
        size: random.int(80_000, 900_000),
        createdAt: last.at,
      });
    }
    const record: ApplicationRecord = {
      id: `app-${i + 1}`,
      ownerId: ownerOf(i),
      number: String(random.int(1_000_000_000, 9_999_999_999)),
      serviceId: service.id,
      serviceTitle: service.title,
      agencyId: agency.id,
      agencyTitle: agency.shortTitle ?? agency.title,
      submittedAt: timeline[0]!.at,
      status,
      statusChangedAt: last.at,
      unread: !final ? random.chance(0.3) : random.chance(0.05),
      timeline,
      documents,
      allowedActions: allowedActionsFor(status),
    };
    if (!final && status !== 'draft') record.decisionDue = isoDate(submitted + service.days * DAY);
    applications[i] = record;
  }
  return applications;
}

const STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: 'Черновик',
  sent: 'Отправлено в ведомство',
  accepted: 'Принято',
  processing: 'В обработке',
  'additions-required': 'Требуется дополнение',
  approved: 'Одобрено',
  done: 'Услуга оказана',
  rejected: 'Отклонено',
  cancelled: 'Отменено',
  expired: 'Срок истёк',
};

/** The Russian label of an application status, for notification texts. */
export function statusLabel(status: ApplicationStatus): string {
  return STATUS_LABELS[status];
}

/** Builds a fresh database of the given size; the same size and seed always give equal data. */
export function seedDb(size: DbSize, seed = DEFAULT_SEED): Db {
  const counts = SIZES[size];
  const random = new SeededRandom(seed);
  const persons = seedPersons(random, counts.persons);
  let documentCounter = 0;
  // The default citizen owns most rows (every row when large); the others get every seventh (7 is coprime with the
  // 10 statuses, so the default citizen still sees every status).
  const ownerOf = (index: number): string =>
    size === 'large' || index % 7 !== 6 ? DEFAULT_PERSON_ID : `person-${2 + (Math.floor(index / 7) % 4)}`;
  const applications = seedApplications(random, counts.applications, ownerOf, () => `doc-${++documentCounter}`);
  const { charges, payments } = seedChargesAndPayments(random, size, persons, SEED_NOW);
  const notifications = seedNotifications(
    random,
    counts.notifications,
    {
      statusLabel: (application) => statusLabel(application.status),
      applications: applications.filter((a) => a.ownerId === DEFAULT_PERSON_ID),
      charges: charges.filter((c) => c.ownerId === DEFAULT_PERSON_ID),
      payments: payments.filter((p) => p.ownerId === DEFAULT_PERSON_ID),
    },
    ownerOf,
    DEFAULT_PERSON_ID,
    SEED_NOW,
  );
  return {
    size,
    seed,
    persons,
    agencies: AGENCIES.map((agency) => ({ ...agency })),
    services: SERVICES.map(({ id, title, agencyId, category }) => ({ id, title, agencyId, category })),
    applications,
    charges,
    payments,
    notifications,
    idempotency: new Map(),
    rateWindows: new Map(),
    nextId: 1,
  };
}
