/**
 * SCAFFOLD (issue 14, owned by the cards helper): linked cards (GET/POST /cards, GET /card-bindings/{id},
 * DELETE /cards/{id}) and their state per database instance.
 */
import type { RequestHandler } from 'msw';
import type { components } from '../generated/api-types.js';

/** A linked card of a citizen, if it is theirs (a linked-card payment checks it). */
export declare function findCard(ownerId: string, cardId: string): components['schemas']['LinkedCard'] | undefined;
/** The acquirer's page finished a card linking: `card` when it succeeded, else the failure's reason. */
export declare function completeBinding(
  bindingId: string,
  outcome: { card: Omit<components['schemas']['LinkedCard'], 'id' | 'addedAt'> } | { failureReason: string },
): void;

export const cardHandlers: RequestHandler[] = [];
