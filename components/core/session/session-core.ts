/**
 * The page's session for one authority and client: the status machine behind every <gu-session> of that
 * authority in this bundle; <gu-session> elements are its views (snapshot, idle warning, events). It holds the state
 * and the user, starts the session, loads oidc-client-ts and retries what failed; the rest is in modules of one
 * purpose each, which work on the core:
 *
 * - sign-in.ts: redirect, popup, the embedded hand-over, the authorization response; the ID token check;
 * - renewal.ts: every renewal (scheduled, on use, keep-alive, after a 401) — the one guarded place;
 * - sign-out.ts: «Выйти», the idle timeout and every other end in this tab;
 * - tab-messages.ts: what the tabs of the site tell each other;
 * - api-auth.ts: the token's way to core/api (`Session.apiAuth`, DPoP or Bearer headers);
 * - oidc-loader.ts: oidc-client-ts on demand, the user before and after it.
 *
 * It starts without oidc-client-ts (discovery, the session of another tab, `getAccessToken()` need none of it) and
 * loads `oidc-runtime.ts` with dynamic `import()` only when it is needed: a sign-in (preloaded when a sign-in control
 * is hovered or focused; a popup sign-in opens its window in the click itself), an authorization response in the URL,
 * the embedded hand-over, a renewal (preloaded well before it), sign-out with revocation or end-session, DPoP proofs.
 */
import type { OidcMetadata, UserManager } from 'oidc-client-ts';
import type {
  AccountLevel,
  AuthorizationRequest,
  Citizen,
  SessionErrorKind,
  SessionStatus,
  SignInMethod,
  SignedOutReason,
} from './session-context.js';
import { citizenFromClaims, decodeJwtPayload, levelFromClaims } from './claims.js';
import { ConfigError, SessionError, classifyTokenFailure, isNetworkFailure } from './errors.js';
import { loadDiscovery } from './discovery.js';
import { findUserManager, type UserManagerConfig, type UserManagerEntry } from './user-managers.js';
import { TabSync } from './tab-sync.js';
import { providerSupportsDpop } from './dpop-support.js';
import { hasPersistedRequest } from './state-store.js';
import type { SessionUser } from './stored-user.js';
import { sessionDrafts } from './drafts.js';
import type { AuthorizeRequest } from '../api/request.js';
import { loadOidcRuntime, oidcRuntimeLoaded, parseUser, storeUser, type OidcRuntime } from './oidc-loader.js';
import { acceptAuthorizationResponse, createAuthorizationRequest, finishAuthorization, signIn } from './sign-in.js';
import { SessionRenewal } from './renewal.js';
import { endLocally, expire, signOut } from './sign-out.js';
import { askOtherTabs, onTabMessage } from './tab-messages.js';
import { authorize } from './api-auth.js';

export { loadOidcRuntime, type OidcRuntime } from './oidc-loader.js';
export { sessionNavigation } from './sign-out.js';
export type { SessionEndingDetail } from './events.js';

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

/** What `retry()` repeats. */
export type FailedStep = 'start' | 'renew' | 'sign-in' | 'accept';

const CALLBACK_PARAMS = ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'];

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

/**
 * The members marked @internal are the flows' (sign-in.ts, renewal.ts, sign-out.ts, tab-messages.ts, api-auth.ts):
 * nothing else reads or writes them.
 */
export class SessionCore {
  /** What the views show now. */
  state: CoreState = { status: 'unknown' };
  /** The deadline of the primary view's idle timer, handed to a tab that opens later. */
  idleDeadline: number | undefined;
  /** @internal Every renewal of this session's tokens. */
  readonly renewal = new SessionRenewal(this);
  /** @internal */
  readonly sync: TabSync;
  /** @internal The page's UserManager: set when this core loads oidc-client-ts, or at start when another bundle made it. */
  entry: UserManagerEntry | undefined;
  /** @internal The provider's discovery document (after start). */
  metadata: Partial<OidcMetadata> | undefined;
  /** @internal The signed-in user (memory only). */
  user: SessionUser | null = null;
  /** @internal DPoP-bound tokens (requirement 8): the provider advertises ES256 proofs, or the config says so. */
  dpop = false;
  /** @internal What `retry()` repeats. */
  failedStep: FailedStep = 'start';
  /** @internal The sign-in method `retry()` repeats. */
  lastMethod: SignInMethod = 'redirect';
  /** @internal Waiting for another tab's session (tab-messages.ts). */
  helloAnswer: ((message: { user: string; idleDeadline?: number }) => void) | undefined;

  private readonly listeners = new Set<() => void>();
  private readonly idleListeners = new Set<(signal: IdleSignal) => void>();
  /** Loading oidc-client-ts and the UserManager (once; reset after a failure). */
  private oidc: Promise<{ runtime: OidcRuntime; entry: UserManagerEntry }> | undefined;
  private started: Promise<void> | undefined;

  constructor(readonly config: SessionCoreConfig) {
    this.sync = new TabSync(`${config.authority} ${config.clientId}`);
    this.sync.subscribe((message) => void onTabMessage(this, message));
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
    this.renewal.stop();
    this.sync.pause();
  }

  /** A <gu-session> of this core is on the page again: the channel reopens and the renewal is planned anew. */
  resume(): void {
    this.sync.resume();
    if (this.user) this.renewal.schedule();
  }

  /** Stops timers and the channel (tests). */
  dispose(): void {
    this.renewal.stop();
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
      await finishAuthorization(this, url, 'accept');
      return;
    }
    // ... and hold the user.
    const existing = existingEntry ? await existingEntry.userManager.getUser() : null;
    if (existing && !existing.expired) {
      this.adopt(existing);
      return;
    }
    const handedOver = await askOtherTabs(this);
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
   * @internal Loads oidc-client-ts and gets the page's UserManager (creating it unless another bundle did), once;
   * then the user taken over without the library becomes a real `User`, stored in the UserManager's in-memory store.
   */
  loadOidc(): Promise<{ runtime: OidcRuntime; entry: UserManagerEntry }> {
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
    if (!this.metadata || (this.entry && oidcRuntimeLoaded())) return;
    this.loadOidc().catch(() => undefined);
  }

  private cleanUrl(): void {
    const url = new URL(location.href);
    for (const name of CALLBACK_PARAMS) url.searchParams.delete(name);
    history.replaceState(history.state, '', url.href);
  }

  /** @internal Takes `user` as the signed-in citizen. */
  adopt(user: SessionUser): void {
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
    this.renewal.schedule();
  }

  // ------------------------------------------------------------------ flows (sign-in.ts, sign-out.ts)

  /** Starts sign-in: a redirect, or a popup (call it synchronously from a click handler). */
  signIn(method: SignInMethod = 'redirect'): Promise<void> {
    return signIn(this, method);
  }

  /** Creates an authorization request (state, nonce, PKCE S256) kept in memory, for the embedded <gu-login>. */
  createAuthorizationRequest(): Promise<AuthorizationRequest> {
    return createAuthorizationRequest(this);
  }

  /** Accepts the authorization response (redirect URI with `code` and `state`) of a request this page made. */
  acceptAuthorizationResponse(url: string): Promise<void> {
    return acceptAuthorizationResponse(this, url);
  }

  /** Signs out: revokes the tokens, ends the provider session when it can, and signs out every tab. */
  signOut(): Promise<void> {
    return signOut(this);
  }

  /** The idle timeout elapsed: widgets keep drafts, tokens are revoked and removed, every tab is told. */
  expire(): Promise<void> {
    return expire(this);
  }

  /** @internal Ends the session in this tab (sign-out.ts). */
  endLocally(reason: SignedOutReason, revoke: boolean): Promise<void> {
    return endLocally(this, reason, revoke);
  }

  // ------------------------------------------------------------------ tokens (renewal.ts, api-auth.ts)

  /** The access token, renewed first when it is about to expire; null when signed out. */
  getAccessToken(): Promise<string | null> {
    return this.renewal.accessToken();
  }

  /** Whether API calls use DPoP-bound tokens (`Authorization: DPoP` + a `DPoP` proof). */
  get usesDpop(): boolean {
    return this.dpop;
  }

  /** The authorization headers of one API request (DPoP + a proof for DPoP-bound tokens, else Bearer). */
  authorize(request: AuthorizeRequest): Promise<Record<string, string>> {
    return authorize(this, request);
  }

  /** One renewal after a 401, shared by concurrent callers; a second 401 right after it signs out ('unauthorized'). */
  renewAccessToken(): Promise<string | null> {
    return this.renewal.afterUnauthorized();
  }

  /** The API still answered 401 after the one renewal: sign out ('unauthorized') instead of looping. */
  unauthorizedAfterRenewal(): Promise<void> {
    return this.renewal.refused();
  }

  // ------------------------------------------------------------------ keep-alive, idle

  /** «Остаться в системе»: renews the tokens (server keep-alive) and resets the idle timer in every tab. */
  async extend(): Promise<void> {
    const at = Date.now();
    this.sync.post({ type: 'extended', at });
    this.emitIdle({ type: 'extended', at });
    if (this.state.status === 'expiring') this.setState({ ...this.state, status: 'signed-in' });
    await this.renewal.renewOrFail(true);
  }

  /** Renews now to pick up changed claims (a raised account level); a failed renewal ends like any other. */
  async refresh(): Promise<void> {
    if (this.user) await this.renewal.renewOrFail(true);
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

  /** @internal Tells the views about activity or extension in another tab. */
  emitIdle(signal: IdleSignal): void {
    for (const listener of this.idleListeners) listener(signal);
  }

  // ------------------------------------------------------------------ retry, state

  /** Retries what failed: start-up, a renewal, or sign-in (an exchange that failed starts over). */
  retry(): Promise<void> {
    switch (this.failedStep) {
      case 'start':
        this.started = undefined;
        this.setState({ status: 'unknown' });
        return this.start();
      case 'renew':
        this.setState({ ...this.state, status: this.user ? 'signed-in' : 'signed-out', error: undefined });
        return this.renewal.renewOrFail(true);
      case 'sign-in':
        return this.signIn(this.lastMethod);
      case 'accept':
        // The code was single-use: the citizen signs in again (the embedded form or the notice's «Войти»).
        this.setState({ status: 'signed-out' });
        return Promise.resolve();
    }
  }

  /** @internal Runs a step; a failure becomes the error state (never an uncaught rejection). */
  async run(step: FailedStep, task: () => Promise<void>): Promise<void> {
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

  /** @internal */
  setState(next: CoreState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
