/**
 * A stand-in for <gu-session> in widget tests and stories: provides a signed-in (or any) session snapshot on a
 * wrapper element, as <gu-session> would, without an identity provider. The session itself is tested in
 * test/core/session/.
 *
 *   const wrapper = await fixture(html`<div><gu-payments></gu-payments></div>`);   // or create the wrapper first
 *   const session = provideTestSession(wrapper, { level: 'standard' });
 *   session.update({ status: 'signed-out', reason: 'idle-timeout' });             // publish a new snapshot
 */
import { ContextProvider } from '@lit/context';
import { sessionContext, type Session } from '../components/core/session/session-context.js';

export interface TestSession {
  /** The snapshot widgets see now. */
  readonly current: Session;
  /** Publishes a new snapshot with these changes (a new object, as <gu-session> does). */
  update(changes: Partial<Session>): void;
  /** Calls made to the session's actions, in order: 'signIn:redirect', 'signOut', 'extend', 'renew' … */
  readonly calls: string[];
}

/** The default test citizen (matches the mock backend's default person only by level; names are illustrative). */
export const TEST_CITIZEN = {
  id: 'citizen-1',
  name: 'Петрова Анна Сергеевна',
  snilsMasked: '***-***-445 95',
  phoneMasked: '+7 (***) ***-45-67',
  emailMasked: 'an***@mail.ru',
} as const;

export function provideTestSession(host: HTMLElement, overrides: Partial<Session> = {}): TestSession {
  const calls: string[] = [];
  let token = 'test-token-1';
  const base: Session = {
    status: 'signed-in',
    citizen: TEST_CITIZEN,
    level: 'confirmed',
    apiBase: '/api',
    apiAuth: {
      getAccessToken: () => token,
      renewAccessToken: async () => {
        calls.push('renew');
        token = `test-token-${calls.length + 1}`;
        return token;
      },
    },
    signIn: async (method = 'redirect') => void calls.push(`signIn:${method}`),
    signOut: async () => void calls.push('signOut'),
    extend: async () => void calls.push('extend'),
    retry: async () => void calls.push('retry'),
    refresh: async () => void calls.push('refresh'),
    createAuthorizationRequest: async () => {
      throw new Error('provideTestSession: createAuthorizationRequest is not available in widget tests');
    },
    acceptAuthorizationResponse: async () => {
      throw new Error('provideTestSession: acceptAuthorizationResponse is not available in widget tests');
    },
    ...overrides,
  };
  const provider = new ContextProvider(host, { context: sessionContext, initialValue: base });
  return {
    get current() {
      return provider.value;
    },
    update(changes) {
      provider.setValue({ ...provider.value, ...changes });
    },
    calls,
  };
}
