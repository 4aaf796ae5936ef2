/**
 * The verification mock (<gu-verification>): account levels, contact confirmation by code, the asynchronous registry
 * check (МВД, СФР, ФНС) towards the standard level, and the confirmed-level methods (partner bank, service centre, code by
 * Russian Post, electronic signature). State lives per database instance, so `resetDb()` / `setScenario()` start afresh.
 *
 * One module per flow: contacts.ts, standard.ts (registry check, scans), confirmations.ts with bank.ts, post.ts and
 * signature.ts, centre.ts; store.ts holds the state, errors.ts the answers; this module the overview, the controls and
 * the handler list.
 *
 * Demo values (documented in components/verification/README.md): every code is 123456; passport number 000000 is
 * unknown to the МВД (mismatch); unit code 000-000 makes the МВД unavailable; SNILS, date of birth and INN are compared
 * with the person.
 */
import { citizenOf, http, localeOf, type Locale } from '../handlers/support.js';
import { BANKS, bankHandlers, writeLedger } from './bank.js';
import { centreHandlers } from './centre.js';
import { confirmationHandlers } from './confirmations.js';
import { contactsHandlers } from './contacts.js';
import { standardHandlers } from './standard.js';
import { contactsOf, setSettings, settings, type Settings } from './store.js';

export { MAX_CODE_ATTEMPTS, MOCK_CODE, setContactsConfirmed } from './store.js';
export { SERVICE_CENTRES, freeSlots } from './centre.js';
export { createTestBankTicket } from './bank.js';
export { mockSignature } from './signature.js';

/** Test and demo controls of the verification mock; omitted values are unchanged, `null` restores the default. */
export function configureVerificationMock(next: Settings): void {
  setSettings({ ...settings, ...next });
}
/** Restores the default timings and outcomes (and forgets the bank tickets). */
export function resetVerificationMock(): void {
  setSettings({});
  writeLedger({});
}

const VIDEO_REASON: Record<Locale, string> = {
  ru: 'Видеоидентификация доступна в мобильном приложении «Госуслуги».',
  en: 'Video identification is available in the Gosuslugi mobile app.',
};

/** Handlers of the verification domain (registered in handlers/index.ts `domainHandlers`). */
export const verificationHandlers = [
  http.get('/verification', ({ request, response }) => {
    const person = citizenOf(request);
    return response(200).json({
      level: person.accountLevel,
      contacts: contactsOf(person),
      known: { birthDate: person.birthDate, snils: person.snils, inn: person.inn },
      banks: BANKS,
      methods: [
        { method: 'bank', available: true },
        { method: 'service-centre', available: true },
        { method: 'post', available: true },
        { method: 'signature', available: true },
        { method: 'video', available: false, reason: VIDEO_REASON[localeOf(request)] },
      ],
    });
  }),

  ...contactsHandlers,
  ...standardHandlers,
  ...confirmationHandlers,
  ...bankHandlers,
  ...centreHandlers,
];
