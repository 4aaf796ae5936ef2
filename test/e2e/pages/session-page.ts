/**
 * The end-to-end session page: one <gu-session> against the dev IdP (port = this page's port − 100) with a probe widget.
 */
import '../../../components/core/session/gu-session.js';
import { userManagerCount } from '../../../components/core/session/user-manager-registry.js';
import { defineSessionProbe } from './probe.js';

defineSessionProbe('e2e-probe');

const here = `${location.origin}${location.pathname}`;
const session = document.createElement('gu-session');
session.setAttribute('authority', `http://127.0.0.1:${Number(location.port) - 100}`);
session.setAttribute('client-id', 'gu-kit-demo');
session.setAttribute('redirect-uri', here);
session.setAttribute('post-logout-redirect-uri', here);
session.setAttribute('scope', 'openid profile email phone offline_access');
session.setAttribute('api-base', `${location.origin}/api`);
// `?share-tokens`: the portal trusts every script of its origin, so tabs hand each other the tokens (session-tabs).
// Remembered for this tab: the provider's redirect back comes without the query.
if (new URLSearchParams(location.search).has('share-tokens')) sessionStorage.setItem('e2e-share-tokens', '1');
if (sessionStorage.getItem('e2e-share-tokens')) session.setAttribute('share-tokens', '');
session.append(document.createElement('e2e-probe'));
document.querySelector('main')!.append(session);

(globalThis as Record<string, unknown>).e2e = { userManagerCount };
