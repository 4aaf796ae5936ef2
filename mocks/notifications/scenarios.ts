/**
 * What the notifications' scenarios do beyond the database's size (mocks/scenarios.ts calls applyNotificationScenario
 * after every re-seed): `unconfirmed-contacts` — the default citizen's e-mail and phone are not confirmed (the e-mail
 * and SMS channels are unavailable until confirmed with the verification flow); `notification-burst` — four new
 * notifications arrive together a moment (BURST_DELAY_MS) after the first event stream opens.
 */
import { DEFAULT_PERSON_ID, addNotification, applicationLink, chargeLink, getDb } from '../db/index.js';
import { onLiveStreamOpened } from '../db/live-events.js';
import { setContactsConfirmed } from '../verification/store.js';

/** How long after the event stream opens the burst arrives. */
export const BURST_DELAY_MS = 1200;
/** How many notifications the burst brings. */
export const BURST_SIZE = 4;

let cancel = (): void => undefined;

/** The four notifications of the burst (at once, each with its live event), for the default citizen. */
export function burst(ownerId: string = DEFAULT_PERSON_ID): void {
  const db = getDb();
  const application = db.applications.find((a) => a.ownerId === ownerId);
  const charge = db.charges.find((c) => c.ownerId === ownerId && c.status === 'unpaid');
  addNotification(ownerId, {
    category: 'charges',
    title: 'Новый штраф',
    body: charge ? `${charge.title}.` : 'Штраф ГИБДД за превышение скорости.',
    sender: charge?.payee ?? 'МВД России',
    ...(charge ? { link: chargeLink(charge.id) } : {}),
  });
  addNotification(ownerId, {
    category: 'applications',
    title: application ? `Заявление № ${application.number}: принято ведомством` : 'Заявление принято ведомством',
    body: application?.serviceTitle ?? 'Ведомство приступило к рассмотрению заявления.',
    sender: application?.agencyTitle ?? 'Госуслуги',
    ...(application ? { link: applicationLink(application.id) } : {}),
  });
  addNotification(ownerId, {
    category: 'documents',
    title: 'Выписка из ЕГРН готова',
    body: 'Выписка из Единого государственного реестра недвижимости готова.',
    sender: 'Росреестр',
    ...(application
      ? { link: { kind: 'document', id: 'document-burst', href: `/applications/${application.id}` } }
      : {}),
  });
  addNotification(ownerId, {
    category: 'messages',
    title: 'Ответ на обращение',
    body: 'Ваше обращение рассмотрено. Ответ направлен на адрес электронной почты, указанный в обращении.',
    sender: 'МВД России',
  });
}

/** Applies a scenario's notifications part to the freshly seeded database. */
export function applyNotificationScenario(name: string): void {
  cancel();
  cancel = () => undefined;
  if (name === 'unconfirmed-contacts') setContactsConfirmed(DEFAULT_PERSON_ID, { email: false, phone: false });
  if (name === 'notification-burst') {
    const db = getDb();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onLiveStreamOpened(() => {
      stop();
      timer = setTimeout(() => {
        if (getDb() === db) burst();
      }, BURST_DELAY_MS);
    });
    cancel = () => {
      stop();
      clearTimeout(timer);
    };
  }
}
