/** gu-kit form controls: classes (no side effects). Import the `gu-*.js` modules to register the elements. */
export {
  GuFormControl,
  fieldStyles,
  formControlMessages,
  type FieldIssue,
  type ControlRenderContext,
  type InputAttributes,
  type FormControlMessages,
} from './form-control.js';
export { GuTextField, type TextFieldKind } from './text-field.js';
export { GuPasswordField } from './password-field.js';
export { GuOtpField, GuOtpCompleteEvent, type GuOtpCompleteDetail } from './otp-field.js';
export { GuButton, type GuButtonVariant } from './button.js';
export { GuErrorSummary, type GuErrorSummaryItem } from './error-summary.js';
export { validateForm, type FormValidationError, type FormValidationResult } from './form-validation.js';
export { fieldsRu, fieldsEn, type FieldsMessages } from './locales/fields.js';
