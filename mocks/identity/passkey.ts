/**
 * Passkeys (WebAuthn): registration after login + password, sign-in with a real ECDSA P-256 assertion.
 */
import {
  IdentityProblem,
  flows,
  nowMs,
  passkeys,
  person,
  type Flow,
  type IdentityStep,
  type Passkey,
  type Schemas,
} from './store.js';
import { checkAuthorization, findAccount, finish, flowOf, newFlow } from './flows.js';
import { randomToken } from '../oidc/jwt.js';

// ——— Passkeys (WebAuthn) ———

export const b64urlBytes = (value: string): Uint8Array<ArrayBuffer> => {
  const base64 = value.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
};

export function clientDataOf(encoded: string): { type?: string; challenge?: string; origin?: string } {
  try {
    return JSON.parse(new TextDecoder().decode(b64urlBytes(encoded))) as {
      type?: string;
      challenge?: string;
      origin?: string;
    };
  } catch {
    throw new IdentityProblem(422, 'passkey-invalid');
  }
}

/** DER ECDSA signature → raw r‖s (64 bytes), as WebCrypto verifies it. */
export function derToRaw(der: Uint8Array): Uint8Array<ArrayBuffer> {
  const raw = new Uint8Array(64);
  let offset = 2;
  for (const index of [0, 1]) {
    if (der[offset] !== 0x02) throw new IdentityProblem(422, 'passkey-invalid');
    const length = der[offset + 1]!;
    let value = der.slice(offset + 2, offset + 2 + length);
    while (value.length > 32 && value[0] === 0) value = value.slice(1);
    raw.set(value, index * 32 + (32 - value.length));
    offset += 2 + length;
  }
  return raw;
}

/** `POST /identity/passkey` (sign-in) and `/identity/passkey/registration` (after login + password). */
export function startPasskey(body: Schemas['IdentityAuthorizationOnly'], rpId: string): IdentityStep {
  const flow = newFlow('passkey', {
    ...(body.authorization ? { authorization: checkAuthorization(body.authorization) } : {}),
    challenge: randomToken(32),
  });
  return { flowId: flow.id, step: 'passkey', publicKey: { challenge: flow.challenge!, rpId, timeout: 60_000 } };
}

export function startPasskeyRegistration(
  body: Schemas['IdentityPasskeyRegistrationRequest'],
  rpId: string,
): IdentityStep {
  const account = findAccount(body.login);
  if (!account || account.password !== body.password) throw new IdentityProblem(401, 'bad-credentials');
  const flow = newFlow('passkey-registration', { personId: account.personId, challenge: randomToken(32) });
  const profile = person(account.personId);
  return {
    flowId: flow.id,
    step: 'passkey',
    publicKey: {
      challenge: flow.challenge!,
      rpId,
      rpName: 'Госуслуги (gu-kit mock)',
      timeout: 60_000,
      userId: btoa(account.personId).replaceAll('=', ''),
      userName: body.login,
      userDisplayName: profile ? `${profile.surname} ${profile.name}` : body.login,
    },
  };
}

export function checkClientData(encoded: string, type: string, flow: Flow, rpId: string): void {
  const data = clientDataOf(encoded);
  let originHost = '';
  try {
    originHost = new URL(data.origin ?? '').hostname;
  } catch {
    // An unparsable origin fails the check below.
  }
  if (data.type !== type || data.challenge !== flow.challenge || originHost !== rpId)
    throw new IdentityProblem(422, 'passkey-invalid');
}

export function registerPasskey(
  flowId: string,
  body: Schemas['IdentityPasskeyAttestation'],
  rpId: string,
): IdentityStep {
  const flow = flowOf(flowId, ['passkey-registration']);
  checkClientData(body.clientDataJSON, 'webauthn.create', flow, rpId);
  if (body.algorithm !== -7) throw new IdentityProblem(422, 'passkey-algorithm');
  passkeys.set(body.credentialId, {
    personId: flow.personId!,
    publicKey: body.publicKey,
    algorithm: body.algorithm,
    createdAt: new Date(nowMs()).toISOString(),
  });
  flows.delete(flow.id);
  return { flowId: flow.id, step: 'done' };
}

export async function verifyPasskey(
  flowId: string,
  body: Schemas['IdentityPasskeyAssertion'],
  rpId: string,
): Promise<IdentityStep> {
  const flow = flowOf(flowId, ['passkey']);
  const passkey = passkeys.get(body.credentialId);
  if (!passkey) throw new IdentityProblem(422, 'passkey-unknown');
  checkClientData(body.clientDataJSON, 'webauthn.get', flow, rpId);
  const authenticatorData = b64urlBytes(body.authenticatorData);
  const rpIdHash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(rpId)));
  if (authenticatorData.length < 37 || rpIdHash.some((byte, index) => authenticatorData[index] !== byte))
    throw new IdentityProblem(422, 'passkey-invalid');
  if ((authenticatorData[32]! & 0x01) === 0) throw new IdentityProblem(422, 'passkey-invalid');
  const clientHash = new Uint8Array(await crypto.subtle.digest('SHA-256', b64urlBytes(body.clientDataJSON)));
  const signed = new Uint8Array(authenticatorData.length + 32);
  signed.set(authenticatorData);
  signed.set(clientHash, authenticatorData.length);
  if (!(await passkeySignatureValid(passkey, body.signature, signed)))
    throw new IdentityProblem(422, 'passkey-invalid');
  passkey.lastUsedAt = new Date(nowMs()).toISOString();
  return finish(flow, passkey.personId);
}

/** Whether a signature (base64url) over `signed` verifies with the passkey's public key: ES256 (-7) or RS256 (-257). */
export async function passkeySignatureValid(
  passkey: Passkey,
  signature: string,
  signed: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const rsa = passkey.algorithm === -257;
  const algorithm = rsa ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } : { name: 'ECDSA', namedCurve: 'P-256' };
  const key = await crypto.subtle.importKey('spki', b64urlBytes(passkey.publicKey), algorithm, false, ['verify']);
  const bytes = b64urlBytes(signature);
  return rsa
    ? crypto.subtle.verify({ name: 'RSASSA-PKCS1-v1_5' }, key, bytes, signed)
    : crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, derToRaw(bytes), signed);
}

/** Links a passkey (SPKI public key, base64url) to a person without the WebAuthn ceremony (tests). */
export function registerTestPasskey(credentialId: string, publicKey: string, personId = 'person-1'): void {
  passkeys.set(credentialId, { personId, publicKey, algorithm: -7 });
}
