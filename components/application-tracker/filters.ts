/**
 * The filters panel of the list (statuses with counts, agency, period, reset) and the agencies it offers. Not in the
 * tracker's first render: the element starts loading this module together with its first list request and shows
 * the list once both are in, so the panel is there with the first list and costs no extra wait.
 */
import { html, type TemplateResult } from 'lit';
import { ApiError, type ApiClient } from '../core/api/index.js';
import { STATUSES, type ApplicationPage, type ApplicationStatus, type ListQuery } from './list-api.js';
import type { ListMessages } from './locales/list-ru.js';
import { filtersEn, filtersRu } from './locales/filters.js';

/** An agency of the filter. */
export type Agency = { id: string; title: string };

/** The agencies for the filter. */
export function fetchAgencies(client: ApiClient, signal?: AbortSignal): Promise<Agency[]> {
  return client.get('agencies', {
    signal,
    parse: (data) => {
      const items = typeof data === 'object' && data !== null ? (data as { items?: unknown }).items : undefined;
      if (!Array.isArray(items)) throw new ApiError('malformed', 'Response does not match the expected shape: items');
      return items.map((item: unknown, index): Agency => {
        const { id, title } = (typeof item === 'object' && item !== null ? item : {}) as Partial<Agency>;
        if (typeof id !== 'string' || typeof title !== 'string')
          throw new ApiError('malformed', `Response does not match the expected shape: items.${index}`);
        return { id, title };
      });
    },
  });
}

/** What the panel reads from and asks of the tracker. */
export interface FiltersContext {
  query: ListQuery;
  page: ApplicationPage | undefined;
  agencies: readonly Agency[];
  msg: ListMessages;
  /** The language `msg` is in (the panel's own strings follow it). */
  lang: string;
  number(value: number): string;
  setQuery(changes: Partial<ListQuery>): void;
  reset(): void;
}

function toggled(query: ListQuery, status: ApplicationStatus, checked: boolean): ApplicationStatus[] {
  const current = new Set(query.status ?? []);
  if (checked) current.add(status);
  else current.delete(status);
  return STATUSES.filter((s) => current.has(s));
}

/** The inside of `<details class="filters">`. */
export function renderFilters(ctx: FiltersContext): TemplateResult {
  const { msg: list, query: q, page } = ctx;
  const msg = { ...list, ...(ctx.lang === 'en' ? filtersEn : filtersRu) };
  return html`<div class="filter-grid">
    <fieldset>
      <legend>${msg.statusLegend}</legend>
      <div class="statuses">
        ${STATUSES.map(
          (status) =>
            html`<label class="check">
              <input
                type="checkbox"
                .checked=${q.status?.includes(status) ?? false}
                @change=${(e: Event) =>
                  ctx.setQuery({ status: toggled(ctx.query, status, (e.target as HTMLInputElement).checked) })}
              />
              <span>${msg.statusLabel(status)}${page ? ` (${ctx.number(page.counts[status])})` : ''}</span>
            </label>`,
        )}
      </div>
    </fieldset>
    <div class="field">
      <label for="agency">${msg.agencyLabel}</label>
      <select id="agency" @change=${(e: Event) => ctx.setQuery({ agencyId: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!q.agencyId}>${msg.agencyAll}</option>
        ${ctx.agencies.map((a) => html`<option value=${a.id} ?selected=${q.agencyId === a.id}>${a.title}</option>`)}
      </select>
    </div>
    <fieldset>
      <legend>${msg.periodLegend}</legend>
      <div class="period">
        <div class="field">
          <label for="from">${msg.periodFrom}</label>
          <input
            id="from"
            type="date"
            .value=${q.submittedFrom ?? ''}
            @change=${(e: Event) => ctx.setQuery({ submittedFrom: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="to">${msg.periodTo}</label>
          <input
            id="to"
            type="date"
            .value=${q.submittedTo ?? ''}
            @change=${(e: Event) => ctx.setQuery({ submittedTo: (e.target as HTMLInputElement).value })}
          />
        </div>
      </div>
    </fieldset>
    <div>
      <button class="btn" type="button" @click=${ctx.reset}>${msg.resetFilters}</button>
    </div>
  </div>`;
}
