/**
 * Named scenarios of the mock backend: how every /api call behaves (latency, failures, broken bodies) and how big the database is.
 * The scenario gate in handlers/index.ts applies the current scenario to every /api request.
 */
import { getDb, resetDb } from './db/index.js';
import type { DbSize } from './db/index.js';
import { advanceSomeApplication } from './db/application-extras.js';
import { applyNotificationScenario } from './notifications/scenarios.js';

/** The scenarios every story, test and the demo can select. */
export type ScenarioName =
  | 'default'
  | 'empty'
  | 'slow'
  | 'flaky'
  | 'server-error'
  | 'offline'
  | 'malformed'
  | 'large'
  | 'unconfirmed-contacts'
  | 'notification-burst'
  | 'reauth-required'
  | 'suspicious-login';

/** Every scenario with a one-line description (for the README, Storybook toolbar and demo picker). */
export const SCENARIOS: ReadonlyArray<{ name: ScenarioName; description: string }> = [
  {
    name: 'default',
    description: 'A typical citizen: applications in every status, fines with discounts, taxes, bills, notifications.',
  },
  { name: 'empty', description: 'A first visit: profile only, no applications, charges, payments or notifications.' },
  { name: 'slow', description: `Default data, every call answers after ${1500} ms or more.` },
  { name: 'flaky', description: 'Default data, every third call answers 503 with Retry-After.' },
  { name: 'server-error', description: 'Every call answers 500 with the Error body.' },
  { name: 'offline', description: 'Every call fails with a network error.' },
  {
    name: 'malformed',
    description:
      "Every call answers success (200, or the operation's 2xx) with a body that breaks the schema (each field of the wrong type); the notification feed and summary break one item in four (the rest stays well formed).",
  },
  { name: 'large', description: '10 000 applications, 1 000 charges, 5 000 notifications.' },
  {
    name: 'unconfirmed-contacts',
    description:
      "Default data, but the citizen's e-mail and phone are not confirmed: the e-mail and SMS notification channels are unavailable until confirmed.",
  },
  {
    name: 'notification-burst',
    description: 'Default data; four new notifications arrive together a moment after the event stream opens.',
  },
  {
    name: 'reauth-required',
    description:
      'Default data, but the session signed in long ago: every sensitive security change first asks for the password again (403 reauthentication-required).',
  },
  {
    name: 'suspicious-login',
    description:
      'Default data plus, an hour ago, three failed attempts and then a successful sign-in from Новосибирск on an unknown device (not reported yet).',
  },
];

/** Latency of the `slow` scenario, in milliseconds. */
export const SLOW_LATENCY_MS = 1600;
/** Retry-After of the `flaky` scenario's 503, in seconds. */
export const FLAKY_RETRY_AFTER_S = 1;

const DB_SIZE: Record<ScenarioName, DbSize> = {
  default: 'default',
  empty: 'empty',
  slow: 'default',
  flaky: 'default',
  'server-error': 'default',
  offline: 'default',
  malformed: 'default',
  large: 'large',
  'unconfirmed-contacts': 'default',
  'notification-burst': 'default',
  'reauth-required': 'default',
  'suspicious-login': 'default',
};

let current: ScenarioName = 'default';
let callCount = 0;

/** Whether a string names a scenario. */
export function isScenarioName(value: unknown): value is ScenarioName {
  return SCENARIOS.some((scenario) => scenario.name === value);
}

/** Selects a scenario, re-seeds the database at its size and restarts the call counter. */
export function setScenario(name: ScenarioName): void {
  if (!isScenarioName(name))
    throw new Error(
      `Unknown mock scenario "${String(name)}"; expected one of ${SCENARIOS.map((s) => s.name).join(', ')}.`,
    );
  current = name;
  callCount = 0;
  resetDb(DB_SIZE[name]);
  applyNotificationScenario(name);
}

/** The current scenario. */
export function getScenario(): ScenarioName {
  return current;
}

/** Counts one /api call and returns its 1-based number since the scenario was set (flaky fails every third). */
export function countCall(): number {
  callCount += 1;
  return callCount;
}

/** The scenario named by `?scenario=` in a URL, or undefined when absent or unknown. */
export function scenarioFromUrl(url: string = globalThis.location?.href ?? ''): ScenarioName | undefined {
  if (!url) return undefined;
  const value = new URL(url, 'http://localhost').searchParams.get('scenario');
  return isScenarioName(value) ? value : undefined;
}

/** How often the demo's agencies move an application on (startDemoActivity). */
export const DEMO_ACTIVITY_MS = 40_000;

/**
 * The demo's backend changes things over time, so a citizen watching «Мои заявления» sees a status change arrive
 * live (streamed by GET /events, announced by the tracker): every `intervalMs` each citizen's most recent application
 * in progress moves one step on (sent → accepted → processing → approved). Only the demo starts it
 * (`startMockWorker({ demoActivity: true })`); tests and stories push their changes themselves. Returns the stop.
 */
export function startDemoActivity(intervalMs: number = DEMO_ACTIVITY_MS): () => void {
  const timer = setInterval(() => {
    for (const person of getDb().persons) advanceSomeApplication(person.id);
  }, intervalMs);
  return () => clearInterval(timer);
}
