/**
 * The end-to-end page of the <gu-login> tests: the MSW worker (the mock OIDC provider at /mock-oidc and the identity
 * API at /api/identity run in this page), a <gu-session> on /mock-oidc with a <gu-login> inside, a probe of the
 * session, and `e2eLogin` — the identity mock's test controls and a passkey enrolment through the documented
 * registration endpoint (POST /api/identity/passkey/registration → navigator.credentials.create() →
 * POST /api/identity/flows/{flowId}/passkey-registration), so the public key comes from the browser's authenticator.
 */
import '../../../components/core/session/gu-session.js';
import '../../../components/login/gu-login.js';
import { startMockWorker } from '../../../mocks/browser.js';
import {
  approveQrFlow,
  configureMockIdentity,
  registerTestPasskey,
  resetMockIdentity,
} from '../../../mocks/identity/index.js';
import { defineSessionProbe } from './probe.js';

defineSessionProbe('e2e-probe');

const toBase64Url = (bytes: ArrayBuffer): string =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
const fromBase64Url = (value: string): Uint8Array<ArrayBuffer> => {
  const base64 = value.replaceAll('-', '+').replaceAll('_', '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (char) => char.charCodeAt(0));
};

interface RegistrationOptions {
  flowId: string;
  publicKey: {
    challenge: string;
    rpId: string;
    rpName: string;
    userId: string;
    userName: string;
    userDisplayName: string;
  };
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`/api/identity${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Creates a passkey in the browser's authenticator; `enrol` links it to the account through the mock's endpoint. */
async function createPasskey(
  login: string,
  password: string,
  enrol: boolean,
): Promise<{ credentialId: string; publicKey: string }> {
  const options = await post<RegistrationOptions>('/passkey/registration', { login, password });
  const credential = (await navigator.credentials.create({
    publicKey: {
      challenge: enrol ? fromBase64Url(options.publicKey.challenge) : crypto.getRandomValues(new Uint8Array(32)),
      rp: { id: options.publicKey.rpId, name: options.publicKey.rpName },
      user: {
        id: fromBase64Url(options.publicKey.userId),
        name: options.publicKey.userName,
        displayName: options.publicKey.userDisplayName,
      },
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      timeout: 30_000,
    },
  })) as PublicKeyCredential;
  const response = credential.response as AuthenticatorAttestationResponse;
  const publicKey = response.getPublicKey();
  if (!publicKey) throw new Error('the authenticator gave no public key');
  const result = { credentialId: credential.id, publicKey: toBase64Url(publicKey) };
  if (enrol)
    await post(`/flows/${options.flowId}/passkey-registration`, {
      credentialId: credential.id,
      clientDataJSON: toBase64Url(response.clientDataJSON),
      publicKey: result.publicKey,
      algorithm: response.getPublicKeyAlgorithm(),
    });
  return result;
}

await startMockWorker({ quiet: true });
resetMockIdentity();

const here = `${location.origin}${location.pathname}`;
const session = document.createElement('gu-session');
session.setAttribute('authority', '/mock-oidc');
session.setAttribute('client-id', 'gu-kit-e2e-login');
session.setAttribute('redirect-uri', here);
session.setAttribute('post-logout-redirect-uri', here);
session.setAttribute('api-base', '/api');
const login = document.createElement('gu-login');
login.setAttribute('lang', 'ru');
session.append(login, document.createElement('e2e-probe'));
document.querySelector('main')!.append(session);

/** Links a credential id to a key pair the authenticator does not hold (its signatures then fail verification). */
async function linkForeignKey(credentialId: string): Promise<void> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  registerTestPasskey(credentialId, toBase64Url(await crypto.subtle.exportKey('spki', pair.publicKey)));
}

(globalThis as Record<string, unknown>).e2eLogin = {
  createPasskey,
  linkForeignKey,
  registerTestPasskey,
  approveQrFlow,
  configureMockIdentity,
  signedInMethods: [] as string[],
};
login.addEventListener('gu-login-signed-in', (event) => {
  const methods = ((globalThis as Record<string, unknown>).e2eLogin as { signedInMethods: string[] }).signedInMethods;
  methods.push(event.detail.method);
});
