/**
 * The seeded notification feed (issue 15): every category, each with its sender and a link to what it is about
 * (application → /applications/<id>, charge → /payments?charge=<id>, payment → /payments?payment=<id>, security →
 * /security, …), some archived, and unread security alerts «Вход с нового устройства» at the top of the feed.
 */
import type { SeededRandom } from './random.js';
import type {
  ApplicationRecord,
  ChargeRecord,
  NotificationCategory,
  NotificationRecord,
  PaymentRecord,
} from './types.js';

/** The sender of the portal's own notifications. */
export const PORTAL_SENDER = 'Госуслуги';

/** The link of a charge (the payments route opens it). */
export const chargeLink = (id: string): NotificationRecord['link'] => ({
  kind: 'charge',
  id,
  href: `/payments?charge=${encodeURIComponent(id)}`,
});
/** The link of a payment. */
export const paymentLink = (id: string): NotificationRecord['link'] => ({
  kind: 'payment',
  id,
  href: `/payments?payment=${encodeURIComponent(id)}`,
});
/** The link of an application (the tracker's route opens it). */
export const applicationLink = (id: string): NotificationRecord['link'] => ({
  kind: 'application',
  id,
  href: `/applications/${encodeURIComponent(id)}`,
});
/** The link of a security event (the security settings). */
export const securityLink = (id: string): NotificationRecord['link'] => ({ kind: 'security', id, href: '/security' });

export const rubles = (kopecks: number): string => `${(kopecks / 100).toFixed(2).replace('.', ',')} ₽`;

/** «Вход с нового устройства» — the alert the feed shows first while unread. */
export const NEW_DEVICE_TITLE = 'Вход с нового устройства';
const DEVICES = [
  'Chrome, Windows, Москва',
  'Safari, iPhone, Санкт-Петербург',
  'Firefox, Linux, Казань',
  'Яндекс Браузер, Android, Екатеринбург',
] as const;
export const newDeviceBody = (device: string): string =>
  `Выполнен вход в личный кабинет: ${device}. Если это были не вы, смените пароль и завершите другие сеансы.`;

const SECURITY_NOTES = [
  ['Пароль изменён', 'Пароль от учётной записи изменён. Все остальные сеансы завершены.'],
  ['Включён вход с подтверждением', 'Теперь при входе нужен одноразовый код из СМС.'],
] as const;

const NEWS = [
  ['Новые услуги в вашем регионе', 'Теперь можно подать заявление на субсидию на оплату ЖКУ онлайн.', '/'],
  [
    'Изменение условий использования',
    'С 1 декабря 2026 г. действуют обновлённые условия использования портала.',
    'https://www.gosuslugi.ru/help/terms',
  ],
  [
    'Плановые работы',
    'В ночь на воскресенье с 01:00 до 05:00 по московскому времени возможны перебои в работе сервиса.',
    undefined,
  ],
] as const;

const MESSAGES = [
  [
    'ФНС России',
    'Налоговое уведомление направлено',
    'Налоговое уведомление за 2025 год размещено в личном кабинете. Срок уплаты — до 1 декабря 2026 г.\n\nЕсли данные об имуществе неверны, сообщите об этом в налоговую.',
  ],
  [
    'Социальный фонд России',
    'Сведения о пенсионных правах обновлены',
    'В ваш индивидуальный лицевой счёт внесены сведения за III квартал 2026 г.',
  ],
  [
    'МВД России',
    'Ответ на обращение',
    'Ваше обращение рассмотрено. Ответ направлен на адрес электронной почты, указанный в обращении.',
  ],
  [
    'Минздрав России',
    'Приглашение на диспансеризацию',
    'В 2026 году вы можете пройти диспансеризацию бесплатно. Запишитесь в поликлинику по месту прикрепления.',
  ],
] as const;

const DOCUMENTS = [
  ['Росреестр', 'Выписка из ЕГРН готова', 'Выписка из Единого государственного реестра недвижимости готова.'],
  ['ФНС России', 'Справка о доходах готова', 'Справка о доходах и суммах налога физического лица за 2025 год готова.'],
  [
    'Социальный фонд России',
    'Выписка из лицевого счёта готова',
    'Сведения о состоянии индивидуального лицевого счёта готовы.',
  ],
] as const;

const APPOINTMENT_PLACES = ['МФЦ «Мои документы» на Тверской', 'МФЦ района Хамовники', 'Отделение МВД по району Арбат'];

/** The order the default citizen's notifications cycle through the categories (the feed shows each). */
const CYCLE: readonly NotificationCategory[] = [
  'applications',
  'charges',
  'security',
  'payment-due',
  'applications',
  'payments',
  'documents',
  'news',
  'appointments',
  'messages',
];

const dateWords = (ms: number): string =>
  new Date(ms).toLocaleDateString('ru-RU', { day: 'numeric', month: 'long', timeZone: 'Europe/Moscow' });

interface Sources {
  /** The Russian label of an application's status. */
  statusLabel: (application: ApplicationRecord) => string;
  applications: ApplicationRecord[];
  charges: ChargeRecord[];
  payments: PaymentRecord[];
}

function fill(
  random: SeededRandom,
  category: NotificationCategory,
  index: number,
  createdMs: number,
  { applications, charges, payments, statusLabel }: Sources,
): Pick<NotificationRecord, 'category' | 'title' | 'body' | 'sender' | 'link'> {
  const application = applications.length > 0 ? random.pick(applications) : undefined;
  const charge = charges.length > 0 ? random.pick(charges) : undefined;
  switch (category) {
    case 'applications':
      if (!application) break;
      return {
        category,
        title: `Заявление № ${application.number}: ${statusLabel(application)}`,
        body: application.serviceTitle,
        sender: application.agencyTitle,
        link: applicationLink(application.id),
      };
    case 'charges':
      if (!charge) break;
      return {
        category,
        title: charge.kind === 'fine' ? 'Новый штраф' : 'Новое начисление',
        body: `${charge.title}. Сумма: ${rubles(charge.amount)}.`,
        sender: charge.payee,
        link: chargeLink(charge.id),
      };
    case 'payment-due': {
      const unpaid = charges.filter((c) => c.status === 'unpaid' && c.amountDue > 0);
      const due = unpaid.length > 0 ? random.pick(unpaid) : undefined;
      if (!due) break;
      const until = due.dueDate ? ` до ${dateWords(Date.parse(due.dueDate))}` : '';
      return {
        category,
        title: 'Скоро срок оплаты',
        body: `${due.title}: оплатите ${rubles(due.amountDue)}${until}.`,
        sender: due.payee,
        link: chargeLink(due.id),
      };
    }
    case 'payments': {
      const payment = payments.find((p, i) => p.status === 'completed' && i % 3 === index % 3) ?? payments[0];
      if (!payment) break;
      return {
        category,
        title: 'Оплата прошла успешно',
        body:
          payment.items.length === 1
            ? `${payment.items[0]!.title}: оплачено ${rubles(payment.amount)}.`
            : `Оплачено начислений: ${payment.items.length}, сумма ${rubles(payment.amount)}.`,
        sender: PORTAL_SENDER,
        link: paymentLink(payment.id),
      };
    }
    case 'documents': {
      if (!application) break;
      const [sender, title, body] = random.pick(DOCUMENTS);
      return {
        category,
        title,
        body: `${body} Она приложена к заявлению № ${application.number}.`,
        sender,
        link: { kind: 'document', id: `document-${index + 1}`, href: `/applications/${application.id}` },
      };
    }
    case 'appointments': {
      if (!application) break;
      const visit = createdMs + random.int(2, 10) * 86_400_000;
      const place = random.pick(APPOINTMENT_PLACES);
      return {
        category,
        title: 'Вы записаны на приём',
        body: `${dateWords(visit)} в ${random.int(9, 17)}:${random.pick(['00', '15', '30', '45'])}, ${place}. Возьмите паспорт.`,
        sender: place.startsWith('МФЦ') ? 'МФЦ «Мои документы»' : 'МВД России',
        link: { kind: 'appointment', id: `appointment-${index + 1}`, href: `/applications/${application.id}` },
      };
    }
    case 'messages': {
      const [sender, title, body] = random.pick(MESSAGES);
      return { category, title, body, sender };
    }
    case 'security': {
      if (random.chance(0.5)) {
        return {
          category,
          title: NEW_DEVICE_TITLE,
          body: newDeviceBody(random.pick(DEVICES)),
          sender: PORTAL_SENDER,
          link: securityLink(`security-event-${index + 1}`),
        };
      }
      const [title, body] = random.pick(SECURITY_NOTES);
      return { category, title, body, sender: PORTAL_SENDER, link: securityLink(`security-event-${index + 1}`) };
    }
    default:
      break;
  }
  const [title, body, href] = random.pick(NEWS);
  return { category: 'news', title, body, sender: PORTAL_SENDER, ...(href ? { link: { kind: 'page', href } } : {}) };
}

/**
 * `count` notifications, newest first: the default citizen's cycle through every category (the other people get
 * security notes and news only — the seeded applications and charges belong to the default citizen). About 60 % are
 * read, every tenth read one is archived; the two newest security alerts of the default citizen are unread
 * «Вход с нового устройства».
 */
export function seedNotifications(
  random: SeededRandom,
  count: number,
  sources: Sources,
  ownerOf: (index: number) => string,
  defaultPersonId: string,
  now: number,
): NotificationRecord[] {
  const notifications: NotificationRecord[] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const ownerId = ownerOf(i);
    const mine = ownerId === defaultPersonId;
    const category: NotificationCategory = mine ? CYCLE[i % CYCLE.length]! : i % 2 === 0 ? 'security' : 'news';
    const createdMs = now - random.int(0, count > 1000 ? 700 * 24 : 60 * 24) * 3600_000 - random.int(0, 3599) * 1000;
    const fields = fill(
      random,
      category,
      i,
      createdMs,
      mine ? sources : { ...sources, applications: [], charges: [], payments: [] },
    );
    const read = random.chance(0.6);
    notifications[i] = {
      id: `notification-${i + 1}`,
      ownerId,
      createdAt: new Date(createdMs).toISOString(),
      read,
      archived: read && i % 10 === 9,
      ...fields,
    };
  }
  notifications.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  // The newest two security alerts of the default citizen: a sign-in from a new device, unread, in the feed.
  let alerts = 0;
  for (const notification of notifications) {
    if (alerts === 2) break;
    if (notification.ownerId !== defaultPersonId || notification.category !== 'security') continue;
    notification.title = NEW_DEVICE_TITLE;
    notification.body = newDeviceBody(DEVICES[alerts]!);
    notification.read = false;
    notification.archived = false;
    alerts += 1;
  }
  return notifications;
}
