/**
 * `gu-verification-bank`: the confirmed level through a partner bank — choose the bank, go to its page, come back
 * with the result. The round trip: `POST verification/confirmations { bankId, returnUrl }` → the browser goes to the
 * server's `redirectTo` (the bank's page with a one-time ticket) → the bank sends it back to `returnUrl` with
 * `?gu-bank-result=<ticket>` → the element opens `bank-return` → `GET verification/bank-results/{ticket}` (the server
 * says what the bank answered; the URL is only the key). With `simulate-bank` (stories, tests only) the bank's page is
 * a clearly labelled simulation inside the widget.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError, safeServerUrl } from '../../core/api/index.js';
import '../../core/ui/gu-button.js';
import { completeConfirmation, fetchBankResult, startConfirmation, type Confirmation } from '../api.js';
import type { StepData } from '../shared.js';
import { VerificationPart, errorClass } from './part.js';

type Stage = 'choose' | 'page' | 'refused' | 'done' | 'redirect' | 'returning' | 'return-failed';

export class GuVerificationBank extends VerificationPart {
  static override properties = {
    ...VerificationPart.properties,
    stage: { state: true },
    bankId: { state: true },
  };
  declare private stage: Stage;
  declare private bankId: string;
  private confirmation?: Confirmation;

  constructor() {
    super();
    this.stage = 'choose';
    this.bankId = '';
  }

  protected override firstUpdated(): void {
    this.bankId = this.data.bankId ?? '';
    if (this.step === 'bank-return') void this.readResult(this.data.bankResult ?? '');
    else if (this.step === 'bank-page' && this.bankId) void this.go();
  }

  protected override resumeAfterMove(): void {
    if (this.stage === 'returning') void this.readResult(this.data.bankResult ?? '');
  }

  /**
   * Back from the bank's page: asks the server what the bank answered for the ticket (the URL is never trusted). A
   * load, not an action: it runs again when the part is attached again, even before the removed one has settled.
   */
  private async readResult(ticket: string): Promise<void> {
    this.stage = 'returning';
    this.action.fail('');
    try {
      if (!ticket) throw new Error('no ticket');
      const result = await fetchBankResult(this.ctx.client, ticket, this.abort.signal);
      this.confirmation = result;
      this.bankId = result.bankId ?? '';
      await this.finish(result);
    } catch (error) {
      if (this.aborted(error)) return;
      const code = isApiError(error) ? error.code : undefined;
      this.action.fail(
        !isApiError(error) || code === 'bank-result-unknown' || error.kind === 'not-found'
          ? this.msg.bankResultUnknown
          : code === 'bank-result-pending'
            ? this.msg.bankResultPending
            : this.errorText(error),
      );
      this.stage = 'return-failed';
      await this.focusHeading();
    }
  }

  /** A finished confirmation: confirmed (the element refreshes the session) or refused. */
  private async finish(done: Confirmation): Promise<void> {
    if (done.status === 'confirmed') {
      this.stage = 'done';
      await this.confirmed();
    } else if (done.status === 'refused') {
      this.stage = 'refused';
      this.announcer.announce(this.msg.bankRefusedHeading);
      await this.focusHeading();
    } else {
      this.action.fail(this.msg.bankResultPending);
      this.stage = 'return-failed';
      await this.focusHeading();
    }
  }

  override draft(): StepData {
    return this.bankId ? { bankId: this.bankId } : {};
  }

  private bankName(): string {
    return this.ctx.state.banks.find((bank) => bank.id === this.bankId)?.name ?? this.bankId;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.bankId) {
      this.action.fail(this.msg.bankRequired);
      await this.focusRadios('bank');
      return;
    }
    await this.go();
  }

  /** Starts the bank confirmation and opens the bank's page (simulated or real). */
  private async go(): Promise<void> {
    const { client, simulateBank } = this.ctx;
    await this.action.run(async () => {
      this.confirmation = await startConfirmation(
        client,
        simulateBank
          ? { method: 'bank', bankId: this.bankId }
          : { method: 'bank', bankId: this.bankId, returnUrl: location.href },
        this.abort.signal,
      );
      const target = this.confirmation.redirectTo ?? this.confirmation.bankUrl;
      if (!simulateBank && target) {
        // Server data: only https or this page's origin is followed (never javascript:, data:, another scheme).
        const safe = safeServerUrl(target);
        if (!safe) {
          this.confirmation = undefined;
          this.action.fail(this.msg.bankUrlRefused);
          return;
        }
        this.stage = 'redirect';
        await this.focusHeading();
        window.location.assign(safe);
        return;
      }
      this.stage = 'page';
      await this.focusHeading();
    });
    if (this.action.problem) await this.focusOn('#problem');
  }

  /** The simulated bank page answers: the result goes back to the portal's server. */
  private async answer(result: 'approved' | 'denied'): Promise<void> {
    const confirmation = this.confirmation;
    if (!confirmation) return;
    await this.action.run(
      async () =>
        this.finish(
          await completeConfirmation(this.ctx.client, confirmation.id, { bankResult: result }, this.abort.signal),
        ),
      (error) =>
        isApiError(error) && error.code === 'confirmation-finished' ? this.msg.bankRefused : this.describe(error),
    );
    if (this.action.problem && this.stage === 'page') await this.focusOn('#problem');
  }

  private async chooseAgain(): Promise<void> {
    this.stage = 'choose';
    this.action.fail('');
    this.confirmation = undefined;
    // Back from the bank: the element's step becomes `bank` again (the ticket is spent).
    if (this.step === 'bank-return') this.navigate('bank');
    else await this.focusHeading();
  }

  private renderChoose(): TemplateResult {
    const m = this.msg;
    return html`<h3 tabindex="-1">${m.bankHeading}</h3>
      <p>${m.methodBankHint}</p>
      <form novalidate @submit=${this.onSubmit}>
        <fieldset aria-describedby="problem">
          <legend>${m.bankChoose}</legend>
          ${this.ctx.state.banks.map((bank) =>
            this.renderRadio(
              'bank',
              bank.id,
              bank.id === this.bankId,
              () => (this.bankId = bank.id),
              this.ru(bank.name),
            ),
          )}
        </fieldset>
        ${this.renderProblem()}
        <div class="actions">
          <gu-button ?busy=${this.action.busy}>${m.bankGo}</gu-button>
          ${this.renderBack()}
        </div>
      </form>`;
  }

  private renderPage(): TemplateResult {
    const m = this.msg;
    return html`<h3 tabindex="-1">${this.withRu(m.bankPageHeading, this.bankName())}</h3>
      <div class="bank-page" data-bank-page>
        <p><strong>${m.bankPageMock}</strong></p>
        ${this.confirmation?.bankUrl ? html`<p class="muted">${m.bankPageAddress(this.confirmation.bankUrl)}</p>` : nothing}
        <div class="actions">
          <gu-button type="button" ?busy=${this.action.busy} @click=${() => this.answer('approved')}
            >${m.bankAllow}</gu-button
          >
          <button class="btn" type="button" @click=${() => this.answer('denied')}>${m.bankDeny}</button>
        </div>
      </div>
      ${this.renderProblem()}`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    switch (this.stage) {
      case 'done':
        return this.renderConfirmed();
      case 'page':
        return this.renderPage();
      case 'returning':
        return html`<h3 tabindex="-1">${m.bankHeading}</h3>
          <p role="status" aria-busy="true">${m.bankReturning}</p>`;
      case 'return-failed':
        return html`<h3 tabindex="-1">${m.bankResultFailedHeading}</h3>
          <p id="problem" class=${errorClass(this.action.problem)} role="alert" data-bank-problem>
            ${this.action.problem}
          </p>
          <div class="actions">
            <button class="btn btn--primary" type="button" @click=${this.chooseAgain}>${m.bankOther}</button>
            ${this.renderBack()}
          </div>`;
      case 'redirect':
        return html`<h3 tabindex="-1">${m.bankHeading}</h3>
          <p role="status">${m.bankRedirect}</p>`;
      case 'refused':
        return html`<h3 tabindex="-1">${m.bankRefusedHeading}</h3>
          <p role="alert">${m.bankRefused}</p>
          <div class="actions">
            <button class="btn btn--primary" type="button" @click=${this.chooseAgain}>${m.bankOther}</button>
            ${this.renderBack()}
          </div>`;
      default:
        return this.renderChoose();
    }
  }
}

if (!customElements.get('gu-verification-bank')) customElements.define('gu-verification-bank', GuVerificationBank);

declare global {
  interface HTMLElementTagNameMap {
    'gu-verification-bank': GuVerificationBank;
  }
}
