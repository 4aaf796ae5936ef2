/**
 * The page's choice, shared by every <gu-a11y-toggle> and <gu-a11y-panel> of the document (Lit-free, in the toggle's
 * first render): the one applied to the document element, kept in step with the other tabs (the `storage` event) and
 * with the system (a change of `prefers-color-scheme`, `prefers-contrast` or `forced-colors` applies it again, so the
 * dark or high-contrast preset follows the system while no scheme is chosen).
 */
import {
  applyPreferences,
  readPreferences,
  storePreferences,
  STORAGE_KEY,
  type A11yPreferences,
} from './preferences.js';

export { isNormal, NORMAL } from './preferences.js';

export type PreferencesListener = (preferences: A11yPreferences) => void;

let current: A11yPreferences | undefined;
const listeners = new Set<PreferencesListener>();
/** The media queries whose change re-applies the choice (see systemPreferences() in preferences.ts). */
export const SYSTEM_QUERIES = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)'];
let queries: MediaQueryList[] = [];

/** The page's choice; the first call applies the stored one to the document element. */
export function pagePreferences(): A11yPreferences {
  if (!current) {
    current = readPreferences();
    applyPreferences(current);
  }
  return current;
}

const notify = () => {
  for (const listener of [...listeners]) listener(current!);
};

/**
 * Applies a choice to the document element and tells every follower; stores it unless `store` is false. Returns
 * false when it was to be stored and the browser refused (the choice still applies to this page).
 */
export function choosePreferences(preferences: A11yPreferences, store = true): boolean {
  current = { ...preferences };
  applyPreferences(current);
  const stored = !store || storePreferences(current);
  notify();
  return stored;
}

function onStorage(event: StorageEvent): void {
  // `key` is null when another tab cleared the whole storage.
  if (event.key !== null && event.key !== STORAGE_KEY) return;
  current = readPreferences();
  applyPreferences(current);
  notify();
}

function onSystemChange(): void {
  applyPreferences(pagePreferences());
  notify();
}

/** Calls `listener` with the page's choice whenever it changes (here, in another tab, or by the system's settings). */
export function followPreferences(listener: PreferencesListener): () => void {
  if (listeners.size === 0) {
    addEventListener('storage', onStorage);
    queries = typeof matchMedia === 'function' ? SYSTEM_QUERIES.map((query) => matchMedia(query)) : [];
    for (const query of queries) query.addEventListener('change', onSystemChange);
    // A change of the system before anyone listened (the chunk arrives after the toggle's first render) applies now.
    if (current) applyPreferences(current);
  }
  listeners.add(listener);
  return () => {
    if (!listeners.delete(listener) || listeners.size > 0) return;
    removeEventListener('storage', onStorage);
    for (const query of queries) query.removeEventListener('change', onSystemChange);
    queries = [];
  };
}

/** Whether the browser lets this page store the choice (private modes and blocked storage say no). */
export function canStore(): boolean {
  try {
    const probe = `${STORAGE_KEY}-probe`;
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}
