/**
 * `gu-verification-post`: the confirmed level with a code by Russian Post — order the registered letter, follow its
 * status (polled from the server, announced when it changes), enter the code once it is handed over. A letter ordered
 * earlier is picked up again from `GET verification/confirmations/current`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import '../../core/ui/gu-button.js';
import '../../core/ui/gu-otp-field.js';
import '../../core/ui/gu-loading-state.js';
import {
  completeConfirmation,
  fetchCurrentConfirmation,
  startConfirmation,
  type Confirmation,
  type LetterStatus,
} from '../api.js';
import { VerificationPart } from './part.js';
import { formatDateTime } from '../../core/i18n/format.js';

type Stage = 'loading' | 'order' | 'letter' | 'done';
const STATUSES: readonly LetterStatus[] = ['ordered', 'sent', 'arrived', 'delivered'];
/** How often the letter's status is asked while it travels. */
const POLL_MS = 2000;

export class GuVerificationPost extends VerificationPart {
  static override properties = {
    ...VerificationPart.properties,
    stage: { state: true },
    confirmation: { state: true },
  };
  declare private stage: Stage;
  declare private confirmation: Confirmation | undefined;
  private pollTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.stage = 'loading';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pollTimer);
  }

  protected override firstUpdated(): void {
    void this.start();
  }

  protected override resumeAfterMove(): void {
    if (this.stage === 'loading') void this.start();
    else if (this.stage === 'letter' && this.confirmation?.letter?.status !== 'delivered') void this.refresh();
  }

  /** Picks up a letter ordered earlier, or offers to order one. */
  private async start(): Promise<void> {
    try {
      const current = await fetchCurrentConfirmation(this.ctx.client, this.abort.signal);
      if (current?.method === 'post' && current.status === 'pending') this.follow(current);
      else this.stage = 'order';
    } catch (error) {
      if (this.aborted(error)) return;
      this.action.fail(this.errorText(error));
      this.stage = 'order';
    }
    await this.focusHeading();
  }

  private statusName(status: LetterStatus): string {
    const m = this.msg;
    return { ordered: m.letterOrdered, sent: m.letterSent, arrived: m.letterArrived, delivered: m.letterDelivered }[
      status
    ];
  }

  /** Shows the letter; polls while it travels and announces each new status. */
  private follow(confirmation: Confirmation): void {
    const before = this.confirmation?.letter?.status;
    this.confirmation = confirmation;
    this.stage = 'letter';
    const status = confirmation.letter?.status;
    clearTimeout(this.pollTimer);
    if (status && before && status !== before)
      this.announcer.announce(
        status === 'delivered' ? this.msg.postDeliveredNow : this.msg.postStatusNow(this.statusName(status)),
      );
    if (status !== 'delivered') this.pollTimer = setTimeout(() => void this.refresh(), POLL_MS);
  }

  private async refresh(): Promise<void> {
    clearTimeout(this.pollTimer);
    try {
      const current = await fetchCurrentConfirmation(this.ctx.client, this.abort.signal);
      this.action.fail('');
      if (current && current.id === this.confirmation?.id) this.follow(current);
    } catch (error) {
      if (this.aborted(error)) return;
      this.action.fail(this.errorText(error)); // keep trying: the letter travels whether or not we are online
      this.pollTimer = setTimeout(() => void this.refresh(), POLL_MS * 3);
    }
  }

  private async order(): Promise<void> {
    await this.action.run(async () => {
      const confirmation = await startConfirmation(this.ctx.client, { method: 'post' }, this.abort.signal);
      this.follow(confirmation);
      this.announcer.announce(this.msg.postStatusNow(this.statusName(confirmation.letter?.status ?? 'ordered')));
      await this.focusHeading();
    });
    if (this.action.problem) await this.focusOn('#problem');
  }

  private async onCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const field = this.validField('gu-otp-field');
    const confirmation = this.confirmation;
    if (!field || !confirmation) return;
    await this.action.run(
      async () => {
        const done = await completeConfirmation(
          this.ctx.client,
          confirmation.id,
          { code: field.value },
          this.abort.signal,
        );
        if (done.status === 'confirmed') {
          clearTimeout(this.pollTimer);
          this.stage = 'done';
          await this.confirmed();
        }
      },
      // A wrong code, or a letter not handed over yet, is the code field's own error.
      (error) => {
        if (this.aborted(error)) return undefined;
        const code = isApiError(error) ? error.code : undefined;
        field.error =
          code === 'wrong-code'
            ? this.msg.wrongCode
            : code === 'letter-not-delivered'
              ? this.msg.postWait
              : this.errorText(error);
        field.focus();
        return undefined;
      },
    );
  }

  private renderLetter(confirmation: Confirmation): TemplateResult {
    const m = this.msg;
    const letter = confirmation.letter;
    const reached = letter ? STATUSES.indexOf(letter.status) : 0;
    const at = (status: LetterStatus) => letter?.events.find((e) => e.status === status)?.at;
    return html`<h3 tabindex="-1">${m.postHeading}</h3>
      ${letter ? html`<p>${m.postTracking(letter.trackingNumber)}</p>` : nothing}
      <h4 id="letter-status">${m.postStatusLegend}</h4>
      <ol class="reqs" aria-labelledby="letter-status">
        ${STATUSES.map((status, index) => {
          const time = at(status);
          return html`<li class=${index <= reached ? 'ok' : 'todo'} data-letter=${status}>
            ${this.statusName(status)}${time ? html` — ${formatDateTime(this.i18n.locale, time)}` : nothing}
            <span class="visually-hidden">: ${index <= reached ? m.reqDone : m.reqTodo}</span>
          </li>`;
        })}
      </ol>
      ${
        letter?.status === 'delivered'
          ? html`<form novalidate @submit=${this.onCode}>
              <gu-otp-field name="code" length="6" required label=${m.postCode} hint=${m.codeHint}></gu-otp-field>
              <div class="actions"><gu-button ?busy=${this.action.busy}>${m.submitCode}</gu-button></div>
            </form>`
          : html`<p class="muted">${m.postWait}</p>
              <div class="actions">
                <button class="btn" type="button" @click=${() => void this.refresh()}>${m.postRefresh}</button>
              </div>`
      }`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    if (this.stage === 'done') return this.renderConfirmed();
    const back = html`${this.renderProblem()}
      <div class="actions">${this.renderBack()}</div>`;
    if (this.stage === 'loading')
      return html`<h3 tabindex="-1">${m.postHeading}</h3>
        <gu-loading-state label=${m.loading}></gu-loading-state>`;
    if (this.stage === 'letter' && this.confirmation) return html`${this.renderLetter(this.confirmation)}${back}`;
    return html`<h3 tabindex="-1">${m.postHeading}</h3>
      <p>${m.postIntro}</p>
      <div class="actions">
        <gu-button type="button" ?busy=${this.action.busy} @click=${this.order}>${m.postOrder}</gu-button>
      </div>
      ${back}`;
  }
}

if (!customElements.get('gu-verification-post')) customElements.define('gu-verification-post', GuVerificationPost);

declare global {
  interface HTMLElementTagNameMap {
    'gu-verification-post': GuVerificationPost;
  }
}
