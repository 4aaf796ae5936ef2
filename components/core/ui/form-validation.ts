import { GuErrorSummary } from './error-summary.js';
import { GuFormControl } from './form-control.js';

/** One failed field of a form. */
export interface FormValidationError {
  /** The control that failed (a gu control or a native input). */
  control: HTMLElement;
  /** Its localised message. */
  message: string;
}

/** The outcome of `validateForm`. */
export interface FormValidationResult {
  /** True when every control is valid. */
  valid: boolean;
  /** The failed controls in document order. */
  errors: FormValidationError[];
}

type NativeControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function labelOf(control: HTMLElement): string {
  if (control instanceof GuFormControl) return control.label;
  const labels = (control as NativeControl).labels;
  return labels?.[0]?.textContent?.trim() ?? control.getAttribute('aria-label') ?? '';
}

/**
 * Validates a form the gu-kit way (call it from the form's `submit` handler, on a `<form novalidate>`):
 * every gu control shows its error as after a submit, the form's `<gu-error-summary>` lists the errors and
 * receives focus. Returns whether the form is valid and the errors.
 *
 *   form.addEventListener('submit', (event) => { if (!validateForm(form).valid) event.preventDefault(); });
 */
export function validateForm(form: HTMLFormElement): FormValidationResult {
  const errors: FormValidationError[] = [];
  for (const element of Array.from(form.elements)) {
    if (element instanceof GuFormControl) {
      element.showErrors();
      if (!element.willValidate) continue;
      if (!element.checkValidity()) errors.push({ control: element, message: element.validationMessage });
    } else if (
      (element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement) &&
      element.willValidate &&
      !element.checkValidity()
    ) {
      errors.push({ control: element, message: element.validationMessage });
    }
  }
  const summary = form.querySelector('gu-error-summary');
  if (summary instanceof GuErrorSummary) {
    summary.errors = errors.map(({ control, message }) => ({ control, message, label: labelOf(control) }));
    if (errors.length > 0) {
      void summary.updateComplete.then(() => summary.focus());
    }
  }
  return { valid: errors.length === 0, errors };
}
