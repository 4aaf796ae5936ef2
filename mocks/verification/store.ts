/**
 * The verification mock's state: settings, the records per database instance (so `resetDb()` / `setScenario()` start
 * afresh), the citizen's contacts and level, and the client's view of a confirmation. Every flow module reads it.
 */
import { getDb } from '../db/index.js';
import type { Db, Profile } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { getScenario } from '../scenarios.js';

export type Schemas = components['schemas'];
export type Contacts = Schemas['VerificationContacts'];
export type Ticket = Schemas['ContactCodeTicket'];
export type Check = Schemas['RegistryCheck'];
export type StandardData = Schemas['StandardLevelData'];
export type Confirmation = Schemas['Confirmation'];
export type Centre = Schemas['ServiceCentre'];
export type LetterStatus = NonNullable<Confirmation['letter']>['status'];

/** The one code every mock SMS, e-mail and letter carries. */
export const MOCK_CODE = '123456';
/** Wrong entries after which a code is invalidated (requirement 24). */
export const MAX_CODE_ATTEMPTS = 5;

export interface Settings {
  /** How long a registry check takes (default 4 s, `slow` scenario 75 s). */
  checkMs?: number;
  /** Forces the outcome of the next checks, whatever the data. */
  checkOutcome?: 'succeeded' | 'mismatch' | 'unavailable' | null;
  /** How long each step of a letter takes (ordered → sent → arrived → delivered). */
  letterStepMs?: number;
}
export let settings: Settings = {};

/** Replaces the settings (configureVerificationMock, resetVerificationMock). */
export function setSettings(next: Settings): void {
  settings = next;
}

export const checkMs = (): number => settings.checkMs ?? (getScenario() === 'slow' ? 75_000 : 4_000);
export const letterStepMs = (): number => settings.letterStepMs ?? 3_000;

export interface TicketRecord extends Ticket {
  ownerId: string;
  value: string;
  attempts: number;
  used: boolean;
  sentAt: number;
}
export interface CheckRecord extends Omit<Check, 'status' | 'stage' | 'pollAfter'> {
  ownerId: string;
  startedMs: number;
  durationMs: number;
  outcome: Pick<Check, 'status' | 'mismatches' | 'unavailableRegistry'>;
  applied: boolean;
}
export interface ConfirmationRecord extends Confirmation {
  ownerId: string;
  startedMs: number;
  stepMs: number;
}
interface State {
  contacts: Map<string, { phoneConfirmed: boolean; emailConfirmed: boolean }>;
  tickets: TicketRecord[];
  changeAllowedUntil: Map<string, number>;
  checks: CheckRecord[];
  confirmations: ConfirmationRecord[];
  booked: Set<string>;
  nextId: number;
}

const states = new WeakMap<Db, State>();

export function stateOf(db: Db = getDb()): State {
  let state = states.get(db);
  if (!state) {
    state = {
      contacts: new Map(),
      tickets: [],
      changeAllowedUntil: new Map(),
      checks: [],
      confirmations: [],
      booked: new Set(),
      nextId: 1,
    };
    // Contract fixtures for the default citizen: a live e-mail code and a pending bank confirmation.
    const now = Date.now();
    state.tickets.push({
      id: 'code-seed-1',
      ownerId: 'person-1',
      channel: 'email',
      purpose: 'confirm',
      sentTo: 'ga***@yandex.ru',
      expiresAt: new Date(now + 3_600_000).toISOString(),
      resendAfter: 0,
      value: '',
      attempts: 0,
      used: false,
      sentAt: now - 3_600_000,
    });
    state.confirmations.push({
      id: 'confirmation-seed-1',
      ownerId: 'person-1',
      method: 'bank',
      status: 'pending',
      bankId: 'sber',
      startedAt: new Date(now).toISOString(),
      startedMs: now,
      stepMs: 0,
    });
    states.set(db, state);
  }
  return state;
}

export const newId = (prefix: string): string => `${prefix}-${stateOf().nextId++}`;

export function contactsOf(person: Profile): Contacts {
  const flags = stateOf().contacts.get(person.id) ?? {
    phoneConfirmed: true, // a simplified account is registered with a phone confirmed by SMS (seed 002)
    emailConfirmed: person.accountLevel !== 'simplified',
  };
  return { phone: person.phone, email: person.email, ...flags };
}

export function setContacts(person: Profile, changes: Partial<Contacts>): void {
  const current = contactsOf(person);
  if (changes.phone) person.phone = changes.phone;
  if (changes.email) person.email = changes.email;
  stateOf().contacts.set(person.id, {
    phoneConfirmed: changes.phoneConfirmed ?? current.phoneConfirmed,
    emailConfirmed: changes.emailConfirmed ?? current.emailConfirmed,
  });
}

/** Test control: sets whether a person's phone and e-mail are confirmed. */
export function setContactsConfirmed(personId: string, flags: { phone?: boolean; email?: boolean }): void {
  const person = getDb().persons.find((p) => p.id === personId);
  if (!person) throw new Error(`No person ${personId}`);
  setContacts(person, { phoneConfirmed: flags.phone, emailConfirmed: flags.email });
}

const LEVEL_RANK = { simplified: 0, standard: 1, confirmed: 2 } as const;
export function raiseLevel(person: Profile, level: 'standard' | 'confirmed'): void {
  if (LEVEL_RANK[person.accountLevel] < LEVEL_RANK[level]) person.accountLevel = level;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** A random hex string (one-time tickets, ids that must be unique beyond this page's memory). */
export const randomTicket = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

const LETTER_STEPS: readonly LetterStatus[] = ['ordered', 'sent', 'arrived', 'delivered'];

/** A confirmation as the client sees it now (a letter's status follows the time since it was ordered). */
export function viewConfirmation(record: ConfirmationRecord): Confirmation {
  const { ownerId: _o, startedMs, stepMs, ...rest } = record;
  const view = structuredClone(rest);
  if (view.method === 'post' && view.letter) {
    const reached = Math.min(3, Math.floor((Date.now() - startedMs) / Math.max(1, stepMs)));
    view.letter.status = LETTER_STEPS[reached]!;
    view.letter.events = LETTER_STEPS.slice(0, reached + 1).map((status, index) => ({
      status,
      at: new Date(startedMs + index * stepMs).toISOString(),
    }));
  }
  return view;
}
