/**
 * Linked cards («Привязанные карты»): GET /cards, POST /cards (start linking on the acquirer's page),
 * GET /card-bindings/{id}, DELETE /cards/{id}. State per database instance (so `resetDb()` / `setScenario()` start
 * afresh), seeded for the default citizen with two cards and two finished linkings. Only the acquirer's token id,
 * the last four digits, the brand and the expiry are ever kept or answered — never a card number.
 */
import type { RequestHandler } from 'msw';
import { getDb, type Db } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, http, idempotent, localeOf, type Locale } from '../handlers/support.js';
// A namespace import: the module may be linked before it defines the function (it is the mock-core helper's).
import * as acquirer from './acquirer-sessions.js';
import { disableAutopayPaidWith } from './autopay.js';
import { fail, jsonBody, unknownFields } from './replies.js';

type LinkedCard = components['schemas']['LinkedCard'];
type CardBinding = components['schemas']['CardBinding'];

interface CardRecord extends LinkedCard {
  ownerId: string;
}
interface BindingRecord {
  id: string;
  ownerId: string;
  status: CardBinding['status'];
  url: string;
  cardId?: string;
  failureReason?: string | Record<Locale, string>;
}
interface State {
  cards: CardRecord[];
  bindings: BindingRecord[];
  nextId: number;
}

const states = new WeakMap<Db, State>();

/** Why a seeded linking failed (the acquirer's words, in the citizen's language). */
const SEED_FAILURE: Record<Locale, string> = {
  ru: 'Банк отклонил привязку: карта заблокирована.',
  en: 'The bank refused to link the card: the card is blocked.',
};

function seed(db: Db): State {
  const state: State = { cards: [], bindings: [], nextId: 3 };
  if (db.charges.length === 0) return state; // the `empty` scenario: a first visit
  state.cards.push(
    {
      id: 'card-1',
      ownerId: 'person-1',
      last4: '4276',
      brand: 'mir',
      expires: '09/28',
      addedAt: '2026-03-14T10:12:00Z',
    },
    {
      id: 'card-2',
      ownerId: 'person-1',
      last4: '0366',
      brand: 'visa',
      expires: '03/27',
      addedAt: '2026-08-02T17:40:00Z',
    },
  );
  state.bindings.push(
    { id: 'binding-1', ownerId: 'person-1', status: 'completed', url: '', cardId: 'card-2' },
    { id: 'binding-2', ownerId: 'person-1', status: 'failed', url: '', failureReason: SEED_FAILURE },
  );
  return state;
}

function stateOf(db: Db = getDb()): State {
  let state = states.get(db);
  if (!state) states.set(db, (state = seed(db)));
  return state;
}

const cardOf = (record: CardRecord): LinkedCard => {
  const { ownerId: _owner, ...card } = record;
  return { ...card };
};

/** The cards of a citizen (autopay checks the card it is given). */
export function cardsOf(ownerId: string): LinkedCard[] {
  return stateOf()
    .cards.filter((c) => c.ownerId === ownerId)
    .map(cardOf);
}

/** A linked card of a citizen, if it is theirs (a linked-card payment checks it). */
export function findCard(ownerId: string, cardId: string): LinkedCard | undefined {
  const record = stateOf().cards.find((c) => c.id === cardId && c.ownerId === ownerId);
  return record ? cardOf(record) : undefined;
}

/** The acquirer's page finished a card linking: `card` when it succeeded, else the failure's reason. */
export function completeBinding(
  bindingId: string,
  outcome: { card: Omit<LinkedCard, 'id' | 'addedAt'> } | { failureReason: string },
): void {
  const state = stateOf();
  const binding = state.bindings.find((b) => b.id === bindingId);
  if (!binding || binding.status !== 'pending') return;
  if ('card' in outcome) {
    const card: CardRecord = {
      id: `card-${state.nextId++}`,
      ownerId: binding.ownerId,
      last4: outcome.card.last4,
      brand: outcome.card.brand,
      expires: outcome.card.expires,
      addedAt: new Date().toISOString(),
    };
    state.cards.push(card);
    binding.status = 'completed';
    binding.cardId = card.id;
  } else {
    binding.status = 'failed';
    binding.failureReason = outcome.failureReason;
  }
}

/** Test control: starts a linking for a citizen as POST /cards would, and returns its id. */
export function startTestBinding(ownerId = 'person-1'): string {
  const state = stateOf();
  const id = `binding-${state.nextId++}`;
  state.bindings.push({ id, ownerId, status: 'pending', url: '' });
  return id;
}

function bindingView(binding: BindingRecord, locale: Locale, state: State): CardBinding {
  const view: CardBinding = { id: binding.id, status: binding.status };
  if (binding.status === 'pending' && binding.url) view.url = binding.url;
  const card = binding.cardId ? state.cards.find((c) => c.id === binding.cardId) : undefined;
  if (binding.status === 'completed' && card) view.card = cardOf(card);
  if (binding.status === 'failed' && binding.failureReason)
    view.failureReason =
      typeof binding.failureReason === 'string' ? binding.failureReason : binding.failureReason[locale];
  return view;
}

const OUTCOME_REASONS: Record<string, Record<Locale, string>> = {
  'insufficient-funds': {
    ru: 'Банк отклонил проверочное списание: недостаточно средств на карте.',
    en: 'The bank declined the test charge: insufficient funds.',
  },
  'three-ds-failed': { ru: 'Не пройдена проверка 3-D Secure.', en: '3-D Secure verification failed.' },
  'card-expired': { ru: 'Срок действия карты истёк.', en: 'The card has expired.' },
  cancelled: { ru: 'Привязка карты отменена.', en: 'The card linking was cancelled.' },
};

/**
 * A linking this document's mock does not know because the page came back from the acquirer's page by a redirect
 * (a new document, a new in-page database): the outcome the acquirer's page recorded (acquirer-sessions.ts's ledger).
 */
function recordedBinding(bindingId: string, ownerId: string): BindingRecord | undefined {
  const recorded = acquirer.bindingOutcome?.(bindingId);
  if (!recorded?.outcome || recorded.ownerId !== ownerId) return undefined;
  const state = stateOf();
  const binding: BindingRecord = { id: bindingId, ownerId, status: 'pending', url: '' };
  state.bindings.push(binding);
  if (recorded.outcome === 'success' && recorded.card) completeBinding(bindingId, { card: recorded.card });
  else {
    binding.status = 'failed';
    binding.failureReason = OUTCOME_REASONS[recorded.outcome] ?? OUTCOME_REASONS['cancelled'];
  }
  return binding;
}

export const cardHandlers: RequestHandler[] = [
  http.get('/cards', ({ request, response }) => {
    return response(200).json({ items: cardsOf(citizenOf(request).id) });
  }),

  http.post('/cards', async ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    const body = await jsonBody(request as Request);
    if (!body) return response.untyped(fail(request, 400, 'bad-request'));
    const { returnUrl } = body;
    const fields = [
      ...unknownFields(body, ['returnUrl']),
      ...(typeof returnUrl !== 'string' || !URL.canParse(returnUrl) ? [{ field: 'returnUrl', code: 'invalid' }] : []),
    ];
    if (fields.length > 0) return response.untyped(fail(request, 400, 'validation-failed', fields));
    const result = await idempotent(request, { required: true, fingerprint: String(returnUrl) }, async () => {
      const state = stateOf();
      // unique beyond this document: the acquirer's ledger outlives a reload of the page (and of this mock)
      const id = `binding-${globalThis.crypto.randomUUID().slice(0, 8)}`;
      const binding: BindingRecord = { id, ownerId, status: 'pending', url: '' };
      binding.url = acquirer.createAcquirerSession({
        ownerId,
        purpose: 'binding',
        bindingId: binding.id,
        returnUrl: returnUrl as string,
        kind: 'card',
        locale: localeOf(request),
      });
      state.bindings.push(binding);
      return { status: 201, body: bindingView(binding, localeOf(request), state) };
    });
    return response.untyped(result);
  }),

  http.get('/card-bindings/{id}', ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const state = stateOf();
    let binding = state.bindings.find((b) => b.id === params.id && b.ownerId === ownerId);
    if (!binding && !state.bindings.some((b) => b.id === params.id))
      binding = recordedBinding(String(params.id), ownerId);
    if (!binding) return response.untyped(fail(request, 404, 'binding-not-found'));
    return response(200).json(bindingView(binding, localeOf(request), state));
  }),

  http.delete('/cards/{id}', ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const state = stateOf();
    const index = state.cards.findIndex((c) => c.id === params.id && c.ownerId === ownerId);
    if (index < 0) return response.untyped(fail(request, 404, 'card-not-found'));
    state.cards.splice(index, 1);
    return response(200).json({ autopayDisabled: disableAutopayPaidWith(ownerId, String(params.id)) });
  }),
];
