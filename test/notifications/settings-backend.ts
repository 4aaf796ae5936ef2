/**
 * A scripted backend for «Настройки уведомлений» and «Подписки» in browser tests and no more: contract-shaped answers
 * (mocks/openapi.yaml NotificationSettings, NotificationSubscription…) from state a test controls, so a test can say
 * «the next save is 409» or «e-mail not confirmed» without depending on the seed. Installed with `worker.use(…)` over
 * the mock (which serves everything else, the verification contact codes included).
 */
import { delay, http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type {
  NotificationPreferences,
  NotificationSettings,
  NotificationSubscription,
  SubscriptionTopic,
} from '../../components/notifications/types.js';
import { NOTIFICATION_CATEGORIES } from '../../components/notifications/types.js';

export function defaultSettings(): NotificationSettings {
  return {
    version: 1,
    preferences: {
      categories: NOTIFICATION_CATEGORIES.map((category) => ({
        category,
        channels: category === 'security' ? ['portal', 'email'] : ['portal'],
        frequency: 'instant',
      })),
      quietHours: { enabled: true, from: '22:00', to: '08:00', timeZone: 'Europe/Moscow' },
      loginAlerts: { enabled: true, channels: ['portal', 'email'] },
    },
    contacts: {
      email: { value: 'iv***@mail.ru', confirmed: true },
      phone: { value: '+7 (***) ***-12-34', confirmed: true },
    },
    push: {
      publicKey: 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U',
      devices: [],
    },
    autopayReminders: [{ providerId: 'mosvodokanal', providerName: 'АО «Мосводоканал»', remindDaysBefore: 3 }],
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
}

const error = (status: number, code: string, message: string, fields?: unknown[]) =>
  HttpResponse.json({ code, message, ...(fields ? { fields } : {}) }, { status });

export interface SettingsBackend {
  settings: NotificationSettings;
  /** Every PUT: its body and Idempotency-Key. */
  puts: Array<{ body: { version: number; preferences: NotificationPreferences }; key: string | null }>;
  /** How the next PUTs answer, in order (then: save). */
  next: Array<'500' | '409' | '422-sms' | 'hold'>;
  pushPosts: unknown[];
  removedDevices: string[];
}

/** Serves GET/PUT notification-settings and the push subscriptions from `backend.settings`. */
export function useSettingsBackend(worker: SetupWorker, change?: (s: NotificationSettings) => void): SettingsBackend {
  const backend: SettingsBackend = {
    settings: defaultSettings(),
    puts: [],
    next: [],
    pushPosts: [],
    removedDevices: [],
  };
  change?.(backend.settings);
  worker.use(
    http.get('*/api/notification-settings', () => HttpResponse.json(backend.settings)),
    http.put('*/api/notification-settings', async ({ request }) => {
      const body = (await request.json()) as SettingsBackend['puts'][number]['body'];
      backend.puts.push({ body, key: request.headers.get('Idempotency-Key') });
      const outcome = backend.next.shift();
      if (outcome === 'hold') await delay('infinite');
      if (outcome === '500') return error(500, 'server-error', 'Внутренняя ошибка сервера. Попробуйте позже.');
      if (outcome === '409') {
        backend.settings = { ...backend.settings, version: backend.settings.version + 1 };
        return error(409, 'settings-changed', 'Настройки изменены в другой вкладке.');
      }
      if (outcome === '422-sms')
        return error(422, 'channel-unavailable', 'Канал недоступен.', [
          {
            field: 'channels.applications.sms',
            code: 'channel-unavailable',
            message: 'Заявления — SMS: телефон не подтверждён.',
          },
          {
            field: 'channels.login-alerts.sms',
            code: 'phone-unconfirmed',
            message: 'Оповещение о входе — SMS: телефон не подтверждён.',
          },
        ]);
      if (body.version !== backend.settings.version)
        return error(409, 'settings-changed', 'Настройки изменены в другой вкладке.');
      backend.settings = {
        ...backend.settings,
        version: backend.settings.version + 1,
        preferences: body.preferences,
        updatedAt: new Date().toISOString(),
      };
      return HttpResponse.json(backend.settings);
    }),
    http.post('*/api/push-subscriptions', async ({ request }) => {
      const body = (await request.json()) as { label?: string };
      backend.pushPosts.push(body);
      const device = {
        id: `push-${backend.pushPosts.length}`,
        label: body.label ?? 'Browser',
        createdAt: new Date().toISOString(),
      };
      backend.settings.push.devices.push(device);
      return HttpResponse.json(device, { status: 201 });
    }),
    http.delete('*/api/push-subscriptions/:id', ({ params }) => {
      backend.removedDevices.push(String(params['id']));
      backend.settings.push.devices = backend.settings.push.devices.filter((d) => d.id !== params['id']);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return backend;
}

export const TOPICS: SubscriptionTopic[] = [
  { id: 'sfr-services', title: 'Новые услуги Социального фонда', agency: 'Социальный фонд России' },
  { id: 'fns-deadlines', title: 'Сроки уплаты налогов', agency: 'ФНС России' },
  { id: 'mvd-news', title: 'Изменения в правилах получения паспорта', agency: 'МВД России' },
];

export interface SubscriptionsBackend {
  items: NotificationSubscription[];
  calls: Array<{ method: string; id?: string; body?: unknown; status?: string | null }>;
}

/** Serves the subscriptions from `backend.items` (one per topic: a second is 409 subscription-exists). */
export function useSubscriptionsBackend(worker: SetupWorker): SubscriptionsBackend {
  const backend: SubscriptionsBackend = {
    items: [
      {
        id: 'sub-1',
        topicId: 'fns-deadlines',
        topicTitle: 'Сроки уплаты налогов',
        agency: 'ФНС России',
        channels: ['email'],
        frequency: 'weekly',
        status: 'active',
        createdAt: '2026-10-01T09:00:00.000Z',
      },
    ],
    calls: [],
  };
  let next = 2;
  worker.use(
    http.get('*/api/notification-subscriptions', ({ request }) => {
      const status = new URL(request.url).searchParams.get('status');
      backend.calls.push({ method: 'GET', status });
      return HttpResponse.json({
        items: backend.items.filter((item) => !status || item.status === status),
        topics: TOPICS,
      });
    }),
    http.post('*/api/notification-subscriptions', async ({ request }) => {
      const body = (await request.json()) as Partial<NotificationSubscription>;
      backend.calls.push({ method: 'POST', body });
      if (backend.items.some((item) => item.topicId === body.topicId))
        return error(409, 'subscription-exists', 'Вы уже подписаны на эту рассылку.');
      const topic = TOPICS.find((t) => t.id === body.topicId)!;
      const item: NotificationSubscription = {
        id: `sub-${next++}`,
        topicId: topic.id,
        topicTitle: topic.title,
        agency: topic.agency,
        channels: body.channels!,
        frequency: body.frequency!,
        ...(body.from ? { from: body.from } : {}),
        ...(body.until ? { until: body.until } : {}),
        status: 'active',
        createdAt: new Date().toISOString(),
      };
      backend.items.push(item);
      return HttpResponse.json(item, { status: 201 });
    }),
    http.patch('*/api/notification-subscriptions/:id', async ({ request, params }) => {
      const body = (await request.json()) as Record<string, unknown>;
      const id = String(params['id']);
      backend.calls.push({ method: 'PATCH', id, body });
      const index = backend.items.findIndex((item) => item.id === id);
      if (index < 0) return error(404, 'not-found', 'Не найдено.');
      const item = { ...backend.items[index]!, ...body } as NotificationSubscription & Record<string, unknown>;
      for (const key of ['from', 'until']) if (item[key] === null) delete item[key];
      backend.items[index] = item;
      return HttpResponse.json(item);
    }),
    http.delete('*/api/notification-subscriptions/:id', ({ params }) => {
      const id = String(params['id']);
      backend.calls.push({ method: 'DELETE', id });
      backend.items = backend.items.filter((item) => item.id !== id);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return backend;
}
