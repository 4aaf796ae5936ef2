import { LitElement, css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import type { ApiAuth } from '../api/index.js';
import type { ApiAuthHooks } from '../api/request.js';
import {
  sessionContext,
  type AuthorizationRequest,
  type Session,
  type SessionDraftStore,
  type SignInMethod,
} from './session-context.js';
import { getSessionCore, type SessionCore } from './session-core.js';
import { sessionApiAuth } from './api-auth.js';
import { GuSessionChangeEvent, GuSessionSignedInEvent, GuSessionSignedOutEvent } from './events.js';
import { IdleController, type IdleClock } from './idle-timer.js';
import { SessionError } from './errors.js';
import type { GuSessionTimeoutDialog, SessionEnded } from './parts/timeout-dialog.js';
import { draftKey, sessionDrafts } from './drafts.js';

export { GuSessionChangeEvent, GuSessionSignedInEvent, GuSessionSignedOutEvent } from './events.js';

/**
 * Controls whose hover, focus or touch preloads oidc-client-ts (the session starts without it): the notice («Войти»,
 * «Продолжить в этом окне»…), the sign-out button, and any element of the host page marked `data-gu-sign-in`.
 */
function isSessionControl(target: EventTarget): boolean {
  return (
    target instanceof Element &&
    (target.localName === 'gu-session-notice' ||
      target.localName === 'gu-sign-out-button' ||
      target.hasAttribute('data-gu-sign-in'))
  );
}

/** The warning is never shorter than this (WCAG 2.2.1: at least 20 seconds to answer). */
const MIN_IDLE_WARNING_SECONDS = 20;

function resolveAuthority(value: string): string {
  if (!value) return '';
  try {
    const url = new URL(value, document.baseURI).href;
    return url.endsWith('/') ? url.slice(0, -1) : url;
  } catch {
    return value;
  }
}

function resolveUrl(value: string): string {
  if (!value) return '';
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    return value;
  }
}

/**
 * @summary Holds the page's one OIDC session (authorization code + PKCE, tokens in memory only) and provides it to
 * every widget inside it through `@lit/context` (`sessionContext`) — a new immutable snapshot on every change. One
 * UserManager per authority and client per page, shared by separately built bundles; renewal with the rotated
 * refresh token by one tab at a time; sign-out, activity and extension in step across the tabs of the site;
 * an idle timeout with an accessible warning dialog. It has no UI of its own besides that dialog.
 *
 * @slot - The widgets that use the session.
 * @csspart timeout-dialog - The idle warning (`gu-session-timeout-dialog`).
 * @fires {GuSessionSignedInEvent} gu-session-signed-in - The citizen is signed in (`detail.session`).
 * @fires {GuSessionSignedOutEvent} gu-session-signed-out - The session ended: signed out or expired (`detail.reason`).
 * @fires {GuSessionChangeEvent} gu-session-change - A new snapshot (`detail.session`).
 * @fires {GuSessionEndingEvent} gu-session-ending - On `window`, before the session ends (idle timeout, sign-out in
 *   another tab, API refusal): widgets keep typed data as a draft. `detail.reason`.
 */
export class GuSession extends LitElement {
  /**
   * Test-only lower bound of `idle-warning` in seconds (default 20, WCAG 2.2.1). Browser tests lower it to drive the
   * dialog with short real times; never lower it on a real page.
   * @internal
   */
  static minimumIdleWarningSeconds = MIN_IDLE_WARNING_SECONDS;
  /**
   * Clock of the idle timer (tests may inject one); defaults to Date.now and setTimeout.
   * @internal
   */
  static idleClock: IdleClock | undefined = undefined;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    authority: { type: String },
    clientId: { type: String, attribute: 'client-id' },
    redirectUri: { type: String, attribute: 'redirect-uri' },
    postLogoutRedirectUri: { type: String, attribute: 'post-logout-redirect-uri' },
    scope: { type: String },
    apiBase: { type: String, attribute: 'api-base' },
    signInMethod: { type: String, attribute: 'sign-in-method' },
    idleTimeout: { type: Number, attribute: 'idle-timeout' },
    idleWarning: { type: Number, attribute: 'idle-warning' },
    popupTimeout: { type: Number, attribute: 'popup-timeout' },
    renewRetries: { type: Number, attribute: 'renew-retries' },
    expiringNotification: { type: Number, attribute: 'expiring-notification' },
    shareTokens: { type: Boolean, attribute: 'share-tokens' },
    warningOpen: { state: true },
    deadline: { state: true },
    ended: { state: true },
  };

  /** The OIDC provider (issuer) URL; relative URLs are resolved against the page. Required. */
  declare authority: string;
  /** The public client's id at the provider. Required. */
  declare clientId: string;
  /** Where the provider sends the citizen back with the code (a page that has this gu-session). Required. */
  declare redirectUri: string;
  /** Where the provider sends the citizen after sign-out; without it sign-out is local (tokens still revoked). */
  declare postLogoutRedirectUri: string;
  /** Requested scopes ['openid profile offline_access']. */
  declare scope: string;
  /** The portal API base URL widgets call ['/api']. */
  declare apiBase: string;
  /** How `signIn()` signs in by default ['redirect']; `popup` only works from a click. */
  declare signInMethod: SignInMethod;
  /** Seconds without activity until the session ends [900]. */
  declare idleTimeout: number;
  /** Seconds before the idle timeout when the warning opens [120]; never less than 20. */
  declare idleWarning: number;
  /** Seconds a popup sign-in may take [120]. */
  declare popupTimeout: number;
  /** Retries of a failed renewal before giving up [2]. */
  declare renewRetries: number;
  /** Seconds before the access token expires when it is renewed [60]. */
  declare expiringNotification: number;
  /**
   * Tabs of the site hand each other the tokens over BroadcastChannel (a new tab takes the session over; one renewal
   * for all tabs) [false]. A same-origin trust decision: any script of the origin can talk on that channel. Without it
   * tabs share sign-out, idle expiry, activity and extension, and each tab signs in on its own.
   */
  declare shareTokens: boolean;
  declare private warningOpen: boolean;
  declare private deadline: number | undefined;
  /** The session ended while signed in (the primary view announces it through the warning's live region). */
  declare private ended: SessionEnded | undefined;

  private readonly provider: ContextProvider<typeof sessionContext>;
  private readonly idle: IdleController;
  private core: SessionCore | undefined;
  private unsubscribe: (() => void)[] = [];
  private snapshot: Session;
  private readonly apiAuth: ApiAuth & ApiAuthHooks;
  private readonly drafts: SessionDraftStore;

  /** Elements that share one core; the first connected one runs the idle timer and shows the warning. */
  private static readonly viewsByCore = new WeakMap<SessionCore, GuSession[]>();
  /** Each signed-in core's watch of `sessions-ended` (ended-elsewhere.ts, loaded after sign-in): how to stop it. */
  private static readonly endWatches = new WeakMap<SessionCore, () => void>();

  constructor() {
    super();
    this.authority = '';
    this.clientId = '';
    this.redirectUri = '';
    this.postLogoutRedirectUri = '';
    this.scope = 'openid profile offline_access';
    this.apiBase = '/api';
    this.signInMethod = 'redirect';
    this.idleTimeout = 900;
    this.idleWarning = 120;
    this.popupTimeout = 120;
    this.renewRetries = 2;
    this.expiringNotification = 60;
    this.shareTokens = false;
    this.warningOpen = false;
    this.deadline = undefined;
    this.apiAuth = sessionApiAuth(() => this.core);
    this.drafts = {
      // The owner is the citizen signed in now: on `gu-session-ending` the state still has them.
      keep: (name, value) => {
        const owner = this.core?.state.citizen?.id;
        if (owner) sessionDrafts.save(owner, draftKey(name), value);
      },
      take: (name) => {
        const state = this.core?.state;
        const signedIn = state?.status === 'signed-in' || state?.status === 'expiring';
        return signedIn && state.citizen ? sessionDrafts.take(state.citizen.id, draftKey(name)) : undefined;
      },
      has: () => sessionDrafts.has(),
    };
    this.snapshot = this.buildSnapshot();
    this.provider = new ContextProvider(this, { context: sessionContext, initialValue: this.snapshot });
    this.idle = new IdleController(this, {
      timeoutMs: () => Math.max(1, this.idleTimeout) * 1000,
      warningMs: () => this.effectiveWarningSeconds * 1000,
      onWarn: (deadline) => this.onIdleWarning(deadline),
      onExpire: () => void this.onIdleExpire(),
      onActivity: (at) => this.onLocalActivity(at),
      ...(GuSession.idleClock ? { clock: GuSession.idleClock } : {}),
    });
    // A sign-in (or sign-out) is near: load oidc-client-ts now, so the flow does not wait for it.
    const preload = (event: Event) => {
      if (this.core && event.composedPath().some(isSessionControl)) this.core.preload();
    };
    this.addEventListener('pointerover', preload);
    this.addEventListener('focusin', preload);
    this.addEventListener('touchstart', preload, { passive: true });
  }

  /**
   * The warning length actually used: `idle-warning`, at least 20 s, at most the timeout.
   * @internal
   */
  get effectiveWarningSeconds(): number {
    return Math.min(Math.max(this.idleWarning, GuSession.minimumIdleWarningSeconds), this.idleTimeout);
  }

  /** The current snapshot (the same object widgets receive through the context). */
  get session(): Session {
    return this.snapshot;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const core = getSessionCore({
      authority: resolveAuthority(this.authority),
      clientId: this.clientId,
      redirectUri: resolveUrl(this.redirectUri),
      postLogoutRedirectUri: resolveUrl(this.postLogoutRedirectUri),
      scope: this.scope,
      expiringNotification: this.expiringNotification,
      renewRetries: this.renewRetries,
      popupTimeout: this.popupTimeout,
      shareTokens: this.shareTokens,
    });
    this.core = core;
    const views = GuSession.viewsByCore.get(core) ?? [];
    views.push(this);
    GuSession.viewsByCore.set(core, views);
    this.unsubscribe = [
      core.subscribe(() => this.onCoreChange()),
      core.subscribeIdle((signal) => {
        if (signal.type === 'extended') {
          this.closeWarning(signal.at);
          return;
        }
        this.idle.remoteActivity(signal.at);
        this.deadline = this.idle.deadline;
        this.publish();
      }),
    ];
    if (views.length === 1) core.resume();
    this.onCoreChange();
    void core.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
    const core = this.core;
    if (core) {
      const views = (GuSession.viewsByCore.get(core) ?? []).filter((view) => view !== this);
      GuSession.viewsByCore.set(core, views);
      if (this.warningOpen) core.setExpiring(false);
      views[0]?.onCoreChange();
      if (views.length === 0) {
        core.suspend();
        GuSession.endWatches.get(core)?.();
        GuSession.endWatches.delete(core);
      }
    }
    this.idle.stop();
    this.warningOpen = false;
    this.core = undefined;
  }

  private get isPrimary(): boolean {
    return this.core !== undefined && GuSession.viewsByCore.get(this.core)?.[0] === this;
  }

  // ------------------------------------------------------------------ core → snapshot

  private onCoreChange(): void {
    const core = this.core;
    if (!core) return;
    const status = core.state.status;
    const signedIn = status === 'signed-in' || status === 'expiring';
    if (signedIn && this.isPrimary && !this.idle.running) {
      this.idle.start();
      if (core.idleDeadline && core.idleDeadline > Date.now())
        this.idle.remoteActivity(core.idleDeadline - this.idleTimeout * 1000);
    } else if (!signedIn && this.idle.running) {
      this.idle.stop();
    }
    if (!signedIn) this.warningOpen = false;
    this.watchEnds(core, signedIn);
    this.deadline = this.idle.deadline;
    core.idleDeadline = this.idle.deadline ?? core.idleDeadline;
    this.publish();
  }

  /**
   * While signed in, the page follows the live event `sessions-ended`: its session ended from another device signs it
   * out (ended-elsewhere.ts, loaded now — not in the first render).
   */
  private watchEnds(core: SessionCore, signedIn: boolean): void {
    const stop = GuSession.endWatches.get(core);
    if (!signedIn || stop) {
      if (!signedIn && stop) {
        stop();
        GuSession.endWatches.delete(core);
      }
      return;
    }
    if (!this.isPrimary) return;
    let unsubscribe: (() => void) | undefined;
    let stopped = false;
    GuSession.endWatches.set(core, () => {
      stopped = true;
      unsubscribe?.();
    });
    import('./ended-elsewhere.js').then(
      ({ watchSessionsEnded }) => {
        if (!stopped) unsubscribe = watchSessionsEnded(core, this.apiBase, this.apiAuth);
      },
      () => GuSession.endWatches.delete(core), // tried again at the next change
    );
  }

  private buildSnapshot(): Session {
    const state = this.core?.state ?? { status: 'unknown' as const };
    const signedIn = state.status === 'signed-in' || state.status === 'expiring';
    return {
      status: state.status,
      ...(state.citizen && signedIn ? { citizen: state.citizen } : {}),
      ...(state.level && signedIn ? { level: state.level } : {}),
      ...(state.reason ? { reason: state.reason } : {}),
      ...(state.error ? { error: state.error } : {}),
      ...(signedIn && this.idle?.deadline !== undefined ? { idleDeadline: this.idle.deadline } : {}),
      apiBase: this.apiBase,
      apiAuth: this.apiAuth,
      drafts: this.drafts,
      signIn: (method) => this.signIn(method),
      signOut: () => this.signOut(),
      extend: () => this.extend(),
      retry: () => this.retry(),
      refresh: () => this.core?.refresh() ?? Promise.resolve(),
      createAuthorizationRequest: () => this.createAuthorizationRequest(),
      acceptAuthorizationResponse: (url) => this.acceptAuthorizationResponse(url),
    };
  }

  private publish(): void {
    const previous = this.snapshot;
    const next = this.buildSnapshot();
    const same =
      previous.status === next.status &&
      previous.reason === next.reason &&
      previous.level === next.level &&
      previous.idleDeadline === next.idleDeadline &&
      previous.apiBase === next.apiBase &&
      JSON.stringify(previous.citizen) === JSON.stringify(next.citizen) &&
      JSON.stringify(previous.error) === JSON.stringify(next.error);
    if (same) return;
    this.snapshot = next;
    this.provider.setValue(next);
    const wasIn = previous.status === 'signed-in' || previous.status === 'expiring';
    const isIn = next.status === 'signed-in' || next.status === 'expiring';
    const isOut = next.status === 'signed-out' || next.status === 'expired';
    const wasOut = previous.status === 'signed-out' || previous.status === 'expired';
    this.dispatchEvent(new GuSessionChangeEvent({ session: next }));
    if (wasIn && isOut && this.isPrimary) this.ended = { reason: next.reason, draftsSaved: sessionDrafts.has() };
    if (isIn && !wasIn) this.dispatchEvent(new GuSessionSignedInEvent({ session: next }));
    if (isOut && (!wasOut || previous.reason !== next.reason)) {
      this.dispatchEvent(new GuSessionSignedOutEvent({ reason: next.reason }));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase')) this.publish();
  }

  // ------------------------------------------------------------------ idle

  private onIdleWarning(deadline: number): void {
    this.deadline = deadline;
    this.warningOpen = true;
    this.core?.setExpiring(true);
    this.publish();
  }

  private async onIdleExpire(): Promise<void> {
    this.warningOpen = false;
    await this.core?.expire();
  }

  private onLocalActivity(at: number): void {
    this.core?.reportActivity(at);
    this.deadline = this.idle.deadline;
    if (this.core) this.core.idleDeadline = this.idle.deadline;
    this.publish();
  }

  private closeWarning(at: number): void {
    this.warningOpen = false;
    this.idle.extend(at);
    this.deadline = this.idle.deadline;
    if (this.core) this.core.idleDeadline = this.idle.deadline;
    this.publish();
  }

  private onExtend(): void {
    void this.extend();
  }

  private onWarningSignOut(): void {
    this.warningOpen = false;
    void this.signOut();
  }

  // ------------------------------------------------------------------ public actions

  /**
   * Loads the idle warning (its modal is loaded on demand: a signed-out page never needs it) while a sign-in
   * completes, so it is ready once the citizen is signed in. Never rejects: the warning retries on its own.
   */
  private prepareWarning(): Promise<void> {
    const dialog = this.renderRoot.querySelector<HTMLElement & Partial<Pick<GuSessionTimeoutDialog, 'prepare'>>>(
      'gu-session-timeout-dialog',
    );
    return (dialog?.prepare?.() ?? Promise.resolve()).catch(() => undefined);
  }

  /** Starts sign-in (default: the `sign-in-method` attribute). Call a popup sign-in synchronously from a click. */
  signIn(method: SignInMethod = this.signInMethod): Promise<void> {
    // The core first: a popup must open inside the click.
    const started = this.core ? this.core.signIn(method) : Promise.resolve();
    if (this.core) void this.prepareWarning();
    return started;
  }

  /** Revokes the tokens, ends the provider session (when `post-logout-redirect-uri` is set) and signs out every tab. */
  signOut(): Promise<void> {
    return this.core ? this.core.signOut() : Promise.resolve();
  }

  /** «Остаться в системе»: closes the warning and resets the idle timer in every tab, and renews the tokens. */
  extend(): Promise<void> {
    this.closeWarning(Date.now());
    return this.core ? this.core.extend() : Promise.resolve();
  }

  /** Retries what failed (status `error`). */
  retry(): Promise<void> {
    return this.core ? this.core.retry() : Promise.resolve();
  }

  /** Creates an authorization request (state, nonce, PKCE S256), kept in memory, for the embedded <gu-login>. */
  createAuthorizationRequest(): Promise<AuthorizationRequest> {
    if (!this.core) return Promise.reject(new SessionError('configuration', 'gu-session is not connected'));
    void this.prepareWarning();
    return this.core.createAuthorizationRequest();
  }

  /**
   * Accepts the authorization response (redirect URI with `code` and `state`) and exchanges the code for tokens.
   * Resolves once signed in with the idle warning ready.
   */
  async acceptAuthorizationResponse(url: string): Promise<void> {
    if (!this.core) throw new SessionError('configuration', 'gu-session is not connected');
    const warning = this.prepareWarning();
    await this.core.acceptAuthorizationResponse(url);
    await warning;
  }

  override render() {
    return html`<slot></slot>
      <gu-session-timeout-dialog
        part="timeout-dialog"
        ?open=${this.warningOpen && this.isPrimary}
        .deadline=${this.deadline ?? 0}
        .ended=${this.ended}
        @gu-session-extend=${this.onExtend}
        @gu-session-sign-out=${this.onWarningSignOut}
      ></gu-session-timeout-dialog>`;
  }
}
