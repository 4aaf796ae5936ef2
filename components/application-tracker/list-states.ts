/**
 * The list's empty and loading states with their strings, loaded when one of them is first needed (an empty answer,
 * or no answer after LOADING_STATE_DELAY_MS): most citizens see neither, so the first render carries neither.
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../core/i18n/index.js';
import '../core/ui/gu-empty-state.js';
import '../core/ui/gu-loading-state.js';
import { listLater } from './locales/list-later.js';

/** No application at all, or none that matches the search and filters (`filtered`). */
export function emptyState(locale: Locale, filtered: boolean): TemplateResult {
  const msg = listLater(locale);
  return html`<gu-empty-state heading=${filtered ? msg.noMatchHeading : msg.emptyHeading} heading-level="3"
    >${filtered ? msg.noMatchText : msg.emptyText}</gu-empty-state
  >`;
}

/** The first answer is slow: a status that says the list is loading (announced by <gu-loading-state>). */
export function loadingState(locale: Locale): TemplateResult {
  return html`<gu-loading-state label=${listLater(locale).loadingList}></gu-loading-state>`;
}
