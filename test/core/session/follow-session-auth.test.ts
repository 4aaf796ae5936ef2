import { expect } from '@open-wc/testing';
import { followSessionAuth, type Session } from '../../../components/core/session/session-context.js';

/** A snapshot with only what followSessionAuth reads. */
function snapshot(apiAuth: Session['apiAuth']): Session {
  return { apiAuth } as Session;
}

describe('followSessionAuth (widgets’ API clients follow the current session)', () => {
  it('reads the token of the snapshot current at call time', async () => {
    let current = snapshot({ getAccessToken: () => 'first' });
    const auth = followSessionAuth(() => current);
    expect(await auth.getAccessToken()).to.equal('first');
    current = snapshot({ getAccessToken: () => 'second' });
    expect(await auth.getAccessToken()).to.equal('second');
  });

  it('keeps the DPoP authorize hook, and falls back to Bearer without one', async () => {
    let current = snapshot({
      getAccessToken: () => 'tok',
      authorize: ({ accessToken, method }) => ({ Authorization: `DPoP ${accessToken}`, DPoP: `proof-for-${method}` }),
    });
    const auth = followSessionAuth(() => current);
    const request = { accessToken: 'tok', url: 'https://portal.example/api/x', method: 'GET' };
    expect(await auth.authorize!(request)).to.deep.equal({ Authorization: 'DPoP tok', DPoP: 'proof-for-GET' });
    current = snapshot({ getAccessToken: () => 'tok' });
    expect(await auth.authorize!(request)).to.deep.equal({ Authorization: 'Bearer tok' });
  });

  it('forwards renewal and the end-of-session signal; no session means no token', async () => {
    const calls: string[] = [];
    let current: Session | undefined = snapshot({
      getAccessToken: () => 'tok',
      renewAccessToken: async () => {
        calls.push('renew');
        return 'new';
      },
      onUnauthorized: () => void calls.push('unauthorized'),
    });
    const auth = followSessionAuth(() => current);
    expect(await auth.renewAccessToken!()).to.equal('new');
    auth.onUnauthorized!();
    expect(calls).to.deep.equal(['renew', 'unauthorized']);
    current = undefined;
    expect(await auth.getAccessToken()).to.equal(null);
    expect(await auth.renewAccessToken!()).to.equal(null);
  });
});
