import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError } from '../../core/api/api-error.js';
import type { ApiClient } from '../../core/api/request.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { baseStyles, token } from '../../core/theme/base-styles.js';
import { WidgetPart } from '../../core/widget/widget-part.js';
import { controlStyles } from '../application-tracker.styles.js';
import type { TrackerContext } from '../context.js';
import { GuApplicationFiltersChangeEvent } from '../events.js';
import { STATUSES, type ApplicationStatus, type CountsByStatus, type ListQuery } from '../list-api.js';
import type { TrackerMessages } from '../locales/ru.js';
import { trackerMessages } from './messages.js';

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

function toggled(query: ListQuery, status: ApplicationStatus, checked: boolean): ApplicationStatus[] {
  const current = new Set(query.status ?? []);
  if (checked) current.add(status);
  else current.delete(status);
  return STATUSES.filter((s) => current.has(s));
}

/**
 * @summary The filters panel of `<gu-application-tracker>` (statuses with their counts, agency, period, reset), inside
 * its «Фильтры» disclosure. Asks for the agencies it offers when connected, again with each answer of the list until
 * they are in (until then it offers «all»); removed, it aborts that request. Not in the tracker's first render: loaded once the list's first answer is painted.
 * Internal to `<gu-application-tracker>`: a change goes to the tracker as `gu-application-filters-change` (internal).
 */
export class GuApplicationFilters extends WidgetPart<TrackerContext, TrackerMessages> {
  static override styles = [
    baseStyles,
    controlStyles,
    css`
      :host {
        display: block;
      }
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
      input[type='checkbox'] {
        width: 24px;
        height: 24px;
        margin: 0;
        flex: none;
        accent-color: ${token('--gu-color-primary')};
      }
    `,
  ];

  static override properties = {
    query: { attribute: false },
    counts: { attribute: false },
    agencies: { state: true },
  };

  protected readonly i18n = new LocaleController(this, trackerMessages);
  #agenciesAbort?: AbortController;

  /** The list's query: what is ticked and chosen. */
  declare query: ListQuery;
  /** The counts per status of the current answer (shown next to each status). */
  declare counts: CountsByStatus | undefined;
  declare private agencies: readonly Agency[];

  constructor() {
    super();
    this.query = { page: 1, pageSize: 20 };
    this.counts = undefined;
    this.agencies = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loadAgencies();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Each answer of the list (new counts) gives agencies that failed to load another try.
    if (changed.has('counts') || changed.has('ctx')) this.#loadAgencies();
  }

  /** Asks for the agencies unless they are in or on their way; until then the select offers «all». */
  #loadAgencies(): void {
    if (this.agencies.length > 0 || this.#agenciesAbort || !this.ctx || !this.isConnected) return;
    const abort = new AbortController();
    this.#agenciesAbort = abort;
    fetchAgencies(this.ctx.client, abort.signal)
      .then(
        (agencies) => {
          this.agencies = agencies;
        },
        () => undefined,
      )
      .finally(() => {
        if (this.#agenciesAbort === abort) this.#agenciesAbort = undefined;
      });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#agenciesAbort?.abort();
    this.#agenciesAbort = undefined;
  }

  #change(changes: Partial<ListQuery>, reset = false): void {
    this.dispatchEvent(new GuApplicationFiltersChangeEvent(changes, reset));
  }

  /** One end of the period: a labelled date field bound to its field of the query. */
  #dateField(id: string, label: string, field: 'submittedFrom' | 'submittedTo'): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="date"
        .value=${this.query[field] ?? ''}
        @change=${(e: Event) => this.#change({ [field]: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    const q = this.query;
    return html`<div class="filter-grid" lang=${this.i18n.lang}>
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
                    this.#change({ status: toggled(this.query, status, (e.target as HTMLInputElement).checked) })}
                />
                <span
                  >${msg.statusLabel(status)}${this.counts ? ` (${this.i18n.number(this.counts[status])})` : ''}</span
                >
              </label>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="agency">${msg.agencyLabel}</label>
        <select id="agency" @change=${(e: Event) => this.#change({ agencyId: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!q.agencyId}>${msg.agencyAll}</option>
          ${this.agencies.map((a) => html`<option value=${a.id} lang="ru" ?selected=${q.agencyId === a.id}>${a.title}</option>`)}
        </select>
      </div>
      <fieldset>
        <legend>${msg.periodLegend}</legend>
        <div class="period">
          ${this.#dateField('from', msg.periodFrom, 'submittedFrom')}
          ${this.#dateField('to', msg.periodTo, 'submittedTo')}
        </div>
      </fieldset>
      <div>
        <button
          class="btn"
          type="button"
          @click=${() =>
            this.#change(
              { status: [], agencyId: '', submittedFrom: '', submittedTo: '', q: '', sort: '-submittedAt' },
              true,
            )}
        >
          ${msg.resetFilters}
        </button>
      </div>
    </div>`;
  }
}
