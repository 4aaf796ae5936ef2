/**
 * core/api/webauthn.ts — the WebAuthn helpers <gu-login> and <gu-security-settings> share: base64url both ways, the
 * browser's refusals in the citizen's terms, and both ceremonies end to end with Chromium's virtual authenticator
 * (the public key the creation gives verifies the signature the request gives, as a server checks it).
 */
import { expect } from '@open-wc/testing';
import {
  createPasskeyCredential,
  fromBase64Url,
  getPasskeyAssertion,
  passkeyFailure,
  passkeySupport,
  toBase64Url,
} from '../../../components/core/api/webauthn.js';
import { addVirtualAuthenticator, removeVirtualAuthenticator, virtualCredentials } from '../../helpers/webauthn.js';

const random = (n: number): string => toBase64Url(crypto.getRandomValues(new Uint8Array(n)));

/** DER ECDSA signature → raw r‖s, as WebCrypto verifies it. */
function derToRaw(der: Uint8Array): Uint8Array<ArrayBuffer> {
  const raw = new Uint8Array(64);
  let offset = 2;
  for (const index of [0, 1]) {
    const length = der[offset + 1]!;
    let value = der.slice(offset + 2, offset + 2 + length);
    while (value.length > 32 && value[0] === 0) value = value.slice(1);
    raw.set(value, index * 32 + (32 - value.length));
    offset += 2 + length;
  }
  return raw;
}

describe('core/api webauthn', () => {
  afterEach(() => removeVirtualAuthenticator());

  it('writes base64url without padding and reads it back, with or without padding', () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0xfe, 0x00, 0x3e, 0x3f]);
    expect(toBase64Url(bytes)).to.equal('-__-AD4_');
    expect([...fromBase64Url('-__-AD4_')]).to.deep.equal([...bytes]);
    expect([...fromBase64Url(toBase64Url(new Uint8Array([1])))]).to.deep.equal([1]);
    expect([...fromBase64Url('AQ==')]).to.deep.equal([1]);
    expect(toBase64Url(new Uint8Array([1, 2]).buffer)).to.equal('AQI');
  });

  it('says why a ceremony failed in the citizen’s terms', () => {
    expect(passkeyFailure(new DOMException('x', 'NotAllowedError'))).to.equal('cancelled');
    expect(passkeyFailure(new DOMException('x', 'AbortError'))).to.equal('cancelled');
    expect(passkeyFailure(new DOMException('x', 'InvalidStateError'))).to.equal('exists');
    expect(passkeyFailure(new DOMException('x', 'NotSupportedError'))).to.equal('unsupported');
    expect(passkeyFailure(new DOMException('x', 'SecurityError'))).to.equal('insecure');
    expect(passkeyFailure(new Error('x'))).to.equal('other');
    expect(passkeyFailure('x')).to.equal('other');
  });

  it('sees this page as able to use passkeys (a secure context with WebAuthn)', () => {
    expect(passkeySupport()).to.equal('supported');
  });

  it('makes a passkey and signs a challenge with it that the public key verifies', async () => {
    await addVirtualAuthenticator();
    const created = await createPasskeyCredential({
      challenge: random(32),
      rpId: location.hostname,
      rpName: 'gu-kit test',
      userId: toBase64Url(new TextEncoder().encode('person-1')),
      userName: 'confirmed',
      userDisplayName: 'Test Citizen',
      timeout: 10_000,
    });
    expect(created.algorithm).to.equal(-7);
    const held = await virtualCredentials();
    expect(held.map((item) => item.credentialId)).to.deep.equal([created.credentialId]);
    expect(JSON.parse(new TextDecoder().decode(fromBase64Url(created.clientDataJSON))).type).to.equal(
      'webauthn.create',
    );

    const challenge = random(32);
    const assertion = await getPasskeyAssertion({
      challenge,
      rpId: location.hostname,
      timeout: 10_000,
      allowCredentials: [created.credentialId],
    });
    expect(assertion.credentialId).to.equal(created.credentialId);
    const clientData = JSON.parse(new TextDecoder().decode(fromBase64Url(assertion.clientDataJSON)));
    expect(clientData).to.include({ type: 'webauthn.get', challenge });
    const authenticatorData = fromBase64Url(assertion.authenticatorData);
    const clientHash = new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64Url(assertion.clientDataJSON)));
    const signed = new Uint8Array(authenticatorData.length + 32);
    signed.set(authenticatorData);
    signed.set(clientHash, authenticatorData.length);
    const key = await crypto.subtle.importKey(
      'spki',
      fromBase64Url(created.publicKey),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const ok = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      derToRaw(fromBase64Url(assertion.signature)),
      signed,
    );
    expect(ok, 'the signature verifies with the public key the creation gave').to.equal(true);
    expect(assertion.userHandle).to.equal(toBase64Url(new TextEncoder().encode('person-1')));
  });

  it('rejects a second passkey on the same device as `exists`, and no authenticator as `cancelled`', async () => {
    await addVirtualAuthenticator();
    const options = {
      challenge: random(32),
      rpId: location.hostname,
      rpName: 'gu-kit test',
      userId: random(8),
      userName: 'confirmed',
      userDisplayName: 'Test Citizen',
      timeout: 5_000,
    };
    const first = await createPasskeyCredential(options);
    const again = await createPasskeyCredential({ ...options, excludeCredentials: [first.credentialId] }).catch(
      (error: unknown) => error,
    );
    expect(passkeyFailure(again)).to.equal('exists');
    await removeVirtualAuthenticator();
    const none = await getPasskeyAssertion({ challenge: random(32), rpId: location.hostname, timeout: 1_000 }).catch(
      (error: unknown) => error,
    );
    expect(passkeyFailure(none)).to.equal('cancelled');
  });
});
