/** `gu-verification-contacts`: confirm a phone or e-mail by code; change either (confirming the old one first). */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import '../../core/ui/gu-otp-field.js';
import '../../core/ui/gu-text-field.js';
import '../../core/ui/gu-button.js';
import type { GuFormControl } from '../../core/ui/form-control.js';
import { sendCode, verifyCode, type Channel, type CodePurpose, type CodeTicket } from '../api.js';
import { formatPhone } from '../../core/validation/index.js';
import { GuContactConfirmedEvent, type StepData } from '../shared.js';
import { VerificationPart, errorClass } from './part.js';

type Stage = 'start' | 'new' | 'code' | 'done';

export class GuVerificationContacts extends VerificationPart {
  static override properties = {
    ...VerificationPart.properties,
    stage: { state: true },
    ticket: { state: true },
    now: { state: true },
    attemptsLeft: { state: true },
    sentText: { state: true },
  };
  declare private stage: Stage;
  declare private ticket: CodeTicket | undefined;
  declare private now: number;
  /** Wrong entries left for the current code (from the server; counted down here). */
  declare private attemptsLeft: number | undefined;
  /** «Код отправлен на …», in a status region that exists from the part's first render (so the first one is heard). */
  declare private sentText: string;
  private purpose: CodePurpose = 'confirm';
  private newValue = '';
  private sentAt = 0;
  private timer?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    this.stage = 'start';
    this.sentText = '';
    this.now = Date.now();
  }

  private get channel(): Channel {
    return this.step.endsWith('phone') ? 'phone' : 'email';
  }
  private get changing(): boolean {
    return this.step.startsWith('change');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => {
      if (this.stage === 'code') this.now = Date.now(); // visible countdown only; not a live region
    }, 1000);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override firstUpdated(): void {
    const { contacts } = this.ctx.state;
    const confirmed = this.channel === 'phone' ? contacts.phoneConfirmed : contacts.emailConfirmed;
    this.purpose = this.changing ? (confirmed ? 'change-old' : 'change-new') : 'confirm';
    this.stage = this.purpose === 'change-new' ? 'new' : 'start';
  }

  /** A new contact being typed (the code itself is never kept). */
  override draft(): StepData {
    const field = this.renderRoot.querySelector<GuFormControl>('#new-value');
    return field?.value ? { values: { value: field.value } } : {};
  }

  private heading(): string {
    const m = this.msg;
    if (this.stage === 'done')
      return this.changing
        ? this.channel === 'phone'
          ? m.phoneChangedDone
          : m.emailChangedDone
        : this.channel === 'phone'
          ? m.phoneConfirmedDone
          : m.emailConfirmedDone;
    if (this.changing) return this.channel === 'phone' ? m.changePhoneHeading : m.changeEmailHeading;
    return this.channel === 'phone' ? m.confirmPhoneHeading : m.confirmEmailHeading;
  }

  /** «Новый номер: +7 (916) 555-12-34.» — the contact just changed to. */
  private newContactText(): string {
    return this.channel === 'phone'
      ? this.msg.newPhoneIs(formatPhone(this.newValue))
      : this.msg.newEmailIs(this.newValue);
  }

  private currentMasked(): string {
    const { contacts } = this.ctx.state;
    return this.channel === 'phone' ? contacts.phone : contacts.email;
  }

  private async send(): Promise<void> {
    await this.action.run(
      async () => {
        const ticket = await sendCode(
          this.ctx.client,
          {
            channel: this.channel,
            purpose: this.purpose,
            value: this.purpose === 'change-new' ? this.newValue : undefined,
          },
          this.abort.signal,
        );
        this.ticket = ticket;
        this.attemptsLeft = ticket.attemptsLeft;
        this.sentAt = Date.now();
        this.now = this.sentAt;
        const first = this.stage !== 'code';
        this.stage = 'code';
        // Emptied first: a second code to the same address changes the region again and is heard again.
        this.sentText = '';
        await this.updateComplete;
        this.sentText = this.msg.codeSent(ticket.sentTo);
        await this.updateComplete;
        if (first) this.renderRoot.querySelector<HTMLElement>('gu-otp-field')?.focus();
      },
      (error) =>
        isApiError(error) && error.code === 'same-contact'
          ? this.msg.sameContact
          : isApiError(error) && error.kind === 'rate-limited' && error.retryAfter
            ? this.i18n.plural(error.retryAfter, this.msg.resendIn)
            : this.describe(error),
    );
  }

  private async onNewSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const field = this.validField('#new-value');
    if (!field) return;
    this.newValue = field.value;
    await this.send();
  }

  private async onCodeSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const field = this.validField('gu-otp-field');
    const ticket = this.ticket;
    if (!field || !ticket) return;
    await this.action.run(
      async () => {
        await verifyCode(this.ctx.client, ticket.id, field.value, this.abort.signal);
        if (this.purpose === 'change-old') {
          this.purpose = 'change-new';
          this.ticket = undefined;
          this.sentText = '';
          this.stage = 'new';
          await this.focusHeading();
          return;
        }
        this.stage = 'done';
        this.sentText = '';
        this.dispatchEvent(new GuContactConfirmedEvent({ channel: this.channel, changed: this.changing }));
        this.changed();
        this.announcer.announce(this.changing ? `${this.heading()} ${this.newContactText()}` : this.heading());
        await this.focusHeading();
      },
      // A wrong or expired code is the code field's own error, with the attempts left.
      (error) => {
        if (!this.aborted(error)) this.codeError(field, error);
        return undefined;
      },
    );
  }

  private codeError(field: GuFormControl, error: unknown): void {
    const code = isApiError(error) ? error.code : undefined;
    if (code === 'wrong-code' && this.attemptsLeft !== undefined)
      this.attemptsLeft = Math.max(0, this.attemptsLeft - 1);
    if (code === 'code-expired') this.attemptsLeft = 0;
    field.error =
      code === 'wrong-code'
        ? this.attemptsLeft !== undefined
          ? `${this.msg.wrongCode} ${this.i18n.plural(this.attemptsLeft, this.msg.attemptsLeft)}`
          : this.msg.wrongCode
        : code === 'code-expired'
          ? this.msg.codeExpired
          : this.errorText(error);
    field.focus();
  }

  private renderCode(): TemplateResult {
    const m = this.msg;
    const wait = Math.max(0, Math.ceil((this.sentAt + (this.ticket?.resendAfter ?? 60) * 1000 - this.now) / 1000));
    return html`<form novalidate @submit=${this.onCodeSubmit}>
      <gu-otp-field
        name="code"
        length="6"
        required
        label=${this.channel === 'phone' ? m.codeLabelPhone : m.codeLabelEmail}
        hint=${m.codeHint}
      ></gu-otp-field>
      <div class="actions">
        <gu-button ?busy=${this.action.busy}>${m.submitCode}</gu-button>
        <button
          class="btn"
          type="button"
          aria-disabled=${wait > 0 ? 'true' : 'false'}
          aria-describedby="resend-wait"
          @click=${() => wait === 0 && this.send()}
        >
          ${m.resend}
        </button>
      </div>
      <p id="resend-wait" class="muted">${wait > 0 ? this.i18n.plural(wait, m.resendIn) : ''}</p>
      ${
        this.attemptsLeft !== undefined
          ? html`<p class="muted" data-attempts>${this.i18n.plural(this.attemptsLeft, m.attemptsLeft)}</p>`
          : nothing
      }
    </form>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    const isPhone = this.channel === 'phone';
    return html`<h3 tabindex="-1">${this.heading()}</h3>
      ${
        this.stage === 'start'
          ? html`<p>
                ${this.purpose === 'change-old' ? m.oldFirst(this.currentMasked()) : m.sendCodeTo(this.currentMasked())}
              </p>
              <div class="actions">
                <gu-button type="button" ?busy=${this.action.busy} @click=${this.send}>${m.sendCode}</gu-button>
              </div>`
          : nothing
      }
      ${
        this.stage === 'new'
          ? html`<form novalidate @submit=${this.onNewSubmit}>
              <gu-text-field
                id="new-value"
                name="value"
                required
                label=${isPhone ? m.newPhone : m.newEmail}
                validate=${isPhone ? 'phone' : 'email'}
                mask=${isPhone ? 'phone' : nothing}
                .value=${this.data.values?.['value'] ?? ''}
              ></gu-text-field>
              <div class="actions"><gu-button ?busy=${this.action.busy}>${m.sendCode}</gu-button></div>
            </form>`
          : nothing
      }
      <p role="status" class=${this.sentText ? '' : 'is-empty'} data-code-sent>${this.sentText}</p>
      ${this.stage === 'code' ? this.renderCode() : nothing}
      ${this.stage === 'done' && this.changing ? html`<p data-new-contact>${this.newContactText()}</p>` : nothing}
      <p class=${errorClass(this.action.problem)} role="alert">${this.action.problem}</p>
      <div class="actions">
        <button class="btn" type="button" @click=${() => this.navigate()}>
          ${this.stage === 'done' ? m.toOverview : m.back}
        </button>
      </div>`;
  }
}

if (!customElements.get('gu-verification-contacts'))
  customElements.define('gu-verification-contacts', GuVerificationContacts);

declare global {
  interface HTMLElementTagNameMap {
    'gu-verification-contacts': GuVerificationContacts;
  }
}
