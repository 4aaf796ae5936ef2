/**
 * A demo signer for <gu-verification>'s electronic-signature method (stories, tests, the demo): it lists two
 * certificates — one valid, one expired — and "signs" with `mockSignature`, the stand-in the mock checks. It is not
 * cryptography; a portal gives the element an adapter of the citizen's real signing software (e.g. КриптоПро).
 */
import type { SignatureProvider, SigningCertificate } from '../../components/verification/api.js';
import { mockSignature } from './signature.js';

/** The certificates the demo signer lists. */
export const DEMO_CERTIFICATES: readonly SigningCertificate[] = [
  {
    thumbprint: 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678',
    subject: 'Гаврилова Анна Сергеевна',
    issuer: 'УЦ ФНС России',
    validTo: '2099-12-31',
  },
  {
    thumbprint: '0F1E2D3C4B5A69788796A5B4C3D2E1F009876543',
    subject: 'Гаврилова Анна Сергеевна',
    issuer: 'АО «Тестовый УЦ»',
    validTo: '2020-06-30',
  },
];

/** A demo signing provider; `delayMs` makes it as slow as a token asking for a PIN. */
export function createDemoSigner(options: { certificates?: readonly SigningCertificate[]; delayMs?: number } = {}) {
  const certificates = options.certificates ?? DEMO_CERTIFICATES;
  const wait = () => new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0));
  const signer: SignatureProvider = {
    async listCertificates() {
      await wait();
      return certificates.map((certificate) => ({ ...certificate }));
    },
    async sign(thumbprint, data) {
      await wait();
      return mockSignature(thumbprint, data);
    },
  };
  return signer;
}
