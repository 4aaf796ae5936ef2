/** What <gu-verification> and its lazily loaded parts share: catalogs, steps, typed events. */
import type { LazyCatalogs } from '../core/i18n/index.js';
import { GuEvent } from '../core/widget/events.js';
import type { AccountLevel } from '../core/session/session-context.js';
import { verificationRu, type VerificationMessages } from './locales/ru.js';

/** The overview's strings: Russian in the first render, English downloaded when a page asks for it. */
export const verificationMessages: LazyCatalogs<VerificationMessages> = {
  ru: verificationRu,
  en: () => import('./locales/en.js').then((m) => m.verificationEn),
};

/**
 * Where the element is. `overview` shows the levels; every other step opens a flow (loaded on demand):
 * contacts `phone`, `email`, `change-phone`, `change-email`; standard level `standard` (the form), `check` (the registry
 * check in progress or its result); confirmed level `bank` (choose a bank), `bank-page` (the bank's page, simulated
 * with `simulate-bank`), `centre` (search), `centre-slots` (the first centre found for `query`, its free times), `post`
 * (order the letter, its status, the code), `signature` (certificate → sign); `bank-return` (back from the bank's page:
 * the element opens it itself when the page URL has `?gu-bank-result=<ticket>`, and asks the server for the result).
 */
export type VerificationStep =
  | 'overview'
  | 'phone'
  | 'email'
  | 'change-phone'
  | 'change-email'
  | 'standard'
  | 'check'
  | 'bank'
  | 'bank-page'
  | 'bank-return'
  | 'centre'
  | 'centre-slots'
  | 'post'
  | 'signature';

/** Data a step starts with (stories, tests, deep links): form values, the chosen bank, a centre search. */
export interface StepData {
  /** Standard-level form values as typed (`passport` = series and number, dates as ДД.ММ.ГГГГ). */
  values?: Partial<Record<string, string>>;
  /** `bank-page`: the bank to start with. */
  bankId?: string;
  /** `bank-return`: the one-time ticket the bank sent the page back with (only a key to ask the server with). */
  bankResult?: string;
  /** `centre`, `centre-slots`: the search; `centre-slots` opens the first centre found. */
  query?: string;
}

export const LEVELS: readonly AccountLevel[] = ['simplified', 'standard', 'confirmed'];

/** `gu-verification-completed`: the account level went up (the session is being refreshed with it). */
export class GuVerificationCompletedEvent extends GuEvent<{ level: AccountLevel }> {
  static readonly eventName = 'gu-verification-completed';
  constructor(detail: { level: AccountLevel }) {
    super(GuVerificationCompletedEvent.eventName, detail);
  }
}

/** `gu-verification-contact-confirmed`: a phone or e-mail was confirmed (`changed`: changed and confirmed). */
export class GuContactConfirmedEvent extends GuEvent<{ channel: 'phone' | 'email'; changed: boolean }> {
  static readonly eventName = 'gu-verification-contact-confirmed';
  constructor(detail: { channel: 'phone' | 'email'; changed: boolean }) {
    super(GuContactConfirmedEvent.eventName, detail);
  }
}

/** `gu-verification-step`: the element moved to another step. */
export class GuVerificationStepEvent extends GuEvent<{ step: VerificationStep }> {
  static readonly eventName = 'gu-verification-step';
  constructor(detail: { step: VerificationStep }) {
    super(GuVerificationStepEvent.eventName, detail);
  }
}

/** Internal (part → element): a part finished something that may change the level or contacts; reload the state. */
export class PartChangedEvent extends GuEvent {
  static readonly eventName = 'gu-verification-part-changed';
  constructor() {
    super(PartChangedEvent.eventName, undefined, { internal: true });
  }
}

/** Internal (part → element): a part asks to go to another step (`overview` = back). */
export class PartNavigateEvent extends GuEvent<{ step: VerificationStep }> {
  static readonly eventName = 'gu-verification-navigate';
  constructor(detail: { step: VerificationStep }) {
    super(PartNavigateEvent.eventName, detail, { internal: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-verification-completed': GuVerificationCompletedEvent;
    'gu-verification-contact-confirmed': GuContactConfirmedEvent;
    'gu-verification-step': GuVerificationStepEvent;
    'gu-verification-part-changed': PartChangedEvent;
    'gu-verification-navigate': PartNavigateEvent;
  }
}
