import { expect } from '@open-wc/testing';
import { IndexedDbDPoPStore, User, UserManager } from 'oidc-client-ts';
import {
  authorizationHeaders,
  dpopSettings,
  isDpopTokenType,
  providerSupportsDpop,
  proofTargetUri,
} from '../../../components/core/session/dpop.js';
import { userManagerSettings } from '../../../components/core/session/user-manager-registry.js';
import { RequestStateStore } from '../../../components/core/session/state-store.js';

const b64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromB64url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const decode = (part: string) => JSON.parse(new TextDecoder().decode(fromB64url(part))) as Record<string, unknown>;

const CLIENT = `dpop-unit-${Math.random().toString(36).slice(2)}`;
const config = {
  authority: 'https://id.example',
  clientId: CLIENT,
  redirectUri: 'https://portal.example/',
  scope: 'openid',
  expiringNotification: 60,
  renewRetries: 2,
  metadata: { issuer: 'https://id.example', token_endpoint: 'https://id.example/token' },
};

function dpopUser(token: string, tokenType = 'DPoP'): User {
  return new User({
    access_token: token,
    token_type: tokenType,
    profile: { sub: 's', iss: 'i', aud: 'a', exp: 0, iat: 0 },
  });
}

describe('gu-session DPoP (requirement 8)', () => {
  after(async () => {
    await new IndexedDbDPoPStore().remove(CLIENT).catch(() => undefined);
  });

  it('is enabled when discovery advertises ES256 in dpop_signing_alg_values_supported', () => {
    expect(providerSupportsDpop({ issuer: 'x' })).to.equal(false);
    expect(providerSupportsDpop({ dpop_signing_alg_values_supported: ['EdDSA'] } as never)).to.equal(false);
    expect(providerSupportsDpop({ dpop_signing_alg_values_supported: ['ES256', 'EdDSA'] } as never)).to.equal(true);
    expect(providerSupportsDpop(undefined)).to.equal(false);
  });

  it('configures the UserManager with bind_authorization_code and the IndexedDB key store (only when on)', () => {
    const on = userManagerSettings({ ...config, dpop: true }, new RequestStateStore());
    expect(on.dpop?.bind_authorization_code).to.equal(true);
    expect(on.dpop?.store).to.be.instanceOf(IndexedDbDPoPStore);
    expect(userManagerSettings(config, new RequestStateStore())).not.to.have.property('dpop');
    expect(dpopSettings().bind_authorization_code).to.equal(true);
  });

  it('reads the token type and drops query and fragment from htu', () => {
    expect(isDpopTokenType('DPoP')).to.equal(true);
    expect(isDpopTokenType('dpop')).to.equal(true);
    expect(isDpopTokenType('Bearer')).to.equal(false);
    expect(isDpopTokenType(undefined)).to.equal(false);
    expect(proofTargetUri('https://api.example/a/b?x=1#f')).to.equal('https://api.example/a/b');
  });

  it('Bearer when DPoP is off or the token is not DPoP-bound', async () => {
    const request = { accessToken: 't', url: 'https://api.example/me', method: 'GET' };
    expect(await authorizationHeaders(undefined, true, dpopUser('t'), request)).to.deep.equal({
      Authorization: 'Bearer t',
    });
    const userManager = new UserManager(userManagerSettings({ ...config, dpop: true }, new RequestStateStore()));
    expect(await authorizationHeaders(userManager, false, dpopUser('t'), request)).to.deep.equal({
      Authorization: 'Bearer t',
    });
    expect(await authorizationHeaders(userManager, true, dpopUser('t', 'Bearer'), request)).to.deep.equal({
      Authorization: 'Bearer t',
    });
  });

  it('DPoP + a proof: ES256 over a public jwk, htm, htu without query, ath of this token, the nonce', async () => {
    const settings = userManagerSettings({ ...config, dpop: true }, new RequestStateStore());
    const userManager = new UserManager(settings);
    const jkt = await userManager.generateDPoPJkt(settings.dpop!);
    expect(jkt).to.match(/^[\w-]{43}$/);
    const state = await settings.dpop!.store.get(CLIENT);
    expect(state.keys.privateKey.extractable, 'the private key is not extractable').to.equal(false);

    // The token of this attempt (newer than the session's user) is the one hashed into ath.
    const headers = await authorizationHeaders(userManager, true, dpopUser('old-token'), {
      accessToken: 'new-token',
      url: 'https://api.example/resource/me?page=2#x',
      method: 'post',
      nonce: 'server-nonce',
    });
    expect(headers.Authorization).to.equal('DPoP new-token');
    const [h, p, s] = headers.DPoP!.split('.') as [string, string, string];
    const header = decode(h) as { typ: string; alg: string; jwk: JsonWebKey };
    const payload = decode(p);
    expect(header.typ).to.equal('dpop+jwt');
    expect(header.alg).to.equal('ES256');
    expect(header.jwk).not.to.have.property('d');
    expect(payload.htm).to.equal('POST');
    expect(payload.htu).to.equal('https://api.example/resource/me');
    expect(payload.nonce).to.equal('server-nonce');
    expect(payload.jti).to.be.a('string');
    expect(Math.abs(Date.now() / 1000 - (payload.iat as number))).to.be.below(5);
    const ath = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('new-token')));
    expect(payload.ath).to.equal(ath);
    const key = await crypto.subtle.importKey('jwk', header.jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'verify',
    ]);
    const valid = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      fromB64url(s),
      new TextEncoder().encode(`${h}.${p}`),
    );
    expect(valid, 'the proof verifies with the header jwk').to.equal(true);
  });

  it('a DPoP-bound token without a key is an error, never a Bearer fallback', async () => {
    const settings = userManagerSettings(
      { ...config, clientId: `${CLIENT}-nokey`, dpop: true },
      new RequestStateStore(),
    );
    const userManager = new UserManager(settings);
    let failure: unknown;
    try {
      await authorizationHeaders(userManager, true, dpopUser('t'), {
        accessToken: 't',
        url: 'https://api.example/me',
        method: 'GET',
      });
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(Error);
  });
});
