/** Service centres of the verification mock: search, free times, the booking of a visit. */
import { citizenOf, http } from '../handlers/support.js';
import { fail, freeTextViolation, jsonBody } from './errors.js';
import { newId, stateOf, type Centre, type Schemas } from './store.js';

const WEEKDAYS = { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '20:00' };
const SATURDAY = { days: [6], opens: '10:00', closes: '16:00' };
/** Service centres of the mock (МФЦ «Мои документы» and bank offices that confirm identity). */
export const SERVICE_CENTRES: readonly Centre[] = [
  {
    id: 'sc-1',
    name: 'МФЦ «Мои документы» района Тверской',
    city: 'Москва',
    address: 'ул. Тверская, д. 8',
    hours: [WEEKDAYS, SATURDAY],
  },
  {
    id: 'sc-2',
    name: 'МФЦ «Мои документы» района Хамовники',
    city: 'Москва',
    address: 'Комсомольский пр-т, д. 28',
    hours: [WEEKDAYS],
  },
  {
    id: 'sc-3',
    name: 'МФЦ Центрального района',
    city: 'Санкт-Петербург',
    address: 'Невский пр-т, д. 174',
    hours: [WEEKDAYS, SATURDAY],
  },
  { id: 'sc-4', name: 'МФЦ Вахитовского района', city: 'Казань', address: 'ул. Пушкина, д. 1', hours: [WEEKDAYS] },
  {
    id: 'sc-5',
    name: 'МФЦ Кировского района',
    city: 'Екатеринбург',
    address: 'ул. Малышева, д. 51',
    hours: [WEEKDAYS, SATURDAY],
  },
  {
    id: 'sc-6',
    name: 'МФЦ Центрального округа',
    city: 'Новосибирск',
    address: 'Красный пр-т, д. 18',
    hours: [WEEKDAYS],
  },
  {
    id: 'sc-7',
    name: 'Центр обслуживания ПФР и СФР',
    city: 'Нижний Новгород',
    address: 'ул. Большая Покровская, д. 15',
    hours: [WEEKDAYS],
  },
];

/** Free slots of a centre: the next 5 working days, every hour 10:00–16:00 Moscow time, minus booked and taken ones. */
export function freeSlots(centreId: string, now = Date.now()): Schemas['TimeSlot'][] {
  const slots: Schemas['TimeSlot'][] = [];
  const booked = stateOf().booked;
  const day = new Date(now + 3 * 3_600_000); // Moscow date
  for (let added = 0, offset = 1; added < 5 && offset < 14; offset += 1) {
    const date = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + offset));
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    added += 1;
    for (let hour = 10; hour <= 16; hour += 1) {
      const startsAt = new Date(date.getTime() + (hour - 3) * 3_600_000).toISOString();
      const id = `${centreId}|${startsAt}`;
      const taken = (hour + offset + centreId.length) % 3 === 0; // some are taken by others
      if (!taken && !booked.has(id)) slots.push({ id, startsAt });
    }
  }
  return slots;
}

/** GET verification/service-centres, GET …/{id}/slots, POST verification/appointments. */
export const centreHandlers = [
  http.get('/verification/service-centres', ({ request, response }) => {
    const raw = new URL(request.url).searchParams.get('q') ?? '';
    const violation = raw.trim() === '' ? undefined : freeTextViolation(raw, 200);
    if (violation) return response.untyped(fail(request, 400, 'validation-failed', [{ field: 'q', code: violation }]));
    const q = raw.trim().toLowerCase();
    const words = q.split(/[\s,]+/).filter(Boolean);
    const items = SERVICE_CENTRES.filter((centre) => {
      const text = `${centre.city} ${centre.address} ${centre.name}`.toLowerCase();
      return words.every((word) => text.includes(word));
    }).slice(0, 20);
    return response(200).json({ items: structuredClone(items) });
  }),

  http.get('/verification/service-centres/{id}/slots', ({ request, params, response }) => {
    if (!SERVICE_CENTRES.some((centre) => centre.id === params.id))
      return response.untyped(fail(request, 404, 'not-found'));
    return response(200).json({ items: freeSlots(params.id) });
  }),

  http.post('/verification/appointments', async ({ request, response }) => {
    citizenOf(request);
    const body = await jsonBody(request as Request);
    const centre = SERVICE_CENTRES.find((c) => c.id === body?.['centreId']);
    const slotId = body?.['slotId'];
    if (!centre) return response.untyped(fail(request, 404, 'not-found'));
    const slot = freeSlots(centre.id).find((s) => s.id === slotId);
    if (!slot) return response.untyped(fail(request, 409, 'slot-taken', [{ field: 'slotId', code: 'slot-taken' }]));
    stateOf().booked.add(slot.id);
    return response(201).json({
      id: newId('visit'),
      centre: structuredClone(centre),
      startsAt: slot.startsAt,
      bring: ['passport', 'snils'],
    });
  }),
];
