import type { CardBrand } from '../types.js';
import type { CardsMessages } from './cards-ru.js';

const BRAND: Record<CardBrand, string> = { mir: 'Mir', visa: 'Visa', mastercard: 'Mastercard', unionpay: 'UnionPay' };

export const cardsEn: CardsMessages = {
  heading: 'Cards and autopay',
  cardsHeading: 'Linked cards',
  intro: 'The card number is typed only on the bank’s page: the portal keeps just the last four digits.',
  loading: 'Loading cards…',
  loadFailed: 'Could not load the cards.',
  retry: 'Try again',
  none: 'No linked cards.',
  brand: (brand) => BRAND[brand],
  masked: (last4) => `•••• ${last4}`,
  cardName: (brand, last4) => `${brand} •••• ${last4}`,
  expires: (mmYy) => `until ${mmYy}`,
  expiresLabel: 'Valid',
  add: 'Link a card',
  adding: 'Opening the bank’s page…',
  popupBlocked: 'The browser did not open the bank’s window. Allow pop-ups, or open the bank’s page in this window.',
  openHere: 'Open the bank’s page in this window',
  popupOpen: 'The bank’s window is open: enter the card there. We will check the result when you finish.',
  popupClosed: 'The bank’s window was closed before the card was linked. Try again.',
  checking: 'Checking the card linking…',
  bound: (last4) => `Card •••• ${last4} linked.`,
  boundFailed: (reason) => `The card could not be linked: ${reason}`,
  boundFailedNoReason: 'The card could not be linked.',
  boundPending: 'The bank has not confirmed the card yet.',
  checkAgain: 'Check again',
  unsafeUrl: 'The server sent a wrong address of the bank’s page. Try again later.',
  remove: 'Remove',
  removeHeading: (name) => `Remove card ${name}?`,
  removeText: 'The card will no longer be available for payments. An autopay that uses it will be switched off.',
  removeConfirm: 'Remove the card',
  removeKeep: 'Keep',
  removed: (name) => `Card ${name} removed.`,
  autopayOff: (providers) => `Autopay switched off: ${providers}.`,
};
