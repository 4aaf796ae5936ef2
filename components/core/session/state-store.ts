import type { StateStore } from 'oidc-client-ts';

const PREFIX = 'gu-kit.oidc.';

/** Whether a full-page redirect of this site stored the request with this state (no store instance needed). */
export function hasPersistedRequest(key: string): boolean {
  return sessionStorage.getItem(PREFIX + key) !== null;
}

/**
 * Where oidc-client-ts keeps authorization *requests* (state, nonce, code_verifier — never tokens).
 * In memory by default (popup and the embedded <gu-login> hand-over finish in this page); only the request
 * of a full-page redirect goes to sessionStorage, because it must survive the navigation. `persistNext()`
 * is called right before `signinRedirect()`. Reads look in memory first, then sessionStorage.
 */
export class RequestStateStore implements StateStore {
  private readonly memory = new Map<string, string>();
  private persist = false;

  /** The next request written goes to sessionStorage (a redirect is about to leave the page). */
  persistNext(): void {
    this.persist = true;
  }

  /** Whether a request with this state is stored (in memory or sessionStorage). */
  has(key: string): boolean {
    return this.memory.has(key) || sessionStorage.getItem(PREFIX + key) !== null;
  }

  /** Whether this request was stored in sessionStorage (a redirect of this site). */
  hasPersisted(key: string): boolean {
    return hasPersistedRequest(key);
  }

  async set(key: string, value: string): Promise<void> {
    if (this.persist) {
      this.persist = false;
      sessionStorage.setItem(PREFIX + key, value);
    } else {
      this.memory.set(key, value);
    }
  }

  async get(key: string): Promise<string | null> {
    return this.memory.get(key) ?? sessionStorage.getItem(PREFIX + key);
  }

  async remove(key: string): Promise<string | null> {
    const value = await this.get(key);
    this.memory.delete(key);
    sessionStorage.removeItem(PREFIX + key);
    return value;
  }

  async getAllKeys(): Promise<string[]> {
    const keys = new Set(this.memory.keys());
    for (let index = 0; index < sessionStorage.length; index += 1) {
      const key = sessionStorage.key(index);
      if (key?.startsWith(PREFIX)) keys.add(key.slice(PREFIX.length));
    }
    return [...keys];
  }
}
