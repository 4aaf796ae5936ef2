import { GuVerification } from './verification.js';

export { GuVerification };
export {
  GuContactConfirmedEvent,
  GuVerificationCompletedEvent,
  GuVerificationStepEvent,
  type StepData,
  type VerificationStep,
} from './shared.js';
export type { SignatureProvider, SigningCertificate } from './api.js';

if (!customElements.get('gu-verification')) customElements.define('gu-verification', GuVerification);

declare global {
  interface HTMLElementTagNameMap {
    'gu-verification': GuVerification;
  }
}
