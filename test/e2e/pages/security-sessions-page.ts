/**
 * The end-to-end page of «Активные сеансы» (test/e2e/security-sessions.test.ts): a <gu-session> on the Node mock
 * server's OIDC provider (`?mock=<origin>`: `<origin>/mock-oidc`, the API at `<origin>/api`) with a session probe and
 * <gu-security-settings> on the sessions view inside. `e2eSecurity.signIn()` signs in with the test citizen «confirmed»
 * through the embedded hand-over (no navigation), as <gu-login> would.
 */
import '../../../components/core/session/gu-session.js';
import '../../../components/security/gu-security-settings.js';
import type { GuSession } from '../../../components/core/session/session-element.js';
import { signInAsTestCitizen } from '../../../mocks/oidc/embedded-sign-in.js';
import { defineSessionProbe } from './probe.js';

defineSessionProbe('e2e-probe');

const mock = new URL(location.href).searchParams.get('mock') ?? 'http://127.0.0.1:8787';
const authority = `${mock}/mock-oidc`;

const session = document.createElement('gu-session') as GuSession;
session.setAttribute('authority', authority);
session.setAttribute('client-id', 'gu-kit-demo');
session.setAttribute('redirect-uri', `${location.origin}${location.pathname}`);
session.setAttribute('api-base', `${mock}/api`);
session.append(document.createElement('e2e-probe'));
const settings = document.createElement('gu-security-settings');
settings.setAttribute('view', 'sessions');
session.append(settings);
document.querySelector('main')!.append(session);

Object.assign(window, {
  e2eSecurity: {
    signIn: () => signInAsTestCitizen(session.session, authority, 'confirmed', 'confirmed-2026'),
  },
});
