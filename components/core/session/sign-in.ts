/**
 * The sign-in flows of a session core: a full-page redirect, a popup (its window opened inside the click, before
 * oidc-client-ts is loaded when it is not there yet), and the embedded hand-over of <gu-login>
 * (`createAuthorizationRequest()` / `acceptAuthorizationResponse()`); the authorization response of the redirect
 * is finished here too. What runs only once oidc-client-ts is there — the request's PKCE, the code exchange, the ID
 * token check (`acceptUser`) — is in sign-in-exchange.ts, which comes with it (oidc-runtime.ts): not in the first render.
 */
import type { User } from 'oidc-client-ts';
import type { AuthorizationRequest, SignInMethod } from './session-context.js';
import { SessionError, classifyTokenFailure, isNetworkFailure } from './errors.js';
import { loadOidcRuntime } from './oidc-loader.js';
import type { FailedStep, SessionCore } from './session-core.js';

/** The popup's size (the window a popup sign-in opens in the click, and oidc-client-ts's own). */
const POPUP_FEATURES = { width: 520, height: 720 } as const;

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

/** Random hex (nonces, window names). */
export function randomString(bytes = 32): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(data, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Starts sign-in: a redirect, or a popup (call it synchronously from a click handler). */
export function signIn(core: SessionCore, method: SignInMethod): Promise<void> {
  core.lastMethod = method;
  if (!core.metadata) {
    return core.start().then(() => (core.metadata ? signIn(core, method) : undefined));
  }
  const entry = core.entry;
  core.failedStep = 'sign-in';
  core.setState({ status: 'signing-in' });
  const nonce = randomString(16);
  if (method === 'popup') {
    // No await before the window opens: window.open must run inside the click.
    const signal = AbortSignal.timeout(core.config.popupTimeout * 1000);
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
        ? core.loadOidc().then(
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
    return core.run('sign-in', async () => {
      let user: User;
      try {
        user = await popup;
      } catch (error) {
        const failure = classifyPopupFailure(error, signal);
        // Our window closed before oidc-client-ts took it over: the citizen closed it, nothing blocked it.
        if (failure.kind === 'popup-blocked' && opened?.closed) throw new SessionError('popup-closed', failure.message);
        throw failure;
      }
      await (await loadOidcRuntime()).acceptUser(core, user, nonce);
    });
  }
  return core.run('sign-in', async () => {
    const { entry: loaded } = entry ? { entry } : await core.loadOidc();
    loaded.stateStore.persistNext();
    await loaded.userManager.signinRedirect({ nonce });
  });
}

function classifyPopupFailure(error: unknown, signal: AbortSignal): SessionError {
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
export async function createAuthorizationRequest(core: SessionCore): Promise<AuthorizationRequest> {
  await core.start();
  if (!core.metadata) throw new SessionError(core.state.error?.kind ?? 'configuration', 'The session is not ready');
  let loaded;
  try {
    loaded = await core.loadOidc();
  } catch (error) {
    throw classifyTokenFailure(error);
  }
  return loaded.runtime.authorizationRequest(core, loaded.entry);
}

/** Accepts the authorization response (redirect URI with `code` and `state`) of a request this page made. */
export async function acceptAuthorizationResponse(core: SessionCore, url: string): Promise<void> {
  await core.start();
  if (!core.metadata) throw new SessionError(core.state.error?.kind ?? 'configuration', 'The session is not ready');
  core.setState({ status: 'signing-in' });
  await core.run('accept', () => finishAuthorization(core, url, 'accept'));
  if (core.state.status === 'error' && core.state.error) {
    throw new SessionError(core.state.error.kind, core.state.error.message);
  }
}

/** Exchanges the code of an authorization response this page asked for (redirect or embedded) and signs in. */
export async function finishAuthorization(core: SessionCore, url: string, step: FailedStep): Promise<void> {
  core.failedStep = step;
  const { runtime, entry } = await core.loadOidc();
  await runtime.exchangeCode(core, entry, url);
}
