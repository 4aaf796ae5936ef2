/**
 * `<gu-payments-find>`: find a charge that is not in the citizen's list — a fine from a paper notice, a relative's tax —
 * by УИН, by a fine's resolution number or by a tax notice's document index. The value is checked before anything is
 * sent (the УИН's check digit with core/validation `validateUin`; a pasted «188 1037 7200 0000 0000 9» is read as its
 * digits); the charges found are listed with their amount, payee and discount exactly as given, and each can be added to
 * the payment (the widget's selection) or paid at once. Rendered by the charges part inside its «Найти начисление»
 * disclosure, loaded when the disclosure first opens.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isApiError } from '../../core/api/index.js';
import type { LazyCatalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import '../../core/ui/gu-button.js';
import { stripSeparators, validateUin } from '../../core/validation/index.js';
import { ActionController } from '../../core/widget/action.js';
import { findCharges } from '../documents-api.js';
import { PaymentsChangedEvent, PaymentsNavigateEvent, type PaymentsData, type PaymentsTarget } from '../events.js';
import { findRu, type FindMessages } from '../locales/find-ru.js';
import type { Charge, ChargeSearchBy } from '../types.js';
import { searchFormStyles } from './documents.styles.js';
import { PaymentsPart } from './part.js';
import { partStyles } from '../../core/theme/looks/part.js';

const findMessages: LazyCatalogs<FindMessages> = {
  ru: findRu,
  en: () => import('../locales/find-en.js').then((module) => module.findEn),
};

const SEARCH_BY: readonly ChargeSearchBy[] = ['uin', 'resolution', 'document-index'];

/** What was searched last and what it found (kept to say «nothing found by …» and to retry). */
interface Search {
  by: ChargeSearchBy;
  value: string;
  results: Charge[] | undefined;
}

export class GuPaymentsFind extends PaymentsPart<FindMessages> {
  static override styles = [baseStyles, partStyles, searchFormStyles];
  static override properties: PropertyDeclarations = {
    ...PaymentsPart.properties,
    by: { state: true },
    valueError: { state: true },
    search: { state: true },
  };

  protected override readonly followsSelection = true;
  protected readonly i18n = new LocaleController(this, findMessages);
  private readonly action = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : `${this.msg.failed} ${this.errorText(error)}`,
  );

  declare private by: ChargeSearchBy;
  declare private valueError: string;
  declare private search: Search | undefined;
  private valueText = '';

  constructor() {
    super();
    this.by = 'uin';
    this.valueError = '';
    this.search = undefined;
  }

  /**
   * Where this part's internal events start: it lives in the charges part's shadow root, and the widget's internal
   * events do not leave a shadow root — so the charges part's element tells them, as if the charges part had asked.
   */
  private outer(): EventTarget {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host.hasAttribute('data-part') ? root.host : this;
  }

  protected override navigate(target: PaymentsTarget): void {
    this.outer().dispatchEvent(new PaymentsNavigateEvent(target));
  }

  protected override changed(...what: PaymentsData[]): void {
    this.outer().dispatchEvent(new PaymentsChangedEvent({ what }));
  }

  /** The value checked as `by` says: the message that says what to fix, or '' when it may be sent. */
  private problem(by: ChargeSearchBy, text: string): string {
    const m = this.msg;
    const compact = stripSeparators(text);
    if (compact === '') return m.required;
    if (!/^\d+$/.test(compact)) return m.digitsOnly;
    if (by === 'uin') {
      const result = validateUin(compact);
      if (result.ok) return '';
      if (result.reason === 'length') return m.uinLength(compact.length);
      if (result.reason === 'all-zeros') return m.uinAllZeros;
      return m.uinChecksum;
    }
    if (compact.length !== 20)
      return m.twentyDigits(by === 'resolution' ? m.labelResolution : m.labelDocumentIndex, compact.length);
    return '';
  }

  private pick(by: ChargeSearchBy): void {
    this.by = by;
    this.valueError = '';
    this.action.fail('');
  }

  private onInput(event: Event): void {
    this.valueText = (event.target as HTMLInputElement).value;
    // An error goes as soon as the value is right; a new one waits for leaving the field or submitting.
    if (this.valueError && !this.problem(this.by, this.valueText)) this.valueError = '';
  }

  private onBlur(): void {
    if (stripSeparators(this.valueText) === '') return;
    this.valueError = this.problem(this.by, this.valueText);
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.valueError = this.problem(this.by, this.valueText);
    if (this.valueError) {
      await this.focusOn('#value');
      return;
    }
    await this.find(this.by, stripSeparators(this.valueText));
  }

  private async find(by: ChargeSearchBy, value: string): Promise<void> {
    const found = await this.action.run(
      () => findCharges(this.ctx.client, { by, value }, this.abort.signal),
      (error) => {
        const field = isApiError(error) ? error.fields.find((f) => f.field === 'value') : undefined;
        if (field) {
          this.valueError = field.code === 'checksum' ? this.msg.uinChecksum : field.message;
          return undefined;
        }
        return this.aborted(error) ? undefined : `${this.msg.failed} ${this.errorText(error)}`;
      },
    );
    if (!found) {
      this.search = this.action.problem ? { by, value, results: undefined } : undefined;
      if (this.valueError) await this.focusOn('#value');
      else if (this.action.problem) await this.focusOn('#find-problem');
      return;
    }
    this.search = { by, value, results: found };
    // What was found and may be paid is the citizen's to see in «Начисления» now (source `search`): the list reloads.
    if (found.some((charge) => charge.status === 'unpaid')) this.changed('charges');
    this.announcer.announce(
      found.length > 0 ? `${this.i18n.plural(found.length, this.msg.found)}.` : this.msg.nothingFound(value),
    );
  }

  private retry(): void {
    if (this.search) void this.find(this.search.by, this.search.value);
  }

  /** Adds a found charge to the payment; returns whether it is in the selection now. */
  private add(charge: Charge): boolean {
    const selection = this.ctx.selection;
    if (selection.has(charge.id)) return true;
    const refused = selection.add([charge]);
    if (refused > 0) {
      this.action.fail(this.msg.limit);
      this.announcer.announce(this.msg.limit);
      return false;
    }
    this.announcer.announce(this.msg.addedToSelection(selection.size, this.money(selection.total)));
    return true;
  }

  private payNow(charge: Charge): void {
    if (this.add(charge)) this.navigate({ view: 'checkout' });
  }

  // ——— Rendering ———

  private label(by: ChargeSearchBy): string {
    const m = this.msg;
    return { uin: m.labelUin, resolution: m.labelResolution, 'document-index': m.labelDocumentIndex }[by];
  }

  private renderStatus(charge: Charge): TemplateResult | typeof nothing {
    const m = this.msg;
    if (charge.status === 'paid') return html`<span class="badge tone-success">${m.paid}</span>`;
    if (charge.status === 'processing') return html`<span class="badge tone-progress">${m.processing}</span>`;
    if (charge.status === 'cancelled') return html`<span class="badge tone-neutral">${m.cancelled}</span>`;
    if (charge.overdue) return html`<span class="badge tone-error">${m.overdue}</span>`;
    return nothing;
  }

  private renderCharge(charge: Charge): TemplateResult {
    const m = this.msg;
    const discount = charge.discount;
    const selected = this.ctx.selection.has(charge.id);
    const payable = charge.status === 'unpaid';
    return html`<li class="card" data-charge=${charge.id}>
      <h5 lang="ru">${charge.title}</h5>
      <p><span lang="ru">${charge.reason}</span> ${this.renderStatus(charge)}</p>
      <dl class="facts">
        <dt>${m.payee}</dt>
        <dd lang="ru">${charge.payee}</dd>
        <dt>${m.uin}</dt>
        <dd class="number">${charge.uin}</dd>
        ${
          charge.resolutionNumber
            ? html`<dt>${m.resolution}</dt>
                <dd class="number">${charge.resolutionNumber}</dd>`
            : nothing
        }
        <dt>${m.issuedAt}</dt>
        <dd>${this.date(charge.issuedAt)}</dd>
        ${
          charge.dueDate
            ? html`<dt>${m.dueDate}</dt>
                <dd>${this.date(charge.dueDate)}</dd>`
            : nothing
        }
        <dt>${m.amount}</dt>
        <dd class="money">${this.money(charge.amount)}</dd>
        ${
          payable
            ? html`<dt>${m.amountDue}</dt>
                <dd class="money"><strong>${this.money(charge.amountDue)}</strong></dd>`
            : nothing
        }
      </dl>
      ${
        discount
          ? html`<p data-discount>
              ${
                discount.active
                  ? m.discountActive(this.money(discount.amount), this.date(discount.until))
                  : m.discountPast(this.date(discount.until), this.money(charge.amount))
              }
            </p>`
          : nothing
      }
      ${
        payable
          ? html`<div class="actions">
              ${
                selected
                  ? html`<span class="badge tone-success" data-selected>${m.inSelection}</span>`
                  : html`<button
                      class="btn"
                      type="button"
                      aria-label=${m.addName(charge.title)}
                      @click=${() => this.add(charge)}
                    >
                      ${m.add}
                    </button>`
              }
              <button
                class="btn-primary"
                type="button"
                aria-label=${m.payNowName(charge.title)}
                @click=${() => this.payNow(charge)}
              >
                ${m.payNow}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }

  private renderResults(): TemplateResult | typeof nothing {
    const search = this.search;
    const m = this.msg;
    if (!search?.results) return nothing;
    if (search.results.length === 0) return html`<p class="muted" data-nothing>${m.nothingFound(search.value)}</p>`;
    return html`<h5 id="results-heading">${this.i18n.plural(search.results.length, m.found)}</h5>
      <ul class="cards" aria-labelledby="results-heading">
        ${repeat(
          search.results,
          (charge) => charge.id,
          (charge) => this.renderCharge(charge),
        )}
      </ul>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    const by = this.by;
    const names: Record<ChargeSearchBy, string> = {
      uin: m.byUin,
      resolution: m.byResolution,
      'document-index': m.byDocumentIndex,
    };
    const hints: Record<ChargeSearchBy, string> = {
      uin: m.hintUin,
      resolution: m.hintResolution,
      'document-index': m.hintDocumentIndex,
    };
    const problem = this.action.problem;
    return html`<h4 tabindex="-1">${m.heading}</h4>
      <p class="muted">${m.intro}</p>
      <form novalidate role="search" aria-label=${m.heading} @submit=${this.submit}>
        <fieldset>
          <legend>${m.byLegend}</legend>
          <div class="radios">
            ${SEARCH_BY.map(
              (option) =>
                html`<label class="radio">
                  <input
                    type="radio"
                    name="by"
                    .value=${option}
                    .checked=${by === option}
                    @change=${() => this.pick(option)}
                  />
                  <span>${names[option]}</span>
                </label>`,
            )}
          </div>
        </fieldset>
        <div class="field">
          <label for="value">${this.label(by)}</label>
          <p id="value-hint" class="hint">${hints[by]}</p>
          <input
            id="value"
            name="value"
            class="input number"
            inputmode="numeric"
            autocomplete="off"
            spellcheck="false"
            required
            aria-describedby="value-hint value-error"
            aria-invalid=${this.valueError ? 'true' : 'false'}
            @input=${this.onInput}
            @blur=${this.onBlur}
          />
          <p id="value-error" class=${this.valueError ? 'field-error' : 'field-error is-empty'} aria-live="polite">
            ${this.valueError}
          </p>
        </div>
        <div class="actions">
          <gu-button ?busy=${this.action.busy}>${m.submit}</gu-button>
        </div>
      </form>
      <div id="find-problem" class=${problem ? 'problem' : 'problem is-empty'} role="alert" tabindex="-1">
        ${problem ? html`<p>${problem}</p>` : nothing}
        ${
          problem && this.search && !this.search.results
            ? html`<button class="btn" type="button" @click=${this.retry}>${m.retry}</button>`
            : nothing
        }
      </div>
      <div aria-busy=${this.action.busy ? 'true' : 'false'}>${this.renderResults()}</div>`;
  }
}

if (!customElements.get('gu-payments-find')) customElements.define('gu-payments-find', GuPaymentsFind);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-find': GuPaymentsFind;
  }
}
