/**
 * The end-to-end page of the popup and DPoP tests: one <gu-session> against the dev IdP (port = this page's port − 100),
 * a probe, the <gu-session-notice> (popup blocked → «Продолжить в этом окне»), a «Войти через окно» button that calls
 * `signIn('popup')` from its click, and `e2e.callApi()` — a core/api call to the IdP's protected resource with the
 * session's `apiAuth` (Bearer or DPoP, as the session says).
 */
import '../../../components/core/session/gu-session.js';
import '../../../components/core/session/gu-session-notice.js';
import { createApiClient } from '../../../components/core/api/index.js';
import { isApiError } from '../../../components/core/api/errors.js';
import type { Session } from '../../../components/core/session/session-context.js';
import { defineSessionProbe } from './probe.js';

defineSessionProbe('e2e-probe');

const authority = `http://127.0.0.1:${Number(location.port) - 100}`;
const here = `${location.origin}${location.pathname}`;
const session = document.createElement('gu-session');
session.setAttribute('authority', authority);
session.setAttribute('client-id', 'gu-kit-demo');
session.setAttribute('redirect-uri', here);
session.setAttribute('post-logout-redirect-uri', here);
session.setAttribute('scope', 'openid profile email phone offline_access');
session.setAttribute('api-base', `${authority}/resource`);

const probe = document.createElement('e2e-probe') as HTMLElement & { session?: Session };
const popupButton = document.createElement('button');
popupButton.type = 'button';
popupButton.id = 'popup-sign-in';
popupButton.textContent = 'Войти через окно';
// Synchronously inside the click: window.open needs the user's activation.
popupButton.addEventListener('click', () => void probe.session?.signIn('popup'));
session.append(probe, document.createElement('gu-session-notice'), popupButton);
document.querySelector('main')!.append(session);

/** What `e2e.callApi` resolves: the resource's answer or the ApiError's kind and status. */
interface CallResult {
  ok: boolean;
  body?: unknown;
  kind?: string;
  status?: number;
}

(globalThis as Record<string, unknown>).e2e = {
  /** A core/api call to `<authority>/resource/me` with the session's apiAuth. */
  async callApi(method: 'GET' | 'POST' = 'GET'): Promise<CallResult> {
    const current = probe.session;
    if (!current) return { ok: false, kind: 'no-session' };
    const client = createApiClient({ baseUrl: current.apiBase, auth: current.apiAuth, retry: { retries: 0 } });
    try {
      const body = method === 'GET' ? await client.get('me') : await client.post('me', { probe: true });
      return { ok: true, body };
    } catch (error) {
      if (isApiError(error)) return { ok: false, kind: error.kind, ...(error.status ? { status: error.status } : {}) };
      return { ok: false, kind: String(error) };
    }
  },
  /** The same resource with the current access token as a plain Bearer token (must be refused when DPoP-bound). */
  async callWithBearer(): Promise<{ status: number; wwwAuthenticate: string | null }> {
    const token = await probe.session?.apiAuth.getAccessToken();
    const response = await fetch(`${authority}/resource/me`, { headers: { Authorization: `Bearer ${token ?? ''}` } });
    return { status: response.status, wwwAuthenticate: response.headers.get('WWW-Authenticate') };
  },
};
