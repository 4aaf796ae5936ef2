/**
 * The wording of a failed summary request, from the core catalog (core/i18n): loaded by <gu-payments-due> only when
 * its request failed, so the first render does not carry the core strings.
 */
import { isApiError } from '../core/api/api-error.js';
import { apiErrorMessage, coreMessages, type Locale } from '../core/i18n/index.js';

/** What to tell the citizen about `error` (undefined when the core catalog has nothing more precise). */
export function failureText(locale: Locale, error: unknown): string | undefined {
  return apiErrorMessage(coreMessages[locale], isApiError(error) ? error.kind : 'server');
}
