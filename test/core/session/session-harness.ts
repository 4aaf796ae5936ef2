/**
 * Harness of the session tests: a <gu-session> on the MSW mock provider (/mock-oidc), signed in through the
 * embedded hand-over (createAuthorizationRequest → POST /mock-oidc/embedded/authorize → acceptAuthorizationResponse).
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/core/session/gu-session.js';
import '../../../components/core/session/gu-session-notice.js';
import '../../../components/core/session/gu-sign-out-button.js';
import type { GuSession } from '../../../components/core/session/session-element.js';
import type { SessionStatus } from '../../../components/core/session/session-context.js';
import { resetSessionCoresForTests } from '../../../components/core/session/session-core.js';
import { resetUserManagersForTests } from '../../../components/core/session/user-manager-registry.js';
import { resetDiscoveryForTests } from '../../../components/core/session/discovery.js';
import { resetMockOidc, TEST_CITIZENS } from '../../../mocks/oidc/index.js';
import { useMockBackend } from '../../helpers/mock-backend.js';
import { signInAsTestCitizen } from '../../../mocks/oidc/embedded-sign-in.js';

export const AUTHORITY = '/mock-oidc';

let clientCounter = 0;

/** Fresh mock provider and session registries; returns the MSW worker. */
export async function freshSession() {
  resetSessionCoresForTests();
  resetUserManagersForTests();
  resetDiscoveryForTests();
  const worker = await useMockBackend('default');
  resetMockOidc();
  return worker;
}

/** A unique client id per test (one session core per authority and client). */
export function nextClientId(): string {
  clientCounter += 1;
  return `gu-kit-test-${clientCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Mounts a gu-session with a notice inside and waits until it has left `unknown`. */
export async function mountSession(
  attributes: Record<string, string> = {},
  content = html`<gu-session-notice></gu-session-notice>`,
): Promise<GuSession> {
  const clientId = attributes['client-id'] ?? nextClientId();
  const element = await fixture<GuSession>(
    html`<gu-session
      authority=${attributes['authority'] ?? AUTHORITY}
      client-id=${clientId}
      redirect-uri=${attributes['redirect-uri'] ?? `${location.origin}/`}
      idle-timeout=${attributes['idle-timeout'] ?? '900'}
      idle-warning=${attributes['idle-warning'] ?? '120'}
      post-logout-redirect-uri=${attributes['post-logout-redirect-uri'] ?? ''}
      ?share-tokens=${attributes['share-tokens'] !== undefined}
      >${content}</gu-session
    >`,
  );
  await waitForStatus(element, ['signed-out', 'signed-in', 'error', 'expired']);
  return element;
}

/** Waits until the element's snapshot has one of `statuses`. */
export async function waitForStatus(element: GuSession, statuses: SessionStatus[], timeout = 5000): Promise<void> {
  await waitUntil(
    () => statuses.includes(element.session.status),
    `status stayed ${element.session.status}, expected ${statuses.join(' | ')}`,
    { timeout },
  );
}

/** The embedded hand-over with a test citizen's credentials. Resolves when accepted (rejects like the session does). */
export async function signInEmbedded(element: GuSession, login: keyof typeof LOGINS = 'confirmed'): Promise<void> {
  await signInAsTestCitizen(element.session, AUTHORITY, login, LOGINS[login]);
}

const LOGINS = { confirmed: 'confirmed-2026', standard: 'standard-2026', simplified: 'simplified-2026' } as const;

export { TEST_CITIZENS };

/** Collects unhandled rejections and uncaught errors during a test. */
export function captureUncaught(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The focused element, looking inside shadow roots. */
export { deepActiveElement } from '../../helpers/perceive.js';
