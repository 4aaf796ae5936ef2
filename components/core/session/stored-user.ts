/**
 * The signed-in user as the session keeps it in memory before oidc-client-ts is loaded: a tab that takes the session
 * over from another one ('hello' → 'session') parses oidc-client-ts's `User.toStorageString()` JSON here, answers
 * `getAccessToken()` and hands the session on without the library. The real `User` is made from it when the library
 * arrives (before any renewal, sign-out or DPoP proof). Memory only, like every token.
 */

/** What the session reads of a user: an oidc-client-ts `User`, or a `StoredUser` until the library is loaded. */
export interface SessionUser {
  readonly id_token?: string | undefined;
  readonly access_token: string;
  readonly refresh_token?: string | undefined;
  readonly token_type: string;
  readonly profile: Record<string, unknown>;
  readonly expires_at?: number | undefined;
  /** Seconds the access token has left (as oidc-client-ts computes it). */
  readonly expires_in: number | undefined;
  readonly expired: boolean | undefined;
  /** oidc-client-ts's storage format (JSON). */
  toStorageString(): string;
}

const epochSeconds = () => Math.floor(Date.now() / 1000);

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A user parsed from `User.toStorageString()` without oidc-client-ts; the same fields, getters and storage format. */
export class StoredUser implements SessionUser {
  readonly id_token: string | undefined;
  readonly session_state: string | null;
  readonly access_token: string;
  readonly refresh_token: string | undefined;
  readonly token_type: string;
  readonly scope: string | undefined;
  readonly profile: Record<string, unknown>;
  readonly expires_at: number | undefined;

  private constructor(data: Record<string, unknown>) {
    this.id_token = optionalString(data['id_token']);
    this.session_state = optionalString(data['session_state']) ?? null;
    this.access_token = optionalString(data['access_token']) ?? '';
    this.refresh_token = optionalString(data['refresh_token']);
    this.token_type = optionalString(data['token_type']) ?? '';
    this.scope = optionalString(data['scope']);
    const profile = data['profile'];
    this.profile =
      typeof profile === 'object' && profile !== null && !Array.isArray(profile)
        ? (profile as Record<string, unknown>)
        : {};
    this.expires_at = typeof data['expires_at'] === 'number' ? data['expires_at'] : undefined;
  }

  /** Parses `User.toStorageString()`; throws on anything that is not a JSON object. */
  static fromStorageString(storageString: string): StoredUser {
    const data: unknown = JSON.parse(storageString);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new TypeError('Not a stored user');
    return new StoredUser(data as Record<string, unknown>);
  }

  /** Seconds the access token has left, as `User.expires_in`. */
  get expires_in(): number | undefined {
    return this.expires_at === undefined ? undefined : this.expires_at - epochSeconds();
  }

  /** Whether the access token has expired, as `User.expired`. */
  get expired(): boolean | undefined {
    const left = this.expires_in;
    return left === undefined ? undefined : left <= 0;
  }

  /** The same JSON as `User.toStorageString()`. */
  toStorageString(): string {
    return JSON.stringify({
      id_token: this.id_token,
      session_state: this.session_state,
      access_token: this.access_token,
      refresh_token: this.refresh_token,
      token_type: this.token_type,
      scope: this.scope,
      profile: this.profile,
      expires_at: this.expires_at,
    });
  }
}
