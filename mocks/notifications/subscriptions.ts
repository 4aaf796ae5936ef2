/**
 * «Подписки» (seed 004): the citizen's subscriptions to agencies' mailings — list (by status) with every topic, add
 * (one per topic: 409 subscription-exists), edit or pause/resume (PATCH), remove. A channel without a confirmed
 * contact (or push without a device) is 422 channel-unavailable; `until` before `from` is 422 too.
 */
import { HttpResponse, type RequestHandler } from 'msw';
import { DEFAULT_PERSON_ID, getDb, type Profile } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, http, idempotent } from '../handlers/support.js';
import {
  Refusal,
  fail,
  isDate,
  isObject,
  jsonBody,
  unknownFields,
  unlessRefused,
  type FieldError,
  type Raw,
} from './replies.js';
import { unavailableChannel } from './settings.js';
import { newId, stateOf, type NotificationSubscription, type SubscriptionRecord } from './store.js';

type Topic = components['schemas']['SubscriptionTopic'];
type SubscriptionChannel = NotificationSubscription['channels'][number];

/** The mailings one can subscribe to. */
export const TOPICS: readonly Topic[] = [
  { id: 'sfr-services', title: 'Новые услуги Социального фонда', agency: 'Социальный фонд России' },
  { id: 'sfr-pensions', title: 'Изменения в пенсионном обеспечении', agency: 'Социальный фонд России' },
  { id: 'fns-deadlines', title: 'Сроки уплаты налогов', agency: 'ФНС России' },
  { id: 'fns-news', title: 'Налоговые новости', agency: 'ФНС России' },
  { id: 'mvd-traffic', title: 'Изменения правил дорожного движения', agency: 'МВД России' },
  { id: 'mvd-migration', title: 'Миграционные услуги', agency: 'МВД России' },
  { id: 'minzdrav-checkup', title: 'Диспансеризация и профилактика', agency: 'Минздрав России' },
  { id: 'portal-news', title: 'Новости портала Госуслуги', agency: 'Госуслуги' },
];

const SUB_CHANNELS: readonly SubscriptionChannel[] = ['email', 'sms', 'push'];
const FREQUENCIES = ['once', 'daily', 'weekly'] as const;

/** The subscriptions of the current database (the default citizen has two: one active, one paused). */
function subscriptions(): SubscriptionRecord[] {
  const state = stateOf();
  if (!state.subscriptions) {
    state.subscriptions =
      getDb().size === 'empty'
        ? []
        : [
            {
              id: 'subscription-1',
              ownerId: DEFAULT_PERSON_ID,
              topicId: 'sfr-services',
              topicTitle: TOPICS[0]!.title,
              agency: TOPICS[0]!.agency,
              channels: ['email'],
              frequency: 'weekly',
              from: '2026-10-01',
              status: 'active',
              createdAt: '2026-09-28T10:15:00.000Z',
            },
            {
              id: 'subscription-2',
              ownerId: DEFAULT_PERSON_ID,
              topicId: 'fns-deadlines',
              topicTitle: TOPICS[2]!.title,
              agency: TOPICS[2]!.agency,
              channels: ['sms'],
              frequency: 'once',
              status: 'paused',
              createdAt: '2026-08-12T07:40:00.000Z',
            },
          ];
  }
  return state.subscriptions;
}

const view = ({ ownerId: _owner, ...subscription }: SubscriptionRecord): NotificationSubscription => ({
  ...subscription,
  channels: [...subscription.channels],
});

/** Shape errors of the fields a subscription request may carry (POST: all; PATCH: those present). */
function shapeErrors(body: Raw, patch: boolean): FieldError[] {
  const errors = unknownFields(
    body,
    patch
      ? ['channels', 'frequency', 'from', 'until', 'status']
      : ['topicId', 'channels', 'frequency', 'from', 'until'],
  );
  if (!patch && (typeof body['topicId'] !== 'string' || body['topicId'] === ''))
    errors.push({ field: 'topicId', code: 'required' });
  const channels = body['channels'];
  if (!patch || channels !== undefined) {
    if (
      !Array.isArray(channels) ||
      channels.length === 0 ||
      !channels.every((c) => SUB_CHANNELS.includes(c as SubscriptionChannel))
    )
      errors.push({ field: 'channels', code: channels === undefined ? 'required' : 'invalid' });
    else if (new Set(channels).size !== channels.length) errors.push({ field: 'channels', code: 'duplicate' });
  }
  if ((!patch || body['frequency'] !== undefined) && !FREQUENCIES.includes(body['frequency'] as never))
    errors.push({ field: 'frequency', code: body['frequency'] === undefined ? 'required' : 'invalid' });
  for (const name of ['from', 'until'])
    if (body[name] !== undefined && !(patch && body[name] === null) && !isDate(body[name]))
      errors.push({ field: name, code: 'invalid' });
  if (patch && body['status'] !== undefined && body['status'] !== 'active' && body['status'] !== 'paused')
    errors.push({ field: 'status', code: 'invalid' });
  if (patch && Object.keys(body).length === 0) errors.push({ field: 'body', code: 'required' });
  return errors;
}

/** 422 field errors of a subscription as it would be saved: channels the person cannot use, until before from. */
function meaningErrors(
  person: Profile,
  subscription: Pick<SubscriptionRecord, 'channels' | 'from' | 'until'>,
):
  | {
      code: string;
      fields: FieldError[];
    }
  | undefined {
  const channel = subscription.channels.map((c) => unavailableChannel(person, c)).find(Boolean);
  if (channel) return { code: 'channel-unavailable', fields: [{ field: 'channels', code: channel }] };
  if (subscription.from && subscription.until && subscription.until < subscription.from)
    return { code: 'validation-failed', fields: [{ field: 'until', code: 'before-from' }] };
  return undefined;
}

/** Handlers of the subscriptions. */
export const subscriptionHandlers: RequestHandler[] = [
  http.get('/notification-subscriptions', ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    const status = new URL(request.url).searchParams.get('status');
    if (status !== null && status !== 'active' && status !== 'paused')
      return response.untyped(fail(request, 400, 'validation-failed', [{ field: 'status', code: 'invalid' }]));
    const items = subscriptions()
      .filter((s) => s.ownerId === ownerId && (status === null || s.status === status))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(view);
    return response(200).json({ items, topics: TOPICS.map((topic) => ({ ...topic })) });
  }),

  http.post('/notification-subscriptions', async ({ request, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request);
    const answer = await unlessRefused(() =>
      idempotent(request, { required: true, fingerprint: JSON.stringify(body ?? null) }, async () => {
        if (!isObject(body)) return fail(request, 400, 'validation-failed', [{ field: 'body', code: 'required' }]);
        const errors = shapeErrors(body, false);
        if (errors.length > 0) return fail(request, 400, 'validation-failed', errors);
        const topic = TOPICS.find((t) => t.id === body['topicId']);
        if (!topic) return fail(request, 422, 'validation-failed', [{ field: 'topicId', code: 'unknown-topic' }]);
        if (subscriptions().some((s) => s.ownerId === person.id && s.topicId === topic.id))
          throw new Refusal(fail(request, 409, 'subscription-exists'));
        const record: SubscriptionRecord = {
          id: newId('subscription'),
          ownerId: person.id,
          topicId: topic.id,
          topicTitle: topic.title,
          agency: topic.agency,
          channels: [...(body['channels'] as SubscriptionChannel[])],
          frequency: body['frequency'] as SubscriptionRecord['frequency'],
          ...(typeof body['from'] === 'string' ? { from: body['from'] } : {}),
          ...(typeof body['until'] === 'string' ? { until: body['until'] } : {}),
          status: 'active',
          createdAt: new Date().toISOString(),
        };
        const wrong = meaningErrors(person, record);
        if (wrong) throw new Refusal(fail(request, 422, wrong.code, wrong.fields));
        subscriptions().push(record);
        return { status: 201, body: view(record) };
      }),
    );
    return response.untyped(answer);
  }),

  http.patch('/notification-subscriptions/{id}', async ({ request, params, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request);
    if (!isObject(body))
      return response.untyped(fail(request, 400, 'validation-failed', [{ field: 'body', code: 'required' }]));
    const errors = shapeErrors(body, true);
    if (errors.length > 0) return response.untyped(fail(request, 400, 'validation-failed', errors));
    const answer = await unlessRefused(() =>
      idempotent(request, { required: false, fingerprint: `${params.id}:${JSON.stringify(body)}` }, async () => {
        const record = subscriptions().find((s) => s.id === params.id && s.ownerId === person.id);
        if (!record) return fail(request, 404, 'subscription-not-found');
        const next: SubscriptionRecord = { ...record, channels: [...record.channels] };
        if (body['channels'] !== undefined) next.channels = [...(body['channels'] as SubscriptionChannel[])];
        if (body['frequency'] !== undefined) next.frequency = body['frequency'] as SubscriptionRecord['frequency'];
        if (body['status'] !== undefined) next.status = body['status'] as SubscriptionRecord['status'];
        for (const name of ['from', 'until'] as const) {
          if (body[name] === null) delete next[name];
          else if (typeof body[name] === 'string') next[name] = body[name];
        }
        // Channels already chosen stay as they are (a pause must not fail on a contact unconfirmed since).
        const wrong = meaningErrors(person, {
          channels: body['channels'] !== undefined ? next.channels : [],
          ...(next.from ? { from: next.from } : {}),
          ...(next.until ? { until: next.until } : {}),
        });
        if (wrong) throw new Refusal(fail(request, 422, wrong.code, wrong.fields));
        Object.assign(record, next);
        if (!next.from) delete record.from;
        if (!next.until) delete record.until;
        return { status: 200, body: view(record) };
      }),
    );
    return response.untyped(answer);
  }),

  http.delete('/notification-subscriptions/{id}', ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const list = subscriptions();
    const index = list.findIndex((s) => s.id === params.id && s.ownerId === ownerId);
    if (index < 0) return response.untyped(fail(request, 404, 'subscription-not-found'));
    list.splice(index, 1);
    return response.untyped(new HttpResponse(null, { status: 204 }) as never);
  }),
];
