import type { Charge } from './types.js';

/** The contract's limit of charges in one payment. */
export const MAX_CHARGES_PER_PAYMENT = 50;

/**
 * The charges the citizen selected to pay together. The element owns one (it outlives the views: going to the history
 * and back, or to the checkout and back, keeps the selection); parts read it and change it through it, and every
 * change notifies the hosts that listen (they re-render). Charges are kept as they were shown: their `amountDue` is
 * what the payment sends, and the server refuses a charge that changed since.
 */
export class ChargeSelection {
  readonly #charges = new Map<string, Charge>();
  readonly #listeners = new Set<() => void>();

  /** The selected charges, in the order they were selected. */
  get charges(): Charge[] {
    return [...this.#charges.values()];
  }

  get size(): number {
    return this.#charges.size;
  }

  /** Kopecks to pay for the selection. */
  get total(): number {
    let sum = 0;
    for (const charge of this.#charges.values()) sum += charge.amountDue;
    return sum;
  }

  has(id: string): boolean {
    return this.#charges.has(id);
  }

  /** Selects charges (up to the limit); returns how many could not be added because of it. */
  add(charges: readonly Charge[]): number {
    let refused = 0;
    for (const charge of charges) {
      if (this.#charges.has(charge.id)) this.#charges.set(charge.id, charge);
      else if (this.#charges.size < MAX_CHARGES_PER_PAYMENT) this.#charges.set(charge.id, charge);
      else refused++;
    }
    this.#changed();
    return refused;
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) this.#charges.delete(id);
    this.#changed();
  }

  /** Replaces selected charges by their newer versions (after a refusal); drops those no longer payable. */
  update(charges: readonly Charge[]): void {
    for (const charge of charges) {
      if (!this.#charges.has(charge.id)) continue;
      if (charge.status === 'unpaid') this.#charges.set(charge.id, charge);
      else this.#charges.delete(charge.id);
    }
    this.#changed();
  }

  clear(): void {
    this.#charges.clear();
    this.#changed();
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
