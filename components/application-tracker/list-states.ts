/**
 * The list's empty, loading and error states and the text of a malformed row, with their strings, loaded when one of
 * them is first needed (an empty answer, no answer after LOADING_STATE_DELAY_MS, a failed request, a row the server
 * broke): most citizens see none of them, so the first render carries none.
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../core/i18n/index.js';
import '../core/ui/gu-empty-state.js';
import '../core/ui/gu-loading-state.js';
import { errorState } from './error-state.js';
import type { ListQuery } from './list-api.js';
import { listLater } from './locales/list-later.js';

/** No application at all, or none that matches the search and filters of `query`. */
export function emptyState(locale: Locale, query: ListQuery): TemplateResult {
  const msg = listLater(locale);
  const filtered = Boolean(
    query.q || query.status?.length || query.agencyId || query.submittedFrom || query.submittedTo,
  );
  return html`<gu-empty-state heading=${filtered ? msg.noMatchHeading : msg.emptyHeading} heading-level="3"
    >${filtered ? msg.noMatchText : msg.emptyText}</gu-empty-state
  >`;
}

/** A row the server sent malformed: what could not be shown (with its number when that was readable). */
export function rowError(locale: Locale, number: string | undefined): string {
  const msg = listLater(locale);
  return number ? msg.rowErrorNumber(number) : msg.rowError;
}

/** The first answer is slow: a status that says the list is loading (announced by <gu-loading-state>). */
export function loadingState(locale: Locale): TemplateResult {
  return html`<gu-loading-state label=${listLater(locale).loadingList}></gu-loading-state>`;
}

/**
 * The list's request failed: what went wrong (by kind) and «Повторить» after any failure, a refused search too (the
 * server or a proxy may answer otherwise next time).
 */
export const listErrorState = (error: unknown, retry: () => void): TemplateResult => errorState(error, 3, retry, true);
