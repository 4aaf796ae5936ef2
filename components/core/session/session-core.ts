/**
 * The page's session for one authority and client: the status machine behind every <gu-session> of that
 * authority in this bundle. It owns the sign-in flows, renewal (one tab at a time), cross-tab messages and
 * the claims; <gu-session> elements are its views (snapshot, idle warning, events).
 */
import { OidcClient, User, type OidcMetadata, type UserManager } from 'oidc-client-ts';
import {
  SESSION_ENDING_EVENT,
  type AccountLevel,
  type AuthorizationRequest,
  type Citizen,
  type SessionErrorKind,
  type SessionStatus,
  type SignInMethod,
  type SignedOutReason,
} from './session-context.js';
import { citizenFromClaims, decodeJwtPayload, levelFromClaims, validateIdTokenClaims } from './claims.js';
import {
  ConfigError,
  SessionError,
  classifyTokenFailure,
  isFinalOauthError,
  isNetworkFailure,
  oauthErrorCode,
} from './errors.js';
import { loadDiscovery } from './discovery.js';
import { getUserManager, type UserManagerConfig, type UserManagerEntry } from './user-manager-registry.js';
import { withRenewLock } from './renew-lock.js';
import { TabSync, type TabMessage } from './tab-sync.js';
import { authorizationHeaders, providerSupportsDpop } from './dpop.js';
import type { AuthorizeRequest } from '../api/request.js';

/** Everything a session core needs (the attributes of <gu-session>, resolved). */
export interface SessionCoreConfig extends UserManagerConfig {
  /** Seconds a popup sign-in may take [120]. */
  popupTimeout: number;
  /** How long a new tab waits for another tab to hand over its session, in ms (default 300). */
  helloWaitMs?: number;
}

/** The part of the snapshot the core decides. */
export interface CoreState {
  readonly status: SessionStatus;
  readonly reason?: SignedOutReason;
  readonly error?: { readonly kind: SessionErrorKind; readonly message: string };
  readonly citizen?: Citizen;
  readonly level?: AccountLevel;
}

/** Signals for the idle timers of the views (activity and extension in another tab). */
export type IdleSignal = { type: 'activity'; at: number } | { type: 'extended'; at: number };

/** Detail of `gu-session-ending` (dispatched on window before the session ends). */
export interface SessionEndingDetail {
  reason: SignedOutReason;
}

type FailedStep = 'start' | 'renew' | 'sign-in' | 'accept';

const CALLBACK_PARAMS = ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'];
/** A second 401 within this window after a 401-triggered renewal means the API rejects fresh tokens. */
const UNAUTHORIZED_WINDOW_MS = 10_000;
/** Renew when the access token has less than this many seconds left when it is asked for. */
const RENEW_ON_USE_SECONDS = 5;
/** Keep the renewal lock a moment after broadcasting, so other tabs see the new tokens before they get it. */
const LOCK_LINGER_MS = 60;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function randomString(bytes = 32): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(data, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A session core per authority and client, per bundle (the UserManager itself is shared by every bundle). */
const cores = new Map<string, SessionCore>();

/** The core for this configuration, created on first use (the first element's settings win). */
export function getSessionCore(config: SessionCoreConfig): SessionCore {
  const key = `${config.authority} ${config.clientId}`;
  let core = cores.get(key);
  if (!core) {
    core = new SessionCore(config);
    cores.set(key, core);
  }
  return core;
}

/** Drops every core (tests only). */
export function resetSessionCoresForTests(): void {
  for (const core of cores.values()) core.dispose();
  cores.clear();
}

export class SessionCore {
  /** What the views show now. */
  state: CoreState = { status: 'unknown' };

  private readonly listeners = new Set<() => void>();
  private readonly idleListeners = new Set<(signal: IdleSignal) => void>();
  private readonly sync: TabSync;
  private entry: UserManagerEntry | undefined;
  private metadata: Partial<OidcMetadata> | undefined;
  private user: User | null = null;
  private started: Promise<void> | undefined;
  private renewing: Promise<User | null> | undefined;
  private renewTimer: ReturnType<typeof setTimeout> | undefined;
  private lastUnauthorizedRenewal = Number.NEGATIVE_INFINITY;
  private failedStep: FailedStep = 'start';
  private helloAnswer: ((message: { user: string; idleDeadline?: number }) => void) | undefined;
  private lastMethod: SignInMethod = 'redirect';
  /** DPoP-bound tokens (requirement 8): the provider advertises ES256 proofs, or the config says so. */
  private dpop = false;
  /** The deadline of the primary view's idle timer, handed to a tab that opens later. */
  idleDeadline: number | undefined;

  constructor(readonly config: SessionCoreConfig) {
    this.sync = new TabSync(`${config.authority} ${config.clientId}`);
    this.sync.subscribe((message) => void this.onTabMessage(message));
  }

  /** The UserManager (after start). */
  get userManager(): UserManager | undefined {
    return this.entry?.userManager;
  }

  /** Calls `listener` after every state change. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` for activity and extension in other tabs. */
  subscribeIdle(listener: (signal: IdleSignal) => void): () => void {
    this.idleListeners.add(listener);
    return () => this.idleListeners.delete(listener);
  }

  /** Stops timers and the channel (tests). */
  dispose(): void {
    clearTimeout(this.renewTimer);
    this.sync.close();
    this.listeners.clear();
    this.idleListeners.clear();
  }

  // ------------------------------------------------------------------ start

  /** Starts once: discovery, an authorization response in the URL, a session of this page or another tab. */
  start(): Promise<void> {
    this.started ??= this.run('start', () => this.startNow());
    return this.started;
  }

  private async startNow(): Promise<void> {
    const { authority, clientId, redirectUri } = this.config;
    if (!authority || !clientId || !redirectUri) {
      throw new ConfigError('gu-session needs the authority, client-id and redirect-uri attributes.');
    }
    const params = new URL(location.href).searchParams;
    const state = params.get('state');
    const isCallback = state !== null && (params.has('code') || params.has('error'));
    // A popup's callback: hand the response to the opener (which holds the request in memory) and stop.
    if (isCallback && window.opener && window.opener !== window) {
      const entry = getUserManager(this.config);
      if (!entry.stateStore.hasPersisted(state)) {
        this.setState({ status: 'signing-in' });
        await entry.userManager.signinPopupCallback(location.href);
        return;
      }
    }
    this.metadata = await loadDiscovery(authority);
    const dpop = this.config.dpop ?? providerSupportsDpop(this.metadata);
    this.entry = getUserManager({ ...this.config, metadata: this.metadata, dpop });
    // The UserManager may come from another bundle: its settings decide.
    this.dpop = Boolean(this.entry.userManager.settings.dpop);
    if (isCallback && this.entry.stateStore.hasPersisted(state)) {
      const url = location.href;
      this.cleanUrl();
      this.setState({ status: 'signing-in' });
      await this.finishAuthorization(url, 'accept');
      return;
    }
    // Another gu-session of this page (another bundle) may already hold the user.
    const existing = await this.entry.userManager.getUser();
    if (existing && !existing.expired) {
      this.adopt(existing);
      return;
    }
    const handedOver = await this.askOtherTabs();
    if (handedOver) {
      const user = User.fromStorageString(handedOver.user);
      if (!user.expired) {
        this.idleDeadline = handedOver.idleDeadline;
        await this.entry.userManager.storeUser(user);
        this.adopt(user);
        return;
      }
    }
    if (this.state.status === 'unknown' || this.state.status === 'signing-in') this.setState({ status: 'signed-out' });
  }

  private askOtherTabs(): Promise<{ user: string; idleDeadline?: number } | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.helloAnswer = undefined;
        resolve(undefined);
      }, this.config.helloWaitMs ?? 300);
      this.helloAnswer = (message) => {
        clearTimeout(timer);
        this.helloAnswer = undefined;
        resolve(message);
      };
      this.sync.post({ type: 'hello' });
    });
  }

  private cleanUrl(): void {
    const url = new URL(location.href);
    for (const name of CALLBACK_PARAMS) url.searchParams.delete(name);
    history.replaceState(history.state, '', url.href);
  }

  // ------------------------------------------------------------------ sign-in

  /** Starts sign-in: a redirect, or a popup (call it synchronously from a click handler). */
  signIn(method: SignInMethod = 'redirect'): Promise<void> {
    this.lastMethod = method;
    const entry = this.entry;
    if (!entry) {
      return this.start().then(() => (this.entry ? this.signIn(method) : undefined));
    }
    this.failedStep = 'sign-in';
    this.setState({ status: 'signing-in' });
    const nonce = randomString(16);
    if (method === 'popup') {
      // No await before signinPopup: window.open must run inside the click.
      const signal = AbortSignal.timeout(this.config.popupTimeout * 1000);
      const popup = entry.userManager.signinPopup({
        nonce,
        popupSignal: signal,
        popupAbortOnClose: true,
        popupWindowFeatures: { width: 520, height: 720 },
      });
      return this.run('sign-in', async () => {
        let user: User;
        try {
          user = await popup;
        } catch (error) {
          throw this.classifyPopupFailure(error, signal);
        }
        await this.acceptUser(user, nonce);
      });
    }
    return this.run('sign-in', async () => {
      entry.stateStore.persistNext();
      await entry.userManager.signinRedirect({ nonce });
    });
  }

  private classifyPopupFailure(error: unknown, signal: AbortSignal): SessionError {
    if (error instanceof SessionError) return error;
    const message = error instanceof Error ? error.message : String(error);
    if (/disposed window|blocked|opening popup/i.test(message)) return new SessionError('popup-blocked', message);
    if (signal.aborted || /closed|aborted|timed out|timeout/i.test(message)) {
      return new SessionError('popup-closed', message);
    }
    return classifyTokenFailure(error);
  }

  /** Creates an authorization request (state, nonce, PKCE S256) kept in memory, for the embedded <gu-login>. */
  async createAuthorizationRequest(): Promise<AuthorizationRequest> {
    await this.start();
    const entry = this.entry;
    if (!entry) throw new SessionError(this.state.error?.kind ?? 'configuration', 'The session is not ready');
    const client = new OidcClient(entry.userManager.settings, entry.userManager.metadataService);
    const nonce = randomString(16);
    const dpop = entry.userManager.settings.dpop;
    // DPoP: bind the code to the key (dpop_jkt), as signinRedirect / signinPopup do.
    const dpopJkt = dpop?.bind_authorization_code ? await entry.userManager.generateDPoPJkt(dpop) : undefined;
    const request = await client.createSigninRequest({
      request_type: 'si:r',
      nonce,
      ...(dpopJkt ? { dpopJkt } : {}),
    });
    const url = new URL(request.url);
    const codeChallenge = url.searchParams.get('code_challenge');
    if (!codeChallenge || url.searchParams.get('code_challenge_method') !== 'S256') {
      throw new SessionError('configuration', 'The authorization request has no S256 code challenge');
    }
    return {
      url: request.url,
      clientId: this.config.clientId,
      redirectUri: this.config.redirectUri,
      scope: this.config.scope,
      state: request.state.id,
      nonce,
      codeChallenge,
      codeChallengeMethod: 'S256',
    };
  }

  /** Accepts the authorization response (redirect URI with `code` and `state`) of a request this page made. */
  async acceptAuthorizationResponse(url: string): Promise<void> {
    await this.start();
    if (!this.entry) throw new SessionError(this.state.error?.kind ?? 'configuration', 'The session is not ready');
    this.setState({ status: 'signing-in' });
    await this.run('accept', () => this.finishAuthorization(url, 'accept'));
    if (this.state.status === 'error' && this.state.error) {
      throw new SessionError(this.state.error.kind, this.state.error.message);
    }
  }

  private async finishAuthorization(url: string, step: FailedStep): Promise<void> {
    this.failedStep = step;
    const entry = this.entry!;
    const stateId = new URL(url, location.href).searchParams.get('state');
    const stored = stateId ? await entry.stateStore.get(stateId) : null;
    if (!stateId || stored === null) {
      throw new SessionError('state', 'The authorization response does not match a request of this page');
    }
    let nonce: string | undefined;
    try {
      const parsed = JSON.parse(stored) as { nonce?: unknown };
      if (typeof parsed.nonce === 'string') nonce = parsed.nonce;
    } catch {
      // oidc-client-ts will reject the state itself.
    }
    const client = new OidcClient(entry.userManager.settings, entry.userManager.metadataService);
    let response;
    try {
      response = await client.processSigninResponse(url);
    } catch (error) {
      const code = oauthErrorCode(error);
      if (code === 'access_denied' || code === 'login_required' || code === 'interaction_required') {
        await entry.stateStore.remove(stateId);
        this.setState({ status: 'signed-out' });
        return;
      }
      throw classifyTokenFailure(error);
    }
    const user = new User({
      id_token: response.id_token,
      session_state: response.session_state,
      access_token: response.access_token,
      refresh_token: response.refresh_token,
      token_type: response.token_type,
      scope: response.scope,
      profile: response.profile,
      expires_at: response.expires_at,
      userState: response.userState,
    });
    await this.acceptUser(user, nonce);
  }

  /** Validates the ID token, stores the user in memory and signs in (here and in tabs still signed out). */
  private async acceptUser(user: User, nonce: string | undefined): Promise<void> {
    const entry = this.entry!;
    try {
      this.validateUser(user, nonce);
    } catch (error) {
      await entry.userManager.removeUser();
      throw error;
    }
    await entry.userManager.storeUser(user);
    this.adopt(user);
    this.sync.post({ type: 'session', user: user.toStorageString() });
  }

  private validateUser(user: User, nonce: string | undefined): void {
    if (!user.id_token) throw new SessionError('id-token', 'The token response has no ID token');
    const claims = decodeJwtPayload(user.id_token);
    validateIdTokenClaims(claims, {
      issuer: this.metadata?.issuer ?? this.config.authority,
      clientId: this.config.clientId,
      ...(nonce === undefined ? {} : { nonce }),
    });
  }

  /** Takes `user` as the signed-in citizen. */
  private adopt(user: User): void {
    this.user = user;
    const claims = { ...(user.id_token ? decodeJwtPayload(user.id_token) : {}), ...user.profile };
    const citizen = citizenFromClaims(claims);
    const level = levelFromClaims(claims);
    const status: SessionStatus = this.state.status === 'expiring' ? 'expiring' : 'signed-in';
    const same =
      this.state.status === status &&
      this.state.level === level &&
      JSON.stringify(this.state.citizen) === JSON.stringify(citizen);
    if (!same) this.setState({ status, citizen, level });
    this.scheduleRenewal();
  }

  // ------------------------------------------------------------------ tokens

  /** The access token, renewed first when it is about to expire; null when signed out. */
  async getAccessToken(): Promise<string | null> {
    const user = this.user;
    if (!user) return null;
    if ((user.expires_in ?? Infinity) <= RENEW_ON_USE_SECONDS) {
      try {
        const renewed = await this.renew(false);
        return renewed?.access_token ?? null;
      } catch (error) {
        await this.renewalFailed(error, 'session-ended');
        return null;
      }
    }
    return user.access_token;
  }

  /** Whether API calls use DPoP-bound tokens (`Authorization: DPoP` + a `DPoP` proof). */
  get usesDpop(): boolean {
    return this.dpop;
  }

  /**
   * The authorization headers of one API request (core/api's `authorize` hook): `Authorization: DPoP <token>` and a
   * fresh `DPoP` proof (htm, htu, ath, the resource's nonce) for a DPoP-bound token; else `Authorization: Bearer`.
   */
  authorize(request: AuthorizeRequest): Promise<Record<string, string>> {
    return authorizationHeaders(this.entry?.userManager, this.dpop, this.user, request);
  }

  /** One renewal after a 401, shared by concurrent callers; a second 401 right after it signs out ('unauthorized'). */
  async renewAccessToken(): Promise<string | null> {
    if (this.renewing) return (await this.renewing.catch(() => null))?.access_token ?? null;
    if (!this.user) return null;
    if (performance.now() - this.lastUnauthorizedRenewal < UNAUTHORIZED_WINDOW_MS) {
      await this.endLocally('unauthorized', true);
      return null;
    }
    try {
      const user = await this.renew(true);
      this.lastUnauthorizedRenewal = performance.now();
      return user?.access_token ?? null;
    } catch (error) {
      const cause = error instanceof SessionError ? error.cause : error;
      await this.endLocally(isFinalOauthError(cause) ? 'session-ended' : 'unauthorized', true);
      return null;
    }
  }

  /** The API still answered 401 after the one renewal: sign out ('unauthorized') instead of looping. */
  async unauthorizedAfterRenewal(): Promise<void> {
    if (this.user) await this.endLocally('unauthorized', true);
  }

  private scheduleRenewal(): void {
    clearTimeout(this.renewTimer);
    const expiresIn = this.user?.expires_in;
    if (expiresIn === undefined || !this.user?.refresh_token) return;
    const delaySeconds = Math.max(expiresIn - this.config.expiringNotification, expiresIn / 2, 1);
    this.renewTimer = setTimeout(() => {
      void this.renew(false).catch((error: unknown) => this.renewalFailed(error, 'session-ended'));
    }, delaySeconds * 1000);
  }

  /**
   * Renews with the refresh token, one tab at a time. `force` renews even a fresh token (keep-alive);
   * a renewal done by another tab while this one waited for the lock is taken instead of a second call.
   */
  private renew(force: boolean): Promise<User | null> {
    this.renewing ??= this.renewNow(force).finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  private async renewNow(force: boolean): Promise<User | null> {
    const entry = this.entry;
    const before = this.user;
    if (!entry || !before) return null;
    const lockName = `gu-kit-session-renew:${this.config.authority}:${this.config.clientId}`;
    return withRenewLock(lockName, async () => {
      const current = this.user;
      if (!current) return null;
      if (current !== before) return current; // another tab renewed while we waited
      if (!force && (current.expires_in ?? Infinity) > this.config.expiringNotification) return current;
      if (!current.refresh_token) throw new SessionError('token', 'No refresh token to renew with');
      let attempt = 0;
      for (;;) {
        try {
          const renewed = await entry.userManager.signinSilent();
          if (!renewed) throw new SessionError('token', 'Renewal returned no user');
          if (renewed.id_token && renewed.id_token !== current.id_token) this.validateUser(renewed, undefined);
          this.adopt(renewed);
          this.sync.post({ type: 'renewed', user: renewed.toStorageString() });
          await sleep(LOCK_LINGER_MS);
          return renewed;
        } catch (error) {
          const failure = classifyTokenFailure(error);
          const final = isFinalOauthError(error) || failure.kind === 'id-token';
          if (final || attempt >= this.config.renewRetries) throw failure;
          attempt += 1;
          await sleep(250 * attempt);
        }
      }
    });
  }

  private async renewalFailed(error: unknown, endReason: SignedOutReason): Promise<void> {
    const failure = classifyTokenFailure(error);
    if (isFinalOauthError(failure.cause) || failure.kind === 'id-token' || failure.kind === 'state') {
      await this.endLocally(endReason, true);
      return;
    }
    this.failedStep = 'renew';
    this.setState({ ...this.state, status: 'error', error: { kind: failure.kind, message: failure.message } });
  }

  // ------------------------------------------------------------------ keep-alive, sign-out, expiry

  /** «Остаться в системе»: renews the tokens (server keep-alive) and resets the idle timer in every tab. */
  async extend(): Promise<void> {
    const at = Date.now();
    this.sync.post({ type: 'extended', at });
    this.emitIdle({ type: 'extended', at });
    if (this.state.status === 'expiring') this.setState({ ...this.state, status: 'signed-in' });
    try {
      await this.renew(true);
    } catch (error) {
      await this.renewalFailed(error, 'session-ended');
    }
  }

  /** Renews now to pick up changed claims (a raised account level); a failed renewal ends like any other. */
  async refresh(): Promise<void> {
    if (!this.user) return;
    try {
      await this.renew(true);
    } catch (error) {
      await this.renewalFailed(error, 'session-ended');
    }
  }

  /** The warning opened (`true`) or closed without extension (`false`). */
  setExpiring(expiring: boolean): void {
    if (expiring && this.state.status === 'signed-in') this.setState({ ...this.state, status: 'expiring' });
    else if (!expiring && this.state.status === 'expiring') this.setState({ ...this.state, status: 'signed-in' });
  }

  /** Local activity: tell the other tabs (the primary view's idle timer already counted it). */
  reportActivity(at: number): void {
    this.sync.post({ type: 'activity', at });
  }

  /** Signs out: revokes the tokens, ends the provider session when it can, and signs out every tab. */
  async signOut(): Promise<void> {
    const entry = this.entry;
    const user = this.user;
    this.sync.post({ type: 'signed-out', reason: 'user' });
    this.user = null;
    clearTimeout(this.renewTimer);
    this.setState({ status: 'signed-out', reason: 'user' });
    if (!entry || !user) return;
    const endSession = this.metadata?.end_session_endpoint;
    const postLogout = this.config.postLogoutRedirectUri;
    if (endSession && postLogout && user.id_token) {
      try {
        // Revokes access and refresh tokens (revokeTokensOnSignout), removes the user, then navigates.
        await entry.userManager.signoutRedirect({ id_token_hint: user.id_token, post_logout_redirect_uri: postLogout });
        return;
      } catch {
        // Revocation failed (provider unreachable or odd answer): still end the provider session (RP-initiated
        // logout) rather than only the local one, so the next sign-in asks for credentials again.
        await entry.userManager.removeUser();
        const logout = new URL(endSession);
        logout.searchParams.set('id_token_hint', user.id_token);
        logout.searchParams.set('post_logout_redirect_uri', postLogout);
        logout.searchParams.set('client_id', this.config.clientId);
        location.assign(logout.href);
        return;
      }
    }
    await this.revoke();
    await entry.userManager.removeUser();
  }

  /** The idle timeout elapsed: widgets keep drafts, tokens are revoked and removed, every tab is told. */
  async expire(): Promise<void> {
    if (this.state.status !== 'signed-in' && this.state.status !== 'expiring') return;
    this.sync.post({ type: 'signed-out', reason: 'idle-timeout' });
    await this.endLocally('idle-timeout', true);
  }

  private async revoke(): Promise<void> {
    if (!this.entry || !this.metadata?.revocation_endpoint) return;
    try {
      await this.entry.userManager.revokeTokens(['access_token', 'refresh_token']);
    } catch {
      // Best effort: the provider's own idle and absolute timeouts still apply.
    }
  }

  /** Ends the session in this tab: `gu-session-ending` first, then tokens out of memory, then the state. */
  private async endLocally(reason: SignedOutReason, revoke: boolean): Promise<void> {
    if (this.state.status === 'signed-out' || this.state.status === 'expired') return;
    window.dispatchEvent(
      new CustomEvent<SessionEndingDetail>(SESSION_ENDING_EVENT, { detail: { reason }, bubbles: false }),
    );
    clearTimeout(this.renewTimer);
    const hadUser = this.user !== null;
    this.user = null;
    this.setState(reason === 'idle-timeout' ? { status: 'expired', reason } : { status: 'signed-out', reason });
    if (!this.entry || !hadUser) return;
    if (revoke) await this.revoke();
    await this.entry.userManager.removeUser();
  }

  // ------------------------------------------------------------------ retry and messages

  /** Retries what failed: start-up, a renewal, or sign-in (an exchange that failed starts over). */
  retry(): Promise<void> {
    switch (this.failedStep) {
      case 'start':
        this.started = undefined;
        this.setState({ status: 'unknown' });
        return this.start();
      case 'renew':
        this.setState({ ...this.state, status: this.user ? 'signed-in' : 'signed-out', error: undefined });
        return this.renew(true).then(
          () => undefined,
          (error: unknown) => this.renewalFailed(error, 'session-ended'),
        );
      case 'sign-in':
        return this.signIn(this.lastMethod);
      case 'accept':
        // The code was single-use: the citizen signs in again (the embedded form or the notice's «Войти»).
        this.setState({ status: 'signed-out' });
        return Promise.resolve();
    }
  }

  private async onTabMessage(message: TabMessage): Promise<void> {
    switch (message.type) {
      case 'hello':
        if (this.user && (this.state.status === 'signed-in' || this.state.status === 'expiring')) {
          this.sync.post({
            type: 'session',
            user: this.user.toStorageString(),
            ...(this.idleDeadline === undefined ? {} : { idleDeadline: this.idleDeadline }),
          });
        }
        return;
      case 'session': {
        if (this.helloAnswer) {
          this.helloAnswer(message);
          return;
        }
        if (this.user || !this.entry || this.state.status === 'signing-in') return;
        const user = User.fromStorageString(message.user);
        if (user.expired) return;
        this.user = user;
        await this.entry.userManager.storeUser(user);
        this.adopt(user);
        return;
      }
      case 'renewed': {
        if (!this.user || !this.entry) return;
        const user = User.fromStorageString(message.user);
        this.user = user; // synchronously, so a renewal waiting for the lock sees it
        await this.entry.userManager.storeUser(user);
        this.adopt(user);
        return;
      }
      case 'signed-out':
        await this.endLocally(
          message.reason === 'idle-timeout' || message.reason === 'session-ended' ? message.reason : 'other-tab',
          false,
        );
        return;
      case 'activity':
      case 'extended':
        if (message.type === 'extended' && this.state.status === 'expiring') {
          this.setState({ ...this.state, status: 'signed-in' });
        }
        this.emitIdle(message);
        return;
    }
  }

  private emitIdle(signal: IdleSignal): void {
    for (const listener of this.idleListeners) listener(signal);
  }

  /** Runs a step; a failure becomes the error state (never an uncaught rejection). */
  private async run(step: FailedStep, task: () => Promise<void>): Promise<void> {
    try {
      await task();
    } catch (error) {
      const failure =
        error instanceof SessionError
          ? error
          : isNetworkFailure(error)
            ? new SessionError('network', String(error), { cause: error })
            : step === 'start'
              ? new SessionError('discovery', String(error), { cause: error })
              : classifyTokenFailure(error);
      if (step !== 'sign-in' || this.failedStep === 'sign-in') this.failedStep = step;
      if (failure.kind === 'state' || failure.kind === 'id-token') this.failedStep = 'accept';
      this.setState({ status: 'error', error: { kind: failure.kind, message: failure.message } });
    }
  }

  private setState(next: CoreState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
