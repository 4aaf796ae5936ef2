/**
 * Renewal of a session core's tokens with the refresh token — the ONE place a renewal is guarded. Every cause
 * goes through `renew()`: the scheduled renewal, a token about to expire when it is asked for, «Остаться в системе»
 * (`extend()`), a raised account level (`refresh()`), a retry, and core/api's renewal after a 401
 * (`afterUnauthorized()`). It shares the one renewal in flight with every caller of the page, lets one tab of the
 * origin at a time call the token endpoint (renew-lock.ts), and takes the tokens another tab renewed meanwhile
 * instead of calling again (they arrive over tab-sync while this tab waits for the lock).
 */
import { SessionError, classifyTokenFailure, isFinalOauthError } from './errors.js';
import { oidcRuntimeLoaded } from './oidc-loader.js';
import { withRenewLock } from './renew-lock.js';
import type { SessionUser } from './stored-user.js';
import type { SessionCore } from './session-core.js';

/** A second 401 within this window after a 401-triggered renewal means the API rejects fresh tokens. */
const UNAUTHORIZED_WINDOW_MS = 10_000;
/** Renew when the access token has less than this many seconds left when it is asked for. */
const RENEW_ON_USE_SECONDS = 5;
/** Keep the renewal lock a moment after broadcasting, so other tabs see the new tokens before they get it. */
const LOCK_LINGER_MS = 60;
/** Load oidc-client-ts this long before a scheduled renewal (so the renewal never waits for the chunk). */
const PRELOAD_BEFORE_RENEWAL_SECONDS = 30;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class SessionRenewal {
  /** The renewal in flight: every caller joins it (the guard). */
  private pending: Promise<SessionUser | null> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private preloadTimer: ReturnType<typeof setTimeout> | undefined;
  private lastUnauthorizedRenewal = Number.NEGATIVE_INFINITY;

  constructor(private readonly core: SessionCore) {}

  /**
   * Renews with the refresh token: joins the renewal in flight, else starts one, one tab at a time. `force` renews
   * even a fresh token (keep-alive); a renewal done by another tab while this one waited for the lock is taken instead
   * of a second call.
   */
  renew(force: boolean): Promise<SessionUser | null> {
    this.pending ??= this.renewNow(force).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Renews (see `renew`); a failure ends the session or shows the error state, never rejects. */
  async renewOrFail(force: boolean): Promise<void> {
    try {
      await this.renew(force);
    } catch (error) {
      await this.failed(error);
    }
  }

  /** The access token, renewed first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    const user = this.core.user;
    if (!user) return null;
    if ((user.expires_in ?? Infinity) <= RENEW_ON_USE_SECONDS) {
      try {
        const renewed = await this.renew(false);
        return renewed?.access_token ?? null;
      } catch (error) {
        await this.failed(error);
        return null;
      }
    }
    return user.access_token;
  }

  /**
   * core/api's renewal after a 401: joins the renewal in flight (its failure is its starter's to handle), else
   * renews; a 401 again within 10 s of such a renewal means the API refuses fresh tokens: signed out ('unauthorized').
   */
  async afterUnauthorized(): Promise<string | null> {
    if (this.pending) return (await this.pending.catch(() => null))?.access_token ?? null;
    if (!this.core.user) return null;
    if (performance.now() - this.lastUnauthorizedRenewal < UNAUTHORIZED_WINDOW_MS) {
      await this.core.endLocally('unauthorized', true);
      return null;
    }
    try {
      const user = await this.renew(true);
      this.lastUnauthorizedRenewal = performance.now();
      return user?.access_token ?? null;
    } catch (error) {
      const cause = error instanceof SessionError ? error.cause : error;
      await this.core.endLocally(isFinalOauthError(cause) ? 'session-ended' : 'unauthorized', true);
      return null;
    }
  }

  /** The API still answered 401 after the one renewal: sign out ('unauthorized') instead of looping. */
  async refused(): Promise<void> {
    if (this.core.user) await this.core.endLocally('unauthorized', true);
  }

  /** Plans the next renewal for the current user (`expiring-notification` before expiry, at the latest half-way). */
  schedule(): void {
    this.stop();
    const { user, config } = this.core;
    const expiresIn = user?.expires_in;
    if (expiresIn === undefined || !user?.refresh_token) return;
    const delaySeconds = Math.max(expiresIn - config.expiringNotification, expiresIn / 2, 1);
    this.timer = setTimeout(() => void this.renewOrFail(false), delaySeconds * 1000);
    if (!(this.core.entry && oidcRuntimeLoaded())) {
      // The renewal needs oidc-client-ts: load it well before, so it never waits for the chunk.
      const preloadSeconds = Math.max(delaySeconds - PRELOAD_BEFORE_RENEWAL_SECONDS, 0);
      this.preloadTimer = setTimeout(() => this.core.preload(), preloadSeconds * 1000);
    }
  }

  /** Cancels the planned renewal. */
  stop(): void {
    clearTimeout(this.timer);
    clearTimeout(this.preloadTimer);
  }

  private async renewNow(force: boolean): Promise<SessionUser | null> {
    const core = this.core;
    if (!core.user) return null;
    // oidc-client-ts first (normally preloaded): it turns a user taken over from another tab into a real User.
    const { runtime, entry } = await core.loadOidc();
    const before = core.user;
    if (!before) return null;
    const lockName = `gu-kit-session-renew:${core.config.authority}:${core.config.clientId}`;
    return withRenewLock(lockName, async () => {
      const current = core.user;
      if (!current) return null;
      if (current !== before) return current; // another tab renewed while we waited
      if (!force && (current.expires_in ?? Infinity) > core.config.expiringNotification) return current;
      if (!current.refresh_token) throw new SessionError('token', 'No refresh token to renew with');
      let attempt = 0;
      for (;;) {
        try {
          const renewed = await entry.userManager.signinSilent();
          if (!renewed) throw new SessionError('token', 'Renewal returned no user');
          if (renewed.id_token && renewed.id_token !== current.id_token) runtime.validateUser(core, renewed, undefined);
          core.adopt(renewed);
          if (core.config.shareTokens) core.sync.post({ type: 'renewed', user: renewed.toStorageString() });
          await sleep(LOCK_LINGER_MS);
          return renewed;
        } catch (error) {
          const failure = classifyTokenFailure(error);
          const final = isFinalOauthError(error) || failure.kind === 'id-token';
          if (final || attempt >= core.config.renewRetries) throw failure;
          attempt += 1;
          await sleep(250 * attempt);
        }
      }
    });
  }

  /** A failed renewal: a refused refresh token ends the session; anything else shows the error state (retry). */
  async failed(error: unknown): Promise<void> {
    const failure = classifyTokenFailure(error);
    if (isFinalOauthError(failure.cause) || failure.kind === 'id-token' || failure.kind === 'state') {
      await this.core.endLocally('session-ended', true);
      return;
    }
    this.core.failedStep = 'renew';
    this.core.setState({
      ...this.core.state,
      status: 'error',
      error: { kind: failure.kind, message: failure.message },
    });
  }
}
