/**
 * The identity mock's second factors as «Безопасность» sets them (issue 16, item two-factor), without a browser:
 * the sign-in's `totp` step checks real RFC 6238 codes (`otpauth`) against the account's app secret — ±1 step, a
 * wrong code counted —; a passkey signs in with an ES256 or an RS256 key (WebCrypto signatures over the
 * authenticator data and the client data's hash, as a browser's authenticator makes them) and the sign-in sets its
 * `lastUsedAt`; a bad signature is refused.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import {
  resetMockIdentity,
  sendCode,
  signIn,
  verifyCode,
  startPasskey,
  verifyPasskey,
} from '../../mocks/identity/identity.js';
import { accounts, passkeys } from '../../mocks/identity/store.js';

const RP_ID = 'localhost';
const authorization = {
  clientId: 'gu-kit-demo',
  redirectUri: 'http://localhost/',
  scope: 'openid',
  state: 's',
  nonce: 'n',
  codeChallenge: 'A'.repeat(43),
  codeChallengeMethod: 'S256' as const,
};
const b64url = (bytes: ArrayBuffer | Uint8Array): string => Buffer.from(new Uint8Array(bytes)).toString('base64url');

/** Raw r‖s (64 bytes) → DER, as an authenticator sends an ECDSA signature. */
function rawToDer(raw: Uint8Array): Uint8Array {
  const part = (bytes: Uint8Array): number[] => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
    const value = [...bytes.slice(start)];
    return value[0]! & 0x80 ? [0, ...value] : value;
  };
  const r = part(raw.slice(0, 32));
  const s = part(raw.slice(32));
  return Uint8Array.from([0x30, r.length + s.length + 4, 0x02, r.length, ...r, 0x02, s.length, ...s]);
}

/** Signs a passkey flow's challenge as an authenticator would; `tamper` breaks the signature. */
async function assertion(
  flowId: string,
  challenge: string,
  credentialId: string,
  key: CryptoKeyPair,
  rsa: boolean,
  tamper = false,
) {
  const clientDataJSON = new TextEncoder().encode(
    JSON.stringify({ type: 'webauthn.get', challenge, origin: `http://${RP_ID}:8000` }),
  );
  const rpIdHash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(RP_ID)));
  const authenticatorData = Uint8Array.from([...rpIdHash, 0x05, 0, 0, 0, 1]);
  const clientHash = new Uint8Array(await crypto.subtle.digest('SHA-256', clientDataJSON));
  const signed = Uint8Array.from([...authenticatorData, ...clientHash]);
  if (tamper) signed[0] = signed[0]! ^ 0xff;
  const signature = rsa
    ? new Uint8Array(await crypto.subtle.sign({ name: 'RSASSA-PKCS1-v1_5' }, key.privateKey, signed))
    : rawToDer(new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key.privateKey, signed)));
  return verifyPasskey(
    flowId,
    {
      credentialId,
      clientDataJSON: b64url(clientDataJSON),
      authenticatorData: b64url(authenticatorData),
      signature: b64url(signature),
    },
    RP_ID,
  );
}

describe('identity mock: second factors set in «Безопасность»', () => {
  beforeEach(() => resetMockIdentity());

  it('the totp step checks real codes against the account’s app secret', () => {
    const secret = Secret.fromBase32(accounts.get('person-1')!.identity.totpSecret!);
    const start = signIn({ login: 'confirmed', password: 'confirmed-2026', authorization });
    assert.equal(start.step, 'second-factor');
    const code = sendCode(start.flowId, 'totp');
    assert.equal(code.code?.method, 'totp');
    const now = TOTP.generate({ secret });
    const wrong = now === '000000' ? '111111' : '000000';
    assert.equal(verifyCode(start.flowId, { code: wrong }).problem, 'wrong-code');
    // The step before still counts (a clock a little behind), two steps before does not.
    const stale = TOTP.generate({ secret, timestamp: Date.now() - 60_000 });
    if (stale !== now && stale !== TOTP.generate({ secret, timestamp: Date.now() - 30_000 }))
      assert.equal(verifyCode(start.flowId, { code: stale }).problem, 'wrong-code');
    const previous = TOTP.generate({ secret, timestamp: Date.now() - 30_000 });
    assert.equal(verifyCode(start.flowId, { code: previous }).step, 'done');
  });

  for (const rsa of [false, true])
    it(`a passkey with an ${rsa ? 'RS256' : 'ES256'} key signs in, sets lastUsedAt; a bad signature is refused`, async () => {
      const key = (await crypto.subtle.generateKey(
        rsa
          ? {
              name: 'RSASSA-PKCS1-v1_5',
              modulusLength: 2048,
              publicExponent: new Uint8Array([1, 0, 1]),
              hash: 'SHA-256',
            }
          : { name: 'ECDSA', namedCurve: 'P-256' },
        true,
        ['sign', 'verify'],
      )) as CryptoKeyPair;
      const spki = b64url(await crypto.subtle.exportKey('spki', key.publicKey));
      passkeys.set('cred-1', { personId: 'person-1', publicKey: spki, algorithm: rsa ? -257 : -7, name: 'Ключ' });

      const bad = startPasskey({ authorization }, RP_ID);
      await assert.rejects(assertion(bad.flowId, bad.publicKey!.challenge, 'cred-1', key, rsa, true), {
        code: 'passkey-invalid',
      });
      assert.equal(passkeys.get('cred-1')!.lastUsedAt, undefined);

      const good = startPasskey({ authorization }, RP_ID);
      const done = await assertion(good.flowId, good.publicKey!.challenge, 'cred-1', key, rsa);
      assert.equal(done.step, 'done');
      assert.ok(passkeys.get('cred-1')!.lastUsedAt, 'the sign-in is remembered');
    });
});
