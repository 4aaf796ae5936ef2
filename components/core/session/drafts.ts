/**
 * Drafts: what a citizen typed when the session ended (idle timeout, the provider, another tab), kept by the page's
 * session so it survives the portal's navigation (widgets unmounted and mounted again) and comes back after the SAME
 * citizen signs in again. Memory only — never localStorage, sessionStorage, IndexedDB or a cookie: a reload or a
 * closed tab loses them, which is the point on a shared computer.
 *
 * One store per page (`Symbol.for`, so separately built bundles share it), per widget and route. It belongs to one
 * subject (the ID token's `sub`): when another citizen signs in, or the citizen presses «Выйти» themselves, every
 * draft is dropped. Widgets use it through the snapshot (`session.drafts`, no import — no bytes in their first render):
 *
 *   window.addEventListener('gu-session-ending', () => this.#session.value?.drafts?.keep('gu-my-widget', this.form));
 *   // once signed in again (same citizen, same route):
 *   const form = this.#session.value?.drafts?.take('gu-my-widget');
 */

interface DraftStore {
  /** The subject the drafts belong to. */
  owner: string | undefined;
  /** Key (`<name> <route>`) → the widget's value. */
  readonly entries: Map<string, unknown>;
}

const STORE_KEY = Symbol.for('gu-kit/session-drafts');

function store(): DraftStore {
  const global = globalThis as typeof globalThis & { [STORE_KEY]?: DraftStore };
  global[STORE_KEY] ??= { owner: undefined, entries: new Map() };
  return global[STORE_KEY];
}

/** The page's drafts (the session core and the controller use it; widgets use `SessionDrafts`). */
export const sessionDrafts = {
  /** Keeps `value` for `owner` under `key`; drafts of another owner are dropped first. */
  save(owner: string, key: string, value: unknown): void {
    const drafts = store();
    if (drafts.owner !== owner) drafts.entries.clear();
    drafts.owner = owner;
    drafts.entries.set(key, value);
  },
  /** The draft of `owner` under `key`, removed from the store; undefined for anyone else. */
  take(owner: string, key: string): unknown {
    const drafts = store();
    if (drafts.owner !== owner || !drafts.entries.has(key)) return undefined;
    const value = drafts.entries.get(key);
    drafts.entries.delete(key);
    return value;
  },
  /** Whether any draft is kept (the signed-out notice says «Введённые данные сохранены»). */
  has(): boolean {
    return store().entries.size > 0;
  },
  /** A citizen signed in: drafts of anyone else are dropped. */
  signedIn(subject: string): void {
    const drafts = store();
    if (drafts.owner !== undefined && drafts.owner !== subject) sessionDrafts.clear();
  },
  /** Drops every draft (the citizen's own «Выйти»). */
  clear(): void {
    const drafts = store();
    drafts.entries.clear();
    drafts.owner = undefined;
  },
};

/** The key of a widget's draft: its name and the route it is on (`location.pathname`). */
export function draftKey(name: string): string {
  return `${name} ${location.pathname}`;
}
