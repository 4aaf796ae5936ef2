/**
 * The security changes of the page: a part says what it changed (`changed(area)`: the other parts of the widget —
 * the overview, the incident's steps — follow, and the element fires `gu-security-changed`), and the element relays
 * what the server's live updates say changed elsewhere (`security-changed`: another tab or device, or a sign-in
 * through <gu-login> on this page). A part follows the areas it shows and reloads them.
 */
import type { SecurityArea } from './types.js';

export type SecurityChangeListener = (area: SecurityArea, origin: 'here' | 'elsewhere') => void;

export class SecurityChanges {
  readonly #listeners = new Set<SecurityChangeListener>();

  constructor(private readonly onOwnChange: (area: SecurityArea) => void = () => {}) {}

  /** Listens to every change; returns the function that stops listening. */
  follow(listener: SecurityChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A part of this widget changed `area` (after the server accepted it). */
  changed(area: SecurityArea): void {
    this.onOwnChange(area);
    this.#tell(area, 'here');
  }

  /** The server says `area` changed elsewhere (the element's live updates). */
  received(area: SecurityArea): void {
    this.#tell(area, 'elsewhere');
  }

  #tell(area: SecurityArea, origin: 'here' | 'elsewhere'): void {
    for (const listener of [...this.#listeners]) listener(area, origin);
  }
}

const AREAS: ReadonlySet<string> = new Set<SecurityArea>([
  'password',
  'two-factor',
  'passkeys',
  'questions',
  'devices',
  'sessions',
  'login-history',
  'alerts',
]);

/** The area of a live `security-changed` event's data, or undefined when it is not one (ignored). */
export function areaOf(data: unknown): SecurityArea | undefined {
  const area = (data as { area?: unknown } | null)?.area;
  return typeof area === 'string' && AREAS.has(area) ? (area as SecurityArea) : undefined;
}
