/**
 * `gu-payments-dispute` («Оспорить»): the fine summarized, the reason, the comment with its counter, the documents
 * uploaded with progress (cancel, retry with the same key), and the submit with one Idempotency-Key per attempt; the
 * result says which agency got the complaint and its status. Nothing typed is lost on an error.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createIdempotencyKey, isApiError } from '../../core/api/index.js';
import { checkFile } from '../../core/api/upload.js';
import type { LazyCatalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { ActionController } from '../../core/widget/action.js';
import { UploadQueueController, type QueuedUpload } from '../../core/widget/upload-queue.js';
import { DISPUTE_DOCUMENT_MAX_MB, uploadDisputeDocument } from '../dispute-upload.js';
import {
  COMMENT_MAX,
  COMMENT_MIN,
  DISPUTE_REASONS,
  createDispute,
  getDisputedCharge,
  type DisputedCharge,
} from '../disputes-api.js';
import { GuPaymentsDisputeSubmittedEvent } from '../events.js';
import { disputeRu, type DisputeMessages } from '../locales/dispute-ru.js';
import type { Dispute, DisputeDocument, DisputeReason, DisputeStatus } from '../types.js';
import { disputeStyles } from './dispute.styles.js';
import { PaymentsPart } from './part.js';
import { partStyles } from '../../core/theme/looks/part.js';
import { renderUploadItem } from '../../core/ui/upload-item.js';

/** The dispute parts' catalogs (the form and the list share them). */
export const disputeMessages: LazyCatalogs<DisputeMessages> = {
  ru: disputeRu,
  en: () => import('../locales/dispute-en.js').then((module) => module.disputeEn),
};

/** The badge tone of a dispute's status (the badge also says it in words). */
export const DISPUTE_TONE: Record<DisputeStatus, string> = {
  submitted: 'tone-info',
  'under-review': 'tone-progress',
  accepted: 'tone-success',
  rejected: 'tone-error',
};

const MAX_FILES = 10;

type Item = QueuedUpload<DisputeDocument>;

export class GuPaymentsDispute extends PaymentsPart<DisputeMessages> {
  static override styles = [baseStyles, partStyles, ...disputeStyles];

  static override properties = {
    ...PaymentsPart.properties,
    charge: { state: true },
    loadState: { state: true },
    reason: { state: true },
    comment: { state: true },
    checked: { state: true },
    refusal: { state: true },
    result: { state: true },
  };

  protected readonly i18n = new LocaleController(this, disputeMessages);
  private readonly action = new ActionController(this, (error) => this.describe(error));

  declare private charge: DisputedCharge | undefined;
  declare private loadState: 'loading' | 'ready' | 'failed';
  declare private reason: DisputeReason | '';
  declare private comment: string;
  /** Show the fields' messages (after the first submit, or once a field was left). */
  declare private checked: { reason: boolean; comment: boolean };
  declare private refusal: string;
  declare private result: Dispute | undefined;

  /** The attempt being sent: its payload and its Idempotency-Key (the same key while the payload stays the same). */
  #attempt: { fingerprint: string; key: string } | undefined;
  #loadedFor: string | undefined;

  /** The documents, each sent as soon as it is chosen, with its own key reused on retry. */
  private readonly queue = new UploadQueueController<DisputeDocument>(this, {
    send: (file, request) =>
      uploadDisputeDocument({
        baseUrl: this.ctx.baseUrl,
        auth: this.ctx.auth,
        locale: this.i18n.locale,
        file,
        ...request,
      }),
    announce: (text) => this.announcer.announce(text),
    say: {
      started: (item) => this.msg.uploading(item.file.name),
      done: (item) => this.msg.uploaded(item.file.name),
      failed: (item, error) => `${this.msg.uploadFailed(item.file.name)} ${this.errorText(error)}`,
      cancelled: (item) => this.msg.uploadCancelled(item.file.name),
    },
  });

  constructor() {
    super();
    this.charge = undefined;
    this.loadState = 'loading';
    this.reason = '';
    this.comment = '';
    this.checked = { reason: false, comment: false };
    this.refusal = '';
    this.result = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('ctx') && this.ctx && this.ctx.chargeId !== this.#loadedFor) void this.load();
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  private async load(): Promise<void> {
    const chargeId = this.ctx.chargeId;
    if (this.#loadedFor !== undefined && this.#loadedFor !== chargeId) this.reset();
    this.#loadedFor = chargeId;
    if (!chargeId) {
      this.loadState = 'ready';
      this.charge = undefined;
      return;
    }
    this.loadState = 'loading';
    try {
      this.charge = await getDisputedCharge(this.ctx.client, chargeId, this.abort.signal);
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      this.loadState = 'failed';
    }
  }

  /** Another fine: a fresh form (what was typed for the previous fine does not belong to this one). */
  private reset(): void {
    for (const item of [...this.queue.items]) this.queue.remove(item);
    this.reason = '';
    this.comment = '';
    this.checked = { reason: false, comment: false };
    this.refusal = '';
    this.result = undefined;
    this.#attempt = undefined;
    this.action.fail('');
  }

  /** The documents uploaded so far (test hook and the submit's `documentIds`). */
  get documentIds(): string[] {
    return this.queue.items.flatMap((item) => (item.state === 'done' && item.result ? [item.result.id] : []));
  }

  /** Takes files as if chosen in the picker. */
  addFiles(files: File[]): void {
    const m = this.msg;
    const mb = this.i18n.number(DISPUTE_DOCUMENT_MAX_MB);
    for (const file of files) {
      if (this.queue.items.length >= MAX_FILES) {
        this.refusal = m.tooManyFiles;
        break;
      }
      const problem = checkFile(file, DISPUTE_DOCUMENT_MAX_MB * 1024 * 1024);
      if (problem) {
        this.refusal =
          problem === 'type'
            ? m.fileType(file.name)
            : problem === 'size'
              ? m.fileSize(file.name, mb)
              : m.fileEmpty(file.name);
        continue;
      }
      this.refusal = '';
      void this.queue.upload(this.queue.add(file));
    }
    if (this.refusal) this.announcer.announce(this.refusal);
  }

  private onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.addFiles(Array.from(input.files ?? []));
    input.value = '';
  }

  private removeItem(item: Item): void {
    this.queue.remove(item);
    this.renderRoot.querySelector<HTMLElement>('#files')?.focus();
  }

  // ——— Validation ———

  private get reasonError(): string {
    return this.reason ? '' : this.msg.reasonRequired;
  }

  private get commentError(): string {
    const m = this.msg;
    const length = this.comment.trim().length;
    if (length < COMMENT_MIN)
      return m.commentTooShort(COMMENT_MIN, this.i18n.plural(COMMENT_MIN - length, m.characters));
    if (this.comment.length > COMMENT_MAX)
      return m.commentTooLong(COMMENT_MAX, this.i18n.plural(this.comment.length - COMMENT_MAX, m.characters));
    return '';
  }

  private onComment(event: Event): void {
    this.comment = (event.target as HTMLTextAreaElement).value;
  }

  private onCommentBlur(): void {
    if (this.comment.length === 0 || this.checked.comment) return;
    this.checked = { ...this.checked, comment: true };
    // said once, when the citizen leaves the field with it wrong (the message also stays next to the field)
    if (this.commentError) this.announcer.announce(this.commentError);
  }

  private onReason(reason: DisputeReason): void {
    this.reason = reason;
  }

  // ——— Submit ———

  /** A failure in the citizen's words: the 409s said precisely, the rest by the core catalog. */
  private describe(error: unknown): string | undefined {
    if (this.aborted(error)) return undefined;
    if (isApiError(error) && error.status === 409) {
      if (error.code === 'dispute-exists') return this.msg.alreadyDisputed;
      if (error.code === 'not-disputable') return this.msg.notDisputable;
    }
    return this.errorText(error);
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const m = this.msg;
    const chargeId = this.ctx.chargeId;
    if (!chargeId || this.action.busy) return;
    this.checked = { reason: true, comment: true };
    const first = this.reasonError ? 'input[name="reason"]' : this.commentError ? '#comment' : undefined;
    if (first) {
      this.action.fail('');
      await this.updateComplete;
      this.announcer.announce([m.fixErrors, this.reasonError, this.commentError].filter(Boolean).join(' '));
      this.renderRoot.querySelector<HTMLElement>(first)?.focus();
      return;
    }
    if (this.queue.items.some((item) => item.state !== 'done')) {
      this.action.fail(m.waitUploads);
      this.announcer.announce(m.waitUploads);
      return;
    }
    const request = {
      reason: this.reason as DisputeReason,
      comment: this.comment.trim(),
      documentIds: this.documentIds,
    };
    const fingerprint = JSON.stringify({ chargeId, ...request });
    if (this.#attempt?.fingerprint !== fingerprint) this.#attempt = { fingerprint, key: createIdempotencyKey() };
    const key = this.#attempt.key;
    const dispute = await this.action.run(() =>
      createDispute(this.ctx.client, chargeId, request, key, this.abort.signal),
    );
    if (!dispute) {
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    this.#attempt = undefined;
    this.result = dispute;
    const agency = this.charge?.payee ?? '';
    this.announcer.announce(`${m.submitted(agency)} ${m.submittedStatus(m.status(dispute.status))}`);
    this.dispatchEvent(new GuPaymentsDisputeSubmittedEvent({ disputeId: dispute.id, chargeId }));
    this.changed('charges', 'disputes');
    await this.focusHeading();
  };

  // ——— Rendering ———

  private renderFacts(charge: DisputedCharge): TemplateResult {
    const m = this.msg;
    return html`<dl class="facts">
      <dt>${m.fineLabel}</dt>
      <dd lang="ru">${charge.title}</dd>
      ${
        charge.resolutionNumber
          ? html`<dt>${m.resolution}</dt>
              <dd>
                ${
                  charge.resolutionDate
                    ? m.resolutionOf(charge.resolutionNumber, this.date(charge.resolutionDate))
                    : charge.resolutionNumber
                }
              </dd>`
          : nothing
      }
      <dt>${m.amount}</dt>
      <dd class="money">${this.money(charge.amount)}</dd>
      <dt>${m.agency}</dt>
      <dd lang="ru">${charge.payee}</dd>
    </dl>`;
  }

  private renderItem(item: Item): TemplateResult {
    const m = this.msg;
    return renderUploadItem(
      item,
      { uploading: m.uploading, uploaded: m.uploaded, cancel: m.cancel, retry: m.retryUpload, remove: m.remove },
      {
        cancel: (it) => this.queue.cancel(it),
        retry: (it) => void this.queue.upload(it),
        remove: (it) => this.removeItem(it),
        number: (value) => this.i18n.number(value),
      },
    );
  }

  private renderForm(charge: DisputedCharge): TemplateResult {
    const m = this.msg;
    const reasonError = this.checked.reason ? this.reasonError : '';
    const commentError = this.checked.comment ? this.commentError : '';
    const open = charge.dispute?.status === 'submitted' || charge.dispute?.status === 'under-review';
    if (open)
      return html`${this.renderFacts(charge)}
        <p class="problem" role="alert">${m.alreadyDisputed}</p>`;
    const blocked = !charge.disputable;
    return html`${this.renderFacts(charge)}
    ${
      blocked
        ? html`<p class="problem" role="alert">${m.notDisputable}</p>`
        : html`<p>${m.intro}</p>
            <form novalidate @submit=${this.submit}>
              <fieldset aria-describedby="reason-error">
                <legend>${m.reasonLegend}</legend>
                ${DISPUTE_REASONS.map(
                  (reason) =>
                    html`<label class="radio">
                      <input
                        type="radio"
                        name="reason"
                        .value=${reason}
                        .checked=${this.reason === reason}
                        @change=${() => this.onReason(reason)}
                      />
                      ${m.reasonLabel(reason)}
                    </label>`,
                )}
                <p id="reason-error" class="error" ?hidden=${!reasonError}>${reasonError}</p>
              </fieldset>
              <div class="field">
                <label for="comment">${m.commentLabel}</label>
                <p id="comment-hint" class="muted">${m.commentHint(COMMENT_MIN, COMMENT_MAX)}</p>
                <textarea
                  id="comment"
                  class="input"
                  aria-describedby="comment-hint comment-counter comment-error"
                  aria-invalid=${commentError ? 'true' : 'false'}
                  .value=${this.comment}
                  @input=${this.onComment}
                  @blur=${this.onCommentBlur}
                ></textarea>
                <p id="comment-counter" class="counter muted">
                  <span class="visually-hidden">${m.commentCounterLabel}: </span>${m.commentCounter(
                    this.comment.length,
                    COMMENT_MAX,
                  )}
                </p>
                <p id="comment-error" class="error" ?hidden=${!commentError}>${commentError}</p>
              </div>
              <fieldset>
                <legend>${m.documentsLegend}</legend>
                <label for="files">${m.chooseFiles}</label>
                <p id="files-hint" class="muted">${m.fileHint(this.i18n.number(DISPUTE_DOCUMENT_MAX_MB))}</p>
                <input
                  id="files"
                  type="file"
                  multiple
                  accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                  aria-describedby="files-hint files-error"
                  @change=${this.onPick}
                />
                <p id="files-error" class="error" ?hidden=${!this.refusal}>${this.refusal}</p>
                ${
                  this.queue.items.length > 0
                    ? html`<ul class="plain">
                        ${this.queue.items.map((item) => this.renderItem(item))}
                      </ul>`
                    : nothing
                }
              </fieldset>
              <div class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">
                ${this.action.problem}
              </div>
              <div class="actions">
                <button class="btn-primary" type="submit" aria-disabled=${this.action.busy ? 'true' : 'false'}>
                  ${m.submit}
                </button>
                <button class="btn" type="button" @click=${() => this.navigate({ view: 'charges' })}>${m.back}</button>
              </div>
            </form>`
    }`;
  }

  private renderResult(dispute: Dispute): TemplateResult {
    const m = this.msg;
    return html`<h3 tabindex="-1">${m.submitted(this.charge?.payee ?? '')}</h3>
      <p>
        <span class="badge ${DISPUTE_TONE[dispute.status]}">${m.status(dispute.status)}</span>
      </p>
      <p lang="ru">${dispute.chargeTitle}</p>
      <p class="muted">${m.submittedHint}</p>
      <div class="actions">
        <button class="btn-primary" type="button" @click=${() => this.navigate({ view: 'history' })}>
          ${m.toHistory}
        </button>
        <button class="btn" type="button" @click=${() => this.navigate({ view: 'charges' })}>${m.toCharges}</button>
      </div>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    if (this.result) return this.renderResult(this.result);
    const heading = html`<h3 tabindex="-1">${m.heading}</h3>`;
    if (!this.ctx?.chargeId)
      return html`${heading}
        <p>${m.noCharge}</p>
        <button class="btn" type="button" @click=${() => this.navigate({ view: 'charges' })}>${m.back}</button>`;
    if (this.loadState === 'loading')
      return html`${heading}
        <p role="status" aria-busy="true">${m.loading}</p>`;
    if (this.loadState === 'failed' || !this.charge)
      return html`${heading}
        <div class="problem" role="alert">
          <p>${m.loadFailed}</p>
          <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
        </div>`;
    return html`${heading}${this.renderForm(this.charge)}`;
  }
}

if (!customElements.get('gu-payments-dispute')) customElements.define('gu-payments-dispute', GuPaymentsDispute);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-dispute': GuPaymentsDispute;
  }
}
