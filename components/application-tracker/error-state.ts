/**
 * What the tracker shows when a load fails (the list, a detail, the thread, the chart): <gu-error-state> says what went
 * wrong by the error's kind and offers «Повторить» (always with `retryable`, else when the kind allows it).
 */
import { html, type TemplateResult } from 'lit';
import { isApiError } from '../core/api/api-error.js';
import '../core/ui/gu-error-state.js';

export function errorState(
  error: unknown,
  headingLevel: number,
  retry: () => unknown,
  retryable = false,
): TemplateResult {
  return html`<gu-error-state
    ?retryable=${retryable}
    heading-level=${headingLevel}
    .error=${isApiError(error) ? error : { kind: 'server' }}
    @gu-error-state-retry=${retry}
  ></gu-error-state>`;
}
