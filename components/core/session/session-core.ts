/**
 * The page's session for one authority and client: the status machine behind every <gu-session> of that
 * authority in this bundle. It owns the sign-in flows, renewal (one tab at a time), cross-tab messages and
 * the claims; <gu-session> elements are its views (snapshot, idle warning, events).
 *
 * It starts without oidc-client-ts (discovery, the session of another tab, `getAccessToken()` need none of it) and
 * loads `oidc-runtime.ts` with dynamic `import()` only when it is needed: a sign-in (preloaded when a sign-in control
 * is hovered or focused; a popup sign-in opens its window in the click itself), an authorization response in the URL,
 * the embedded hand-over, a renewal (preloaded well before it), sign-out with revocation or end-session, DPoP proofs.
 */
import type { OidcMetadata, User, UserManager } from 'oidc-client-ts';
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
import { findUserManager, type UserManagerConfig, type UserManagerEntry } from './user-managers.js';
import { withRenewLock } from './renew-lock.js';
import { TabSync, type TabMessage } from './tab-sync.js';
import { isDpopTokenType, providerSupportsDpop } from './dpop-support.js';
import { hasPersistedRequest } from './state-store.js';
import { StoredUser, type SessionUser } from './stored-user.js';
import { sessionDrafts } from './drafts.js';
import type { AuthorizeRequest } from '../api/request.js';
import type * as OidcRuntimeModule from './oidc-runtime.js';

/** Everything a session core needs (the attributes of <gu-session>, resolved). */
export interface SessionCoreConfig extends UserManagerConfig {
  /** Seconds a popup sign-in may take [120]. */
  popupTimeout: number;
  /** How long a new tab waits for another tab to hand over its session, in ms (default 300). */
  helloWaitMs?: number;
  /**
   * Tabs hand each other the tokens (a new tab takes the session over, renewals are shared): the `share-tokens`
   * attribute. Off by default: any script of the origin can talk on the BroadcastChannel, so handing it tokens is a
   * same-origin trust decision of the portal. Sign-out, idle expiry, activity and extension are shared either way.
   */
  shareTokens?: boolean;
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

/** Load oidc-client-ts this long before a scheduled renewal (so the renewal never waits for the chunk). */
const PRELOAD_BEFORE_RENEWAL_SECONDS = 30;
/** The popup's size (the window a popup sign-in opens in the click, and oidc-client-ts's own). */
const POPUP_FEATURES = { width: 520, height: 720 } as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What `oidc-runtime.ts` exports: oidc-client-ts and the session's parts that need it. */
export type OidcRuntime = typeof OidcRuntimeModule;

let runtimeLoading: Promise<OidcRuntime> | undefined;
let runtime: OidcRuntime | undefined;

/** Loads oidc-client-ts (the `oidc` chunk) once per bundle; a failed load is tried again on the next call. */
export function loadOidcRuntime(): Promise<OidcRuntime> {
  runtimeLoading ??= import('./oidc-runtime.js').then(
    (loaded) => {
      runtime = loaded;
      return loaded;
    },
    (error: unknown) => {
      runtimeLoading = undefined;
      throw error;
    },
  );
  return runtimeLoading;
}

/** oidc-client-ts's storage string as a user: a real `User` once the library is loaded, else a `StoredUser`. */
function parseUser(storageString: string): SessionUser {
  return runtime ? runtime.User.fromStorageString(storageString) : StoredUser.fromStorageString(storageString);
}

/**
 * `UserManager.storeUser` only calls `toStorageString()`, which a `StoredUser` (or a `User` of another bundle's copy
 * of oidc-client-ts) has too.
 */
function storeUser(entry: UserManagerEntry, user: SessionUser): Promise<void> {
  return entry.userManager.storeUser(user as unknown as User);
}

/**
 * Opens the popup sign-in's window synchronously inside the click, before oidc-client-ts is loaded: an empty
 * same-origin window with a unique name, which oidc-client-ts then takes over (`popupWindowTarget`: `window.open` with
 * the name of an open window returns that window, no user activation needed) and navigates to the provider.
 */
function openSignInWindow(target: string): Window | null {
  const { width, height } = POPUP_FEATURES;
  const left = Math.max(0, Math.round(window.screenX + (window.outerWidth - width) / 2));
  const top = Math.max(0, Math.round(window.screenY + (window.outerHeight - height) / 2));
  return window.open('', target, `location=no,toolbar=no,width=${width},height=${height},left=${left},top=${top}`);
}

function randomString(bytes = 32): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(data, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** How the session leaves the page for the provider's end-session endpoint (tests replace `assign`). */
export const sessionNavigation = {
  assign(url: string): void {
    location.assign(url);
  },
};

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
  /** The page's UserManager: set when this core loads oidc-client-ts, or at start when another bundle made it. */
  private entry: UserManagerEntry | undefined;
  /** Loading oidc-client-ts and the UserManager (once; reset after a failure). */
  private oidc: Promise<{ runtime: OidcRuntime; entry: UserManagerEntry }> | undefined;
  private metadata: Partial<OidcMetadata> | undefined;
  private user: SessionUser | null = null;
  private started: Promise<void> | undefined;
  private renewing: Promise<SessionUser | null> | undefined;
  private renewTimer: ReturnType<typeof setTimeout> | undefined;
  private preloadTimer: ReturnType<typeof setTimeout> | undefined;
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

  /** The UserManager (once the session needed oidc-client-ts, or another bundle created it). */
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

  /**
   * No <gu-session> of this core is on the page any more: its timers stop and its channel closes (a removed element
   * leaves nothing running). The signed-in state stays in memory, so a session element put back (a portal moving
   * it) takes the session up again with `resume()`.
   */
  suspend(): void {
    clearTimeout(this.renewTimer);
    clearTimeout(this.preloadTimer);
    this.sync.pause();
  }

  /** A <gu-session> of this core is on the page again: the channel reopens and the renewal is planned anew. */
  resume(): void {
    this.sync.resume();
    if (this.user) this.scheduleRenewal();
  }

  /** Stops timers and the channel (tests). */
  dispose(): void {
    clearTimeout(this.renewTimer);
    clearTimeout(this.preloadTimer);
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
    if (isCallback && window.opener && window.opener !== window && !hasPersistedRequest(state)) {
      this.setState({ status: 'signing-in' });
      const { getUserManager } = await loadOidcRuntime();
      await getUserManager(this.config).userManager.signinPopupCallback(location.href);
      return;
    }
    this.metadata = await loadDiscovery(authority);
    this.dpop = this.config.dpop ?? providerSupportsDpop(this.metadata);
    // Another gu-session of this page (another bundle) may already have the UserManager: its settings decide.
    const existingEntry = findUserManager(authority, clientId);
    if (existingEntry) this.useEntry(existingEntry);
    if (isCallback && hasPersistedRequest(state)) {
      this.setState({ status: 'signing-in' });
      await this.loadOidc();
      const url = location.href;
      this.cleanUrl();
      await this.finishAuthorization(url, 'accept');
      return;
    }
    // ... and hold the user.
    const existing = existingEntry ? await existingEntry.userManager.getUser() : null;
    if (existing && !existing.expired) {
      this.adopt(existing);
      return;
    }
    const handedOver = await this.askOtherTabs();
    if (handedOver) {
      // Parsed without oidc-client-ts (unless it is loaded): the User is made when the library arrives.
      const user = parseUser(handedOver.user);
      if (!user.expired) {
        this.idleDeadline = handedOver.idleDeadline;
        if (this.entry) await storeUser(this.entry, user);
        this.adopt(user);
        return;
      }
    }
    if (this.state.status === 'unknown' || this.state.status === 'signing-in') this.setState({ status: 'signed-out' });
  }

  private useEntry(entry: UserManagerEntry): void {
    this.entry = entry;
    this.dpop = Boolean(entry.userManager.settings.dpop);
  }

  /**
   * Loads oidc-client-ts and gets the page's UserManager (creating it unless another bundle did), once; then the user
   * taken over without the library becomes a real `User`, stored in the UserManager's in-memory store.
   */
  private loadOidc(): Promise<{ runtime: OidcRuntime; entry: UserManagerEntry }> {
    this.oidc ??= (async () => {
      const metadata = this.metadata;
      if (!metadata) throw new SessionError(this.state.error?.kind ?? 'configuration', 'The session is not ready');
      const loaded = await loadOidcRuntime();
      const entry = loaded.getUserManager({ ...this.config, metadata, dpop: this.dpop });
      this.useEntry(entry);
      const user = this.user;
      if (user && !(user instanceof loaded.User)) {
        const real = loaded.User.fromStorageString(user.toStorageString());
        this.user = real; // synchronously, before anything awaits
        await entry.userManager.storeUser(real);
      }
      return { runtime: loaded, entry };
    })();
    this.oidc.catch(() => {
      this.oidc = undefined;
    });
    return this.oidc;
  }

  /**
   * Starts loading oidc-client-ts in the background (a sign-in control was hovered or focused; a renewal is near), so
   * the flow that follows does not wait for it. Never rejects; the flow itself loads again after a failure.
   */
  preload(): void {
    if (!this.metadata || (this.entry && runtime)) return;
    this.loadOidc().catch(() => undefined);
  }

  private askOtherTabs(): Promise<{ user: string; idleDeadline?: number } | undefined> {
    if (!this.config.shareTokens) return Promise.resolve(undefined); // tokens never travel between tabs
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
    if (!this.metadata) {
      return this.start().then(() => (this.metadata ? this.signIn(method) : undefined));
    }
    const entry = this.entry;
    this.failedStep = 'sign-in';
    this.setState({ status: 'signing-in' });
    const nonce = randomString(16);
    if (method === 'popup') {
      // No await before the window opens: window.open must run inside the click.
      const signal = AbortSignal.timeout(this.config.popupTimeout * 1000);
      const options = { nonce, popupSignal: signal, popupAbortOnClose: true, popupWindowFeatures: POPUP_FEATURES };
      let popup: Promise<User>;
      let opened: Window | null = null;
      if (entry) {
        // oidc-client-ts is here (preloaded, or another bundle's): it opens the window itself, as always.
        popup = entry.userManager.signinPopup(options);
      } else {
        // Not yet: open the window now, in the click, and let oidc-client-ts take it over once it is loaded.
        const target = `gu-kit-sign-in-${randomString(8)}`;
        const placeholder = openSignInWindow(target);
        opened = placeholder;
        popup = placeholder
          ? this.loadOidc().then(
              ({ entry: loaded }) => {
                // Closed (or timed out) while the library loaded: a new window now would be opened without the click.
                if (placeholder.closed) throw new SessionError('popup-closed', 'The sign-in window was closed');
                signal.throwIfAborted();
                return loaded.userManager.signinPopup({ ...options, popupWindowTarget: target });
              },
              (error: unknown) => {
                placeholder.close();
                throw error;
              },
            )
          : Promise.reject(new SessionError('popup-blocked', 'The browser blocked the sign-in window'));
      }
      return this.run('sign-in', async () => {
        let user: User;
        try {
          user = await popup;
        } catch (error) {
          const failure = this.classifyPopupFailure(error, signal);
          // Our window closed before oidc-client-ts took it over: the citizen closed it, nothing blocked it.
          if (failure.kind === 'popup-blocked' && opened?.closed)
            throw new SessionError('popup-closed', failure.message);
          throw failure;
        }
        await this.acceptUser(user, nonce);
      });
    }
    return this.run('sign-in', async () => {
      const { entry: loaded } = entry ? { entry } : await this.loadOidc();
      loaded.stateStore.persistNext();
      await loaded.userManager.signinRedirect({ nonce });
    });
  }

  private classifyPopupFailure(error: unknown, signal: AbortSignal): SessionError {
    if (error instanceof SessionError) return error;
    if (isNetworkFailure(error)) return classifyTokenFailure(error); // oidc-client-ts could not be loaded
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
    if (!this.metadata) throw new SessionError(this.state.error?.kind ?? 'configuration', 'The session is not ready');
    let loaded: { runtime: OidcRuntime; entry: UserManagerEntry };
    try {
      loaded = await this.loadOidc();
    } catch (error) {
      throw classifyTokenFailure(error);
    }
    const { entry } = loaded;
    const client = new loaded.runtime.OidcClient(entry.userManager.settings, entry.userManager.metadataService);
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
    if (!this.metadata) throw new SessionError(this.state.error?.kind ?? 'configuration', 'The session is not ready');
    this.setState({ status: 'signing-in' });
    await this.run('accept', () => this.finishAuthorization(url, 'accept'));
    if (this.state.status === 'error' && this.state.error) {
      throw new SessionError(this.state.error.kind, this.state.error.message);
    }
  }

  private async finishAuthorization(url: string, step: FailedStep): Promise<void> {
    this.failedStep = step;
    const { runtime: loaded, entry } = await this.loadOidc();
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
    const client = new loaded.OidcClient(entry.userManager.settings, entry.userManager.metadataService);
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
    const user = new loaded.User({
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
    if (this.config.shareTokens) this.sync.post({ type: 'session', user: user.toStorageString() });
  }

  private validateUser(user: SessionUser, nonce: string | undefined): void {
    if (!user.id_token) throw new SessionError('id-token', 'The token response has no ID token');
    const claims = decodeJwtPayload(user.id_token);
    validateIdTokenClaims(claims, {
      issuer: this.metadata?.issuer ?? this.config.authority,
      clientId: this.config.clientId,
      ...(nonce === undefined ? {} : { nonce }),
    });
  }

  /** Takes `user` as the signed-in citizen. */
  private adopt(user: SessionUser): void {
    this.user = user;
    const claims = { ...(user.id_token ? decodeJwtPayload(user.id_token) : {}), ...user.profile };
    const citizen = citizenFromClaims(claims);
    const level = levelFromClaims(claims);
    sessionDrafts.signedIn(citizen.id); // someone else's drafts never reach this citizen
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
  async authorize(request: AuthorizeRequest): Promise<Record<string, string>> {
    // Bearer without oidc-client-ts; a DPoP proof needs it (the key and the signing are its).
    if (!this.dpop || (this.user && !isDpopTokenType(this.user.token_type))) {
      return { Authorization: `Bearer ${request.accessToken}` };
    }
    const { runtime: loaded, entry } = await this.loadOidc();
    return loaded.authorizationHeaders(entry.userManager, this.dpop, this.user as User | null, request);
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
    clearTimeout(this.preloadTimer);
    const expiresIn = this.user?.expires_in;
    if (expiresIn === undefined || !this.user?.refresh_token) return;
    const delaySeconds = Math.max(expiresIn - this.config.expiringNotification, expiresIn / 2, 1);
    this.renewTimer = setTimeout(() => {
      void this.renew(false).catch((error: unknown) => this.renewalFailed(error, 'session-ended'));
    }, delaySeconds * 1000);
    if (!(this.entry && runtime)) {
      // The renewal needs oidc-client-ts: load it well before, so it never waits for the chunk.
      const preloadSeconds = Math.max(delaySeconds - PRELOAD_BEFORE_RENEWAL_SECONDS, 0);
      this.preloadTimer = setTimeout(() => this.preload(), preloadSeconds * 1000);
    }
  }

  /**
   * Renews with the refresh token, one tab at a time. `force` renews even a fresh token (keep-alive);
   * a renewal done by another tab while this one waited for the lock is taken instead of a second call.
   */
  private renew(force: boolean): Promise<SessionUser | null> {
    this.renewing ??= this.renewNow(force).finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  private async renewNow(force: boolean): Promise<SessionUser | null> {
    if (!this.user) return null;
    // oidc-client-ts first (normally preloaded): it turns a user taken over from another tab into a real User.
    const { entry } = await this.loadOidc();
    const before = this.user;
    if (!before) return null;
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
          if (this.config.shareTokens) this.sync.post({ type: 'renewed', user: renewed.toStorageString() });
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
    const user = this.user;
    sessionDrafts.clear(); // the citizen's own «Выйти»: nothing typed is kept
    this.sync.post({ type: 'signed-out', reason: 'user' });
    this.user = null;
    clearTimeout(this.renewTimer);
    clearTimeout(this.preloadTimer);
    this.setState({ status: 'signed-out', reason: 'user' });
    if (!this.metadata || !user) return;
    const endSession = this.metadata.end_session_endpoint;
    const postLogout = this.config.postLogoutRedirectUri;
    // Revocation goes through oidc-client-ts, which reads the user from its in-memory store.
    let entry = this.entry;
    try {
      entry ??= (await this.loadOidc()).entry;
      await storeUser(entry, user);
    } catch {
      entry = undefined; // the library could not be loaded: the tokens are out of memory already
    }
    if (entry) {
      await this.revoke(entry); // access and refresh tokens
      await entry.userManager.removeUser(); // with DPoP, also the key pair
    }
    if (endSession && postLogout) {
      // RP-initiated logout with client_id + post_logout_redirect_uri and WITHOUT id_token_hint (OIDC RP-Initiated
      // Logout 1.0 §2 allows it): the ID token names the citizen, and a URL ends up in the browser's history, in
      // Referer headers and in the provider's logs. (oidc-client-ts's signoutRedirect always adds the hint.)
      const logout = new URL(endSession);
      logout.searchParams.set('client_id', this.config.clientId);
      logout.searchParams.set('post_logout_redirect_uri', postLogout);
      sessionNavigation.assign(logout.href);
    }
  }

  /** The idle timeout elapsed: widgets keep drafts, tokens are revoked and removed, every tab is told. */
  async expire(): Promise<void> {
    if (this.state.status !== 'signed-in' && this.state.status !== 'expiring') return;
    this.sync.post({ type: 'signed-out', reason: 'idle-timeout' });
    await this.endLocally('idle-timeout', true);
  }

  private async revoke(entry: UserManagerEntry): Promise<void> {
    if (!this.metadata?.revocation_endpoint) return;
    try {
      await entry.userManager.revokeTokens(['access_token', 'refresh_token']);
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
    clearTimeout(this.preloadTimer);
    const user = this.user;
    this.user = null;
    this.setState(reason === 'idle-timeout' ? { status: 'expired', reason } : { status: 'signed-out', reason });
    if (!user || !this.metadata) return;
    let entry = this.entry;
    if (!entry) {
      // No UserManager so far, nothing to revoke nor a DPoP key to delete: the tokens were only in this.user.
      if (!revoke && !this.dpop) return;
      try {
        ({ entry } = await this.loadOidc());
      } catch {
        return; // best effort, as revocation: the provider's own timeouts still apply
      }
    }
    if (revoke) {
      await storeUser(entry, user); // revokeTokens reads the user from the UserManager's in-memory store
      await this.revoke(entry);
    }
    await entry.userManager.removeUser(); // with DPoP, also the key pair
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
    // Tokens are neither handed out nor taken unless the portal opted in: a same-origin script could ask or inject.
    const secret = message.type === 'hello' || message.type === 'session' || message.type === 'renewed';
    if (secret && !this.config.shareTokens) return;
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
        if (this.user || !this.metadata || this.state.status === 'signing-in') return;
        const user = parseUser(message.user);
        if (user.expired) return;
        this.user = user;
        if (this.entry) await storeUser(this.entry, user);
        this.adopt(user);
        return;
      }
      case 'renewed': {
        if (!this.user || !this.metadata) return;
        const user = parseUser(message.user);
        this.user = user; // synchronously, so a renewal waiting for the lock sees it
        if (this.entry) await storeUser(this.entry, user);
        this.adopt(user);
        return;
      }
      case 'signed-out':
        await this.endLocally(
          message.reason === 'idle-timeout' || message.reason === 'session-ended' ? message.reason : 'other-tab',
          !this.config.shareTokens, // this tab's own tokens (not shared): it revokes them itself
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
