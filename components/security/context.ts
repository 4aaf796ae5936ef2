/**
 * What <gu-security-settings> gives its parts (`ctx`). Parts import this module, never the element's: the element is
 * the first render, the parts are loaded when their view opens.
 */
import type { ApiClient } from '../core/api/index.js';
import type { StepUp } from './step-up.js';
import type { SecurityChanges } from './changes.js';
import type { LoginMethod, LoginResult } from './types.js';

export type * from './types.js';

/**
 * Where the element is: `overview` (every section's state at a glance, with what to do next), one view per section
 * (`password`, `two-factor`, `passkeys`, `questions`, `devices`, `sessions`, `history`, `alerts`), and `incident`
 * («Это был не я»: the guided response to a sign-in the citizen did not make — `eventId`).
 */
export type SecurityView =
  | 'overview'
  | 'password'
  | 'two-factor'
  | 'passkeys'
  | 'questions'
  | 'devices'
  | 'sessions'
  | 'history'
  | 'alerts'
  | 'incident';

/** The views of the navigation, in its order. */
export const MAIN_VIEWS = [
  'overview',
  'password',
  'two-factor',
  'passkeys',
  'questions',
  'devices',
  'sessions',
  'history',
  'alerts',
] as const satisfies readonly SecurityView[];

/** The login history's filters. */
export interface HistoryFilters {
  result: LoginResult | '';
  method: LoginMethod | '';
  /** Dates (YYYY-MM-DD), inclusive. */
  from: string;
  to: string;
}

export const NO_HISTORY_FILTERS: Readonly<HistoryFilters> = { result: '', method: '', from: '', to: '' };

/** Where the citizen was in the login history: kept while «Это был не я» is open, so «Назад» returns there. */
export interface HistoryPlace {
  filters: HistoryFilters;
  page: number;
  /** The event to focus when the history is drawn again. */
  focusId?: string;
}

/** The part's `ctx` (core/widget `WidgetPart`). */
export interface SecurityContext {
  /** The API client (core/api) with the session's token access. */
  client: ApiClient;
  /**
   * Sensitive changes go through it: `stepUp.guard(() => call())` asks the citizen to confirm it is them (password or
   * passkey) when the server answers 403 `reauthentication-required`, then makes the call once more. What the citizen
   * typed stays where it is (the question is a dialog over the part).
   */
  stepUp: StepUp;
  /** The page's security changes: a part reports its own (`changed(area)`) and follows the others' (other tabs,
   * devices, a sign-in through <gu-login> on the same page). */
  changes: SecurityChanges;
  /** Rows per page of the login history. */
  pageSize: number;
  /** The login history's place (the history part writes it as the citizen moves, and reads it when drawn again). */
  historyPlace: HistoryPlace;
  /** `incident` view: the login event «Это был не я» is about. */
  eventId?: string;
  /** The portal's notification settings page (alerts link there), or '' when the portal has none. */
  notificationsHref: string;
}

/** What the element asks of the open part. */
export interface SecurityPartHandle {
  focusHeading(): Promise<void>;
}
