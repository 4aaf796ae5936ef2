/**
 * The one guard of a renewal (components/core/session/renewal.ts): whatever asks for new tokens at the same time —
 * «Остаться в системе», a raised level's refresh, core/api after a 401, a widget's API client — the page calls the
 * token endpoint once, and every caller gets the same new token.
 */
import { expect } from '@open-wc/testing';
import { createApiClient } from '../../../components/core/api/index.js';
import { bearerHeaders } from '../../../components/core/api/bearer.js';
import { followSessionAuth } from '../../../components/core/session/session-context.js';
import { oidcStats } from '../../../mocks/oidc/index.js';
import { freshSession, mountSession, signInEmbedded } from './session-harness.js';

describe('session renewal: one guard for every cause', () => {
  beforeEach(async () => {
    await freshSession();
  });

  it('extend, refresh and two 401 renewals at once make one refresh-token call and share its token', async () => {
    const element = await mountSession();
    await signInEmbedded(element);
    const before = await element.session.apiAuth.getAccessToken();
    const calls = oidcStats().refreshCalls;
    const auth = element.session.apiAuth;
    const [, , first, second] = await Promise.all([
      element.session.extend(),
      element.session.refresh(),
      auth.renewAccessToken!(),
      followSessionAuth(() => element.session).renewAccessToken!(),
    ]);
    expect(oidcStats().refreshCalls - calls, 'one call to the token endpoint').to.equal(1);
    expect(first).to.be.a('string').and.not.equal(before);
    expect(second).to.equal(first);
    expect(await auth.getAccessToken()).to.equal(first);
    expect(element.session.status).to.equal('signed-in');
  });

  it('Bearer headers of a session without DPoP come from bearerHeaders()', async () => {
    const element = await mountSession();
    await signInEmbedded(element);
    const token = (await element.session.apiAuth.getAccessToken())!;
    const request = { accessToken: token, url: `${location.origin}/api/profile`, method: 'GET' };
    expect(await element.session.apiAuth.authorize!(request)).to.deep.equal(bearerHeaders(token));
    expect(bearerHeaders('abc')).to.deep.equal({ Authorization: 'Bearer abc' });
    // …and a widget's client sends exactly that.
    let seen: string | null = null;
    const client = createApiClient({
      baseUrl: '/api',
      auth: followSessionAuth(() => element.session),
      fetch: (_input, init) => {
        seen = new Headers(init?.headers).get('Authorization');
        return Promise.resolve(new Response('{}', { headers: { 'Content-Type': 'application/json' } }));
      },
    });
    await client.get('profile');
    expect(seen).to.equal(`Bearer ${token}`);
  });
});
