import { expect } from '@open-wc/testing';
import { createApiClient } from '../../../components/core/api/index.js';
import { http, HttpResponse } from 'msw';
import { oidcStats, setOidcFault, configureMockOidc } from '../../../mocks/oidc/index.js';
import { captureUncaught, freshSession, mountSession, signInEmbedded, waitForStatus } from './session-harness.js';

describe('gu-session: bad input ends in an error state with a working retry', () => {
  let uncaught: ReturnType<typeof captureUncaught>;
  beforeEach(async () => {
    await freshSession();
    uncaught = captureUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    setOidcFault(null);
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
  });

  for (const fault of ['wrong-audience', 'wrong-nonce'] as const) {
    it(`rejects an ID token with ${fault} (error kind id-token), then signs in after retry`, async () => {
      const element = await mountSession();
      setOidcFault(fault);
      let failure: unknown;
      await signInEmbedded(element).catch((error: unknown) => (failure = error));
      expect((failure as { kind?: string }).kind).to.equal('id-token');
      expect(element.session.status).to.equal('error');
      expect(element.session.error?.kind).to.equal('id-token');
      expect(await element.session.apiAuth.getAccessToken(), 'no token kept').to.equal(null);
      const notice = element.querySelector('gu-session-notice')!;
      await notice.updateComplete;
      expect(notice.shadowRoot!.querySelector('gu-error-state')).to.exist;
      setOidcFault(null);
      await element.session.retry();
      expect(element.session.status).to.equal('signed-out');
      await signInEmbedded(element);
      expect(element.session.status).to.equal('signed-in');
    });
  }

  it('shows a malformed discovery document as error kind discovery; retry recovers', async () => {
    setOidcFault('discovery-malformed');
    const element = await mountSession();
    expect(element.session.status).to.equal('error');
    expect(element.session.error?.kind).to.equal('discovery');
    setOidcFault(null);
    await element.session.retry();
    await waitForStatus(element, ['signed-out']);
  });

  it('shows a token endpoint 500 during renewal as error kind token; retry renews', async () => {
    const element = await mountSession();
    await signInEmbedded(element);
    setOidcFault('token-500');
    await element.session.extend();
    expect(element.session.status).to.equal('error');
    expect(element.session.error?.kind).to.equal('token');
    setOidcFault(null);
    const before = oidcStats().refreshCalls;
    await element.session.retry();
    expect(element.session.status).to.equal('signed-in');
    expect(oidcStats().refreshCalls).to.equal(before + 1);
  });

  it('shows a network drop mid-renewal as error kind network; retry renews', async () => {
    const element = await mountSession();
    await signInEmbedded(element);
    setOidcFault('token-network');
    await element.session.extend();
    expect(element.session.error?.kind).to.equal('network');
    setOidcFault(null);
    await element.session.retry();
    expect(element.session.status).to.equal('signed-in');
  });

  it('shows a token endpoint 500 during the code exchange as error kind token', async () => {
    const element = await mountSession();
    setOidcFault('token-500');
    await signInEmbedded(element).catch(() => undefined);
    expect(element.session.error?.kind).to.equal('token');
    setOidcFault(null);
    await element.session.retry();
    await signInEmbedded(element);
    expect(element.session.status).to.equal('signed-in');
  });

  it('signs out with session-ended when the provider refuses the refresh token', async () => {
    const element = await mountSession();
    await signInEmbedded(element);
    setOidcFault('refresh-invalid-grant');
    await element.session.extend();
    expect(element.session.status).to.equal('signed-out');
    expect(element.session.reason).to.equal('session-ended');
  });

  it('an API that keeps answering 401 gets exactly one renewal, then the session is signed out (unauthorized)', async () => {
    const worker = await freshSession();
    const element = await mountSession();
    await signInEmbedded(element);
    let apiCalls = 0;
    worker.use(
      http.get('*/api/profile', () => {
        apiCalls += 1;
        return HttpResponse.json({ code: 'unauthorized', message: 'Нет доступа' }, { status: 401 });
      }),
    );
    const client = createApiClient({ baseUrl: element.session.apiBase, auth: element.session.apiAuth });
    const before = oidcStats().refreshCalls;
    await client.get('profile').catch(() => undefined);
    await client.get('profile').catch(() => undefined);
    await client.get('profile').catch(() => undefined);
    expect(oidcStats().refreshCalls - before, 'token calls').to.equal(1);
    expect(element.session.status).to.equal('signed-out');
    expect(element.session.reason).to.equal('unauthorized');
    expect(apiCalls, 'no loop').to.be.at.most(4);
  });

  it('renews an access token about to expire before handing it to the API', async () => {
    configureMockOidc({ accessTokenTtl: 3 });
    const element = await mountSession();
    await signInEmbedded(element);
    const first = await element.session.apiAuth.getAccessToken();
    const before = oidcStats().refreshCalls;
    const second = await element.session.apiAuth.getAccessToken();
    expect(oidcStats().refreshCalls).to.equal(before + 1);
    expect(second).to.be.a('string').and.not.equal(first);
  });
});
