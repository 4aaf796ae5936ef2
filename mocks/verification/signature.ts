/** The electronic signature in the verification mock: the challenge to sign and the check of certificate and signature. */
import type { Profile } from '../db/index.js';
import { fail } from './errors.js';
import { today, type ConfirmationRecord, type Schemas } from './store.js';

/** The signature the mock signer makes and the mock checks: not cryptography, a stand-in for a CAdES signature. */
export function mockSignature(thumbprint: string, challenge: string): string {
  const bytes = new TextEncoder().encode(`gu-kit-mock-signature:${thumbprint}:${challenge}`); // the challenge is Cyrillic
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
}

/** Starts a signature confirmation: the text the citizen's signing software signs. */
export function startSignature(record: ConfirmationRecord, person: Profile): void {
  record.challenge = `Подтверждаю личность для учётной записи ${person.id}. ${record.id}`;
}

/** Certificate and signature: confirmed when the certificate is valid and the signature is the mock signer's. */
export function completeSignature(
  record: ConfirmationRecord,
  body: Record<string, unknown>,
  request: Request,
): 'confirmed' | Response {
  const certificate = body['certificate'] as Schemas['SigningCertificate'] | undefined;
  const signature = body['signature'];
  if (!certificate || typeof certificate.thumbprint !== 'string' || typeof signature !== 'string')
    return fail(request, 422, 'validation-failed', [{ field: 'certificate', code: 'required' }]);
  if (certificate.validTo < today())
    return fail(request, 422, 'certificate-expired', [{ field: 'certificate', code: 'certificate-expired' }]);
  if (signature !== mockSignature(certificate.thumbprint, record.challenge ?? ''))
    return fail(request, 422, 'signature-invalid', [{ field: 'signature', code: 'signature-invalid' }]);
  return 'confirmed';
}
