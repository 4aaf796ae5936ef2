/**
 * «Подписки» calls of <gu-notifications> (contract: mocks/openapi.yaml, tag `notification-subscriptions`): the
 * citizen's subscriptions to agencies' mailings and the topics, loaded with the subscriptions part; each answer
 * validated at the boundary with valibot.
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import type {
  NotificationSubscription,
  SubscriptionChannel,
  SubscriptionFrequency,
  SubscriptionTopic,
} from './types.js';

const DATE = v.pipe(v.string(), v.isoDate());
const CHANNEL = v.picklist(['email', 'sms', 'push']);
const FREQUENCY = v.picklist(['once', 'daily', 'weekly']);

const SubscriptionSchema = v.object({
  id: v.string(),
  topicId: v.string(),
  topicTitle: v.string(),
  agency: v.string(),
  channels: v.pipe(v.array(CHANNEL), v.minLength(1)),
  frequency: FREQUENCY,
  from: v.optional(DATE),
  until: v.optional(DATE),
  status: v.picklist(['active', 'paused']),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
}) satisfies v.GenericSchema<unknown, NotificationSubscription>;

const TopicSchema = v.object({ id: v.string(), title: v.string(), agency: v.string() }) satisfies v.GenericSchema<
  unknown,
  SubscriptionTopic
>;

const ListSchema = v.object({ items: v.array(SubscriptionSchema), topics: v.array(TopicSchema) });

/** The subscriptions (`status` filters them) and every topic one can subscribe to. */
export function listSubscriptions(
  client: ApiClient,
  status: 'active' | 'paused' | undefined,
  signal?: AbortSignal,
): Promise<{ items: NotificationSubscription[]; topics: SubscriptionTopic[] }> {
  return client.get('notification-subscriptions', {
    query: { status },
    signal,
    parse: valibotParser(ListSchema),
  });
}

/** What «Добавить подписку» sends. */
export interface SubscriptionRequest {
  topicId: string;
  channels: SubscriptionChannel[];
  frequency: SubscriptionFrequency;
  from?: string;
  until?: string;
}

/** Subscribes (409 `subscription-exists`; 422 `channel-unavailable` or dates with `fields`). */
export function addSubscription(
  client: ApiClient,
  request: SubscriptionRequest,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<NotificationSubscription> {
  return client.post('notification-subscriptions', request, {
    idempotencyKey,
    signal,
    parse: valibotParser(SubscriptionSchema),
  });
}

/** What an edit or a pause changes (`null` removes a date). */
export interface SubscriptionPatch {
  channels?: SubscriptionChannel[];
  frequency?: SubscriptionFrequency;
  from?: string | null;
  until?: string | null;
  status?: 'active' | 'paused';
}

/** Edits, pauses or resumes a subscription. */
export function updateSubscription(
  client: ApiClient,
  id: string,
  patch: SubscriptionPatch,
  signal?: AbortSignal,
): Promise<NotificationSubscription> {
  return client.request({
    method: 'PATCH',
    path: `notification-subscriptions/${pathSegment(id)}`,
    body: patch,
    signal,
    parse: valibotParser(SubscriptionSchema),
  });
}

/** Cancels a subscription. */
export async function removeSubscription(client: ApiClient, id: string, signal?: AbortSignal): Promise<void> {
  await client.request({ method: 'DELETE', path: `notification-subscriptions/${pathSegment(id)}`, signal });
}
