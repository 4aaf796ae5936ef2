/**
 * <gu-login>'s light-DOM form pieces: core/ui/light-dom-form's fields and error summary with the `gu-login` classes
 * (the widget's adopted stylesheet styles them), and its form state.
 */
import { lightDomFields } from '../core/ui/light-dom-form.js';

export { FormState, digitsOnly, limitMessage, type FieldOptions } from '../core/ui/light-dom-form.js';

export const { field, errorSummary } = lightDomFields('gu-login');
