/**
 * Sign-in with an e-signature: a challenge signed with one of the mock certificates.
 */
import { IdentityProblem, nowMs, type IdentityStep, type Schemas } from './store.js';
import { checkAuthorization, finish, flowOf, newFlow } from './flows.js';
import { randomToken } from '../oidc/jwt.js';

// ——— E-signature ———

export async function sha256Base64Url(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** `POST /identity/signature`. */
export function startSignature(
  body: Schemas['IdentityAuthorizationOnly'],
  certificates: Array<{ id: string; owner: string; issuer: string; validFrom: string; validTo: string }>,
): IdentityStep {
  const flow = newFlow('signature', {
    ...(body.authorization ? { authorization: checkAuthorization(body.authorization) } : {}),
    challenge: randomToken(24),
  });
  const today = new Date(nowMs()).toISOString().slice(0, 10);
  return {
    flowId: flow.id,
    step: 'signature',
    challenge: flow.challenge!,
    certificates: certificates.map(({ id, owner, issuer, validFrom, validTo }) => ({
      id,
      owner,
      issuer,
      validFrom,
      validTo,
      expired: validTo < today,
    })),
  };
}

/** `POST /identity/flows/{flowId}/signature`: the mock signature is base64url(SHA-256(`<certificateId>:<challenge>`)). */
export async function verifySignature(
  flowId: string,
  body: Schemas['IdentitySignatureRequest'],
  certificates: Array<{ id: string; validTo: string; personId: string }>,
): Promise<IdentityStep> {
  const flow = flowOf(flowId, ['signature']);
  const certificate = certificates.find((item) => item.id === body.certificateId);
  if (!certificate) throw new IdentityProblem(422, 'certificate-unknown');
  if (certificate.validTo < new Date(nowMs()).toISOString().slice(0, 10))
    throw new IdentityProblem(422, 'certificate-expired');
  if ((await sha256Base64Url(`${certificate.id}:${flow.challenge}`)) !== body.signature)
    throw new IdentityProblem(422, 'signature-invalid');
  return finish(flow, certificate.personId);
}
