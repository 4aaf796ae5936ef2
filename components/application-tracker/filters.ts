/**
 * The filters panel of the list (statuses with counts, agency, period, reset) and the agencies it offers. Not in the
 * tracker's first render: the element starts loading this module together with its first list request and shows
 * the list once both are in, so the panel is there with the first list and costs no extra wait.
 */
import { css, html, type TemplateResult } from 'lit';
import { ApiError } from '../core/api/api-error.js';
import type { ApiClient } from '../core/api/request.js';
import { token } from '../core/theme/base-styles.js';
import { STATUSES, type ApplicationPage, type ApplicationStatus, type ListQuery } from './list-api.js';
import type { ListMessages } from './locales/list-ru.js';
import { filtersEn, filtersRu } from './locales/filters.js';

/** The panel's look; the tracker adds it to its shadow root when this module is in. */
export const filterStyles = css`
  .filter-grid {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${token('--gu-space')} * 2);
    padding-bottom: ${token('--gu-space')};
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
  }
  .statuses {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 4px calc(${token('--gu-space')} * 2);
    margin-top: 4px;
  }
  .check {
    display: flex;
    align-items: center;
    gap: ${token('--gu-space')};
    min-height: 32px;
    font-weight: 400;
  }
  .period {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--gu-space')};
  }
  input[type='date'] {
    min-height: 44px;
    max-width: 100%;
    padding: 0 ${token('--gu-space')};
    border: 1px solid ${token('--gu-color-border')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-surface')};
    color: ${token('--gu-color-text')};
    font: inherit;
  }
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
    accent-color: ${token('--gu-color-primary')};
  }
`;

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
