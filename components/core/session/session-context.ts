/**
 * The session contract every widget consumes: one immutable snapshot per change, provided by <gu-session>
 * through @lit/context under a `Symbol.for` key, so widgets from separately built bundles and separate
 * single-spa containers find it.
 *
 *   readonly #session = new SessionConsumer(this);
 *   const client = createApiClient({ baseUrl, auth: followSessionAuth(() => this.#session.value), locale });
 */
import { ContextEvent, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiAuth, ApiAuthHooks } from '../api/index.js';

/** Where the session is. `expiring`: the idle warning is showing. `expired`: ended by the idle timeout or the IdP. */
export type SessionStatus = 'unknown' | 'signed-out' | 'signing-in' | 'signed-in' | 'expiring' | 'expired' | 'error';

/** The account level (seed 002): what the citizen may do depends on it. */
export type AccountLevel = 'simplified' | 'standard' | 'confirmed';

/** How to sign in: a full-page redirect to the provider, or a popup (only from a click). */
export type SignInMethod = 'redirect' | 'popup';

/** Why the citizen is signed out (shown in the signed-out state; widgets keep typed data as a draft on `idle-timeout`). */
export type SignedOutReason =
  | 'user' // pressed «Выйти» here
  | 'other-tab' // signed out in another tab of this site
  | 'idle-timeout' // no activity for the idle timeout
  | 'session-ended' // the provider ended the session (renewal refused, token revoked, absolute timeout)
  | 'ended-elsewhere' // the citizen ended this session from another device («Завершить все другие сеансы»)
  | 'password-changed' // the citizen changed the password elsewhere and ended the other sessions
  | 'unauthorized'; // the API kept answering 401 after one renewal

/** What went wrong, for the error state (every one offers a retry). */
export type SessionErrorKind =
  | 'discovery' // the provider's metadata is unreachable or malformed
  | 'token' // the token endpoint failed (5xx, invalid answer)
  | 'id-token' // the ID token failed validation (audience, nonce, issuer, expiry)
  | 'network' // the network dropped
  | 'popup-blocked' // the browser blocked the popup
  | 'popup-closed' // the citizen closed the popup
  | 'state' // the authorization response does not match a request of this page
  | 'configuration'; // gu-session is missing authority / client-id / redirect-uri

/** The signed-in citizen as widgets may show them; identifiers are masked. */
export interface Citizen {
  /** Subject identifier at the provider. */
  readonly id: string;
  /** Full name, «Иванов Иван Иванович». */
  readonly name: string;
  /** «***-***-445 95». */
  readonly snilsMasked?: string;
  /** «+7 (***) ***-45-67». */
  readonly phoneMasked?: string;
  /** «iv***@mail.ru». */
  readonly emailMasked?: string;
}

/** An authorization request created by the session for the embedded <gu-login> (code + PKCE, OIDC). */
export interface AuthorizationRequest {
  /** The full authorization URL (for a redirect) — its query has every parameter below. */
  readonly url: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeChallenge: string;
  readonly codeChallengeMethod: 'S256';
}

/**
 * What the citizen typed, kept by the session across its end and the portal's navigation (memory only, never web
 * storage) for the same citizen on the same route. Another citizen signing in, or the citizen's own «Выйти», drops it.
 */
export interface SessionDraftStore {
  /** Keeps `value` under `name` (the widget's tag) on this route for the signed-in citizen: call it on `gu-session-ending`. */
  keep(name: string, value: unknown): void;
  /** The draft kept under `name` on this route for the signed-in citizen, removed from the store; else undefined. */
  take(name: string): unknown;
  /** Whether any draft is kept (the signed-out notice says «Введённые данные сохранены»). */
  has(): boolean;
}

/** One immutable snapshot of the page's session; a new object on every change. */
export interface Session {
  readonly status: SessionStatus;
  /** Present when signed in (also while `expiring`). */
  readonly citizen?: Citizen;
  /** Present when signed in. */
  readonly level?: AccountLevel;
  /** Why the session ended (status `signed-out` or `expired`). */
  readonly reason?: SignedOutReason;
  /** What failed (status `error`). */
  readonly error?: { readonly kind: SessionErrorKind; readonly message: string };
  /** When the idle timeout signs the citizen out (ms since epoch), while signed in. */
  readonly idleDeadline?: number;
  /** The portal API base URL (the `api-base` attribute), for widgets' API clients. */
  readonly apiBase: string;
  /** Token access for core/api: a fresh access token, and one renewal after a 401. Tokens never leave memory. */
  readonly apiAuth: ApiAuth & ApiAuthHooks;
  /** Drafts kept over the end of the session (absent in a session made by hand, e.g. a widget test's). */
  readonly drafts?: SessionDraftStore;
  /** Starts sign-in (redirect by default; popup only from a click handler). */
  signIn(method?: SignInMethod): Promise<void>;
  /** Revokes the tokens, ends the provider session and signs out every tab. */
  signOut(): Promise<void>;
  /** Keeps the session alive (the idle warning's «Остаться в системе»): renews and resets the idle timer in every tab. */
  extend(): Promise<void>;
  /** Retries what failed (status `error`). */
  retry(): Promise<void>;
  /** Renews the tokens now to pick up changed claims (e.g. a level raised by <gu-verification>); every tab gets them. */
  refresh(): Promise<void>;
  /** Creates an authorization request (state, nonce, PKCE) for the embedded <gu-login>. */
  createAuthorizationRequest(): Promise<AuthorizationRequest>;
  /** Accepts the authorization response (the redirect URI with `code` and `state`) and exchanges the code. */
  acceptAuthorizationResponse(url: string): Promise<void>;
}

// Its own module, so a widget that only reads the session (the bell's first render) does not carry it.
export { followSessionAuth } from './session-auth.js';

/** The context key: `Symbol.for`, so separately built bundles share it. */
export const sessionContext = createContext<Session>(Symbol.for('gu-kit/session'));

/** The page-level event widgets listen to for keeping typed data as a draft before the session ends. */
export const SESSION_ENDING_EVENT = 'gu-session-ending';

/**
 * The session for a widget: `value` is the current snapshot (undefined until a provider answers); the host updates
 * and `onChange` runs on every new snapshot. It speaks the context protocol of @lit/context (a subscribing
 * `context-request`), and a widget that connects before its `<gu-session>` is defined or attached asks again when a
 * provider announces itself (`context-provider`) — what @lit/context's ContextConsumer + ContextRoot do, in a
 * fraction of their bytes, per widget, so nothing has to be attached to the page first.
 */
export class SessionConsumer implements ReactiveController {
  /** The current snapshot, once a provider answered. */
  value: Session | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: ((session: Session) => void) | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange?: (session: Session) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#request();
    // No provider above yet: ask again when one connects (it announces itself to the document).
    if (!this.#unsubscribe) document.addEventListener('context-provider', this.#onProvider);
  }

  hostDisconnected(): void {
    document.removeEventListener('context-provider', this.#onProvider);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  readonly #onProvider = (event: Event): void => {
    if ((event as Event & { context?: unknown }).context === sessionContext) this.#request();
  };

  #request(): void {
    this.#host.dispatchEvent(new ContextEvent(sessionContext, this.#host, this.#receive, true));
  }

  readonly #receive = (session: Session, unsubscribe?: () => void): void => {
    // A nearer provider took over: leave the previous one.
    if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    document.removeEventListener('context-provider', this.#onProvider);
    this.value = session;
    this.#host.requestUpdate();
    this.#onChange?.(session);
  };
}
