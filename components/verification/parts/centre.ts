/**
 * `gu-verification-centre`: the confirmed level at a service centre — search by city or address, the centres with
 * their opening hours, a free time, the booking, and what to bring. The level goes up after the visit, when the
 * officer has checked the documents (the server raises it; the widget follows the session).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import { coreMessages, freeTextMessage } from '../../core/i18n/index.js';
import { checkFreeText } from '../../core/validation/free-text.js';
import '../../core/ui/gu-button.js';
import '../../core/ui/gu-loading-state.js';
import { bookVisit, fetchSlots, searchCentres, type Appointment, type ServiceCentre, type TimeSlot } from '../api.js';
import type { StepData } from '../shared.js';
import { VerificationPart } from './part.js';

type Stage = 'search' | 'slots' | 'booked';
/** The contract's `maxLength` of the search (`q` of GET verification/service-centres). */
const QUERY_MAX = 200;

export class GuVerificationCentre extends VerificationPart {
  static override properties = {
    ...VerificationPart.properties,
    stage: { state: true },
    results: { state: true },
    centre: { state: true },
    slots: { state: true },
    slotId: { state: true },
    appointment: { state: true },
  };
  declare private stage: Stage;
  declare private results: ServiceCentre[] | undefined;
  declare private centre: ServiceCentre | undefined;
  declare private slots: TimeSlot[] | undefined;
  declare private slotId: string;
  declare private appointment: Appointment | undefined;
  private query = '';

  constructor() {
    super();
    this.stage = 'search';
    this.slotId = '';
  }

  protected override firstUpdated(): void {
    this.query = this.data.query ?? '';
    if (this.query) void this.search(this.step === 'centre-slots');
  }

  override draft(): StepData {
    return this.query ? { query: this.query } : {};
  }

  /** A visit time with its weekday, in Moscow time: «пн, 2 марта, 10:00». */
  private when(iso: string): string {
    return this.i18n.date(iso, { weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
  }

  /** Monday-first day numbers (1…7) as short weekday names: «пн–пт», «сб». */
  private days(days: number[]): string {
    const name = (day: number) =>
      this.i18n.date(new Date(Date.UTC(2024, 0, day, 12)), { weekday: 'short', timeZone: 'UTC' });
    const sorted = [...days].sort((a, b) => a - b);
    const consecutive = sorted.every((day, i) => i === 0 || day === sorted[i - 1]! + 1);
    return consecutive && sorted.length > 2
      ? `${name(sorted[0]!)}–${name(sorted.at(-1)!)}`
      : sorted.map(name).join(', ');
  }

  private async onSearch(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#query')!;
    // The contract's `q` (maxLength 200) and the kit's free-text policy: a precise reason, the text left as typed.
    const checked = checkFreeText(input.value, { maxLength: QUERY_MAX, required: true });
    if (!checked.ok) {
      this.action.fail(
        checked.issue.reason === 'required'
          ? this.msg.centreQueryRequired
          : freeTextMessage(coreMessages[this.i18n.locale], checked.issue),
      );
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    this.query = checked.value;
    input.removeAttribute('aria-invalid');
    await this.search(false);
  }

  private async search(openFirst: boolean): Promise<void> {
    await this.action.run(async () => {
      const results = await searchCentres(this.ctx.client, this.query, this.abort.signal);
      this.results = results;
      this.announcer.announce(
        results.length > 0 ? this.i18n.plural(results.length, this.msg.centreFound) : this.msg.centreNone,
      );
      if (openFirst && results[0]) await this.open(results[0]);
    });
    if (this.action.problem) await this.focusOn('#problem');
  }

  private async open(centre: ServiceCentre): Promise<void> {
    this.centre = centre;
    this.slots = undefined;
    this.slotId = '';
    this.action.fail('');
    this.stage = 'slots';
    await this.focusHeading();
    await this.loadSlots();
  }

  private async loadSlots(): Promise<void> {
    if (!this.centre) return;
    try {
      this.slots = await fetchSlots(this.ctx.client, this.centre.id, this.abort.signal);
    } catch (error) {
      if (this.aborted(error)) return;
      this.action.fail(this.errorText(error));
      await this.focusOn('#problem');
    }
  }

  private async onBook(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const centre = this.centre;
    if (this.action.busy || !centre) return;
    if (!this.slotId) {
      this.action.fail(this.msg.slotRequired);
      await this.focusRadios('slot');
      return;
    }
    let taken = false;
    await this.action.run(
      async () => {
        this.appointment = await bookVisit(this.ctx.client, centre.id, this.slotId, this.abort.signal);
        this.stage = 'booked';
        this.announcer.announce(this.msg.bookedHeading);
        await this.focusHeading();
      },
      (error) => {
        taken = isApiError(error) && error.code === 'slot-taken';
        return taken ? this.msg.slotTaken : this.describe(error);
      },
    );
    if (taken) {
      // Someone else took the time: the free times again (the slot problem stays unless that load fails).
      this.slotId = '';
      await this.loadSlots();
    }
    if (this.action.problem) await this.focusOn('#problem');
  }

  private async backToSearch(): Promise<void> {
    this.stage = 'search';
    this.action.fail('');
    await this.focusHeading();
  }

  private renderCentre(centre: ServiceCentre): TemplateResult {
    const m = this.msg;
    return html`<li class="card">
      <p><strong>${this.ru(centre.name)}</strong></p>
      <p>${this.ru(`${centre.city}, ${centre.address}`)}</p>
      <p class="muted">${m.hours}:</p>
      <ul>
        ${centre.hours.map((row) => html`<li>${this.days(row.days)} ${row.opens}–${row.closes}</li>`)}
      </ul>
      <div class="actions">
        <button class="btn" type="button" @click=${() => this.open(centre)}>
          ${this.withRu(m.choose2, centre.name)}
        </button>
      </div>
    </li>`;
  }

  private renderSearch(): TemplateResult {
    const m = this.msg;
    return html`<h3 tabindex="-1">${m.centreHeading}</h3>
      <p>${m.methodCentreHint}</p>
      <form novalidate role="search" @submit=${this.onSearch}>
        <label for="query">${m.centreSearch}</label>
        <p id="query-hint" class="muted">${m.centreSearchHint}</p>
        <input
          id="query"
          type="search"
          name="q"
          autocomplete="address-level2"
          aria-describedby="query-hint problem"
          .value=${this.query}
        />
        <div class="actions"><gu-button ?busy=${this.action.busy}>${m.find}</gu-button></div>
      </form>
      ${this.renderProblem()}
      ${
        this.results
          ? html`<p class="muted" data-found>
                ${this.results.length > 0 ? this.i18n.plural(this.results.length, m.centreFound) : m.centreNone}
              </p>
              <ul class="plain">
                ${this.results.map((centre) => this.renderCentre(centre))}
              </ul>`
          : nothing
      }
      <div class="actions">${this.renderBack()}</div>`;
  }

  private renderSlots(centre: ServiceCentre): TemplateResult {
    const m = this.msg;
    return html`<h3 tabindex="-1">${this.withRu(m.slotsHeading, centre.name)}</h3>
      <p>${this.ru(`${centre.city}, ${centre.address}`)}</p>
      ${
        !this.slots
          ? html`<gu-loading-state label=${m.loading}></gu-loading-state>`
          : this.slots.length === 0
            ? html`<p>${m.slotsNone}</p>`
            : html`<form novalidate @submit=${this.onBook}>
                <fieldset aria-describedby="problem">
                  <legend>${m.slotsLegend}</legend>
                  ${this.slots.map((slot) =>
                    this.renderRadio(
                      'slot',
                      slot.id,
                      slot.id === this.slotId,
                      () => (this.slotId = slot.id),
                      this.when(slot.startsAt),
                    ),
                  )}
                </fieldset>
                <div class="actions"><gu-button ?busy=${this.action.busy}>${m.book}</gu-button></div>
              </form>`
      }
      ${this.renderProblem()}
      <div class="actions">
        <button class="btn" type="button" @click=${this.backToSearch}>${m.otherCentre}</button>
        ${this.renderBack()}
      </div>`;
  }

  private renderBooked(appointment: Appointment): TemplateResult {
    const m = this.msg;
    const { centre } = appointment;
    return html`<h3 tabindex="-1">${m.bookedHeading}</h3>
      <p role="status">${m.bookedWhen(this.when(appointment.startsAt))}</p>
      <p><strong>${this.ru(centre.name)}</strong><br />${this.ru(`${centre.city}, ${centre.address}`)}</p>
      <h4>${m.bring}</h4>
      <ul>
        ${appointment.bring.map((item) => html`<li>${item === 'passport' ? m.bringPassport : m.bringSnils}</li>`)}
      </ul>
      <p>${m.bookedAfter}</p>
      <div class="actions">
        <button class="btn btn--primary" type="button" @click=${() => this.navigate()}>${m.toOverview}</button>
      </div>`;
  }

  override render(): TemplateResult {
    if (this.stage === 'booked' && this.appointment) return this.renderBooked(this.appointment);
    if (this.stage === 'slots' && this.centre) return this.renderSlots(this.centre);
    return this.renderSearch();
  }
}

if (!customElements.get('gu-verification-centre'))
  customElements.define('gu-verification-centre', GuVerificationCentre);

declare global {
  interface HTMLElementTagNameMap {
    'gu-verification-centre': GuVerificationCentre;
  }
}
