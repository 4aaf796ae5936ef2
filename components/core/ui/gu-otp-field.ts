import { GuOtpField } from './otp-field.js';

if (!customElements.get('gu-otp-field')) customElements.define('gu-otp-field', GuOtpField);

declare global {
  interface HTMLElementTagNameMap {
    'gu-otp-field': GuOtpField;
  }
}

export { GuOtpField };
export { GuOtpCompleteEvent, type GuOtpCompleteDetail } from './otp-field.js';
