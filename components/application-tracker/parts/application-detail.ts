import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { createIdempotencyKey, isApiError, type ApiError } from '../../core/api/index.js';
import { LocaleController } from '../../core/i18n/index.js';
import { formatDateTime } from '../../core/i18n/format.js';
import { baseStyles } from '../../core/theme/index.js';
import { WidgetPart } from '../../core/widget/widget-part.js';
import '../../core/ui/gu-alert.js';
import '../../core/ui/gu-button.js';
import '../../core/ui/gu-dialog.js';
import '../../core/ui/gu-loading-state.js';
import '../../core/ui/gu-status-badge.js';
import type { GuDialog } from '../../core/ui/dialog.js';
import {
  cancelApplication,
  fetchApplication,
  fetchDocument,
  fetchReceipt,
  saveBlob,
  type ApplicationAction,
  type ApplicationDetail,
  type ApplicationDocument,
} from '../api.js';
import { controlStyles } from '../application-tracker.styles.js';
import type { TrackerContext } from '../context.js';
import { GuApplicationActionEvent, GuApplicationBackEvent, GuApplicationStatusChangedEvent } from '../events.js';
import type { TrackerMessages } from '../locales/ru.js';
import { STATUS_TONE, overdueDays } from '../shared.js';
import { detailStyles } from './application-detail.styles.js';
import { errorState } from '../error-state.js';
import { trackerMessages } from './messages.js';
import { partStyles } from './part-styles.js';
import './gu-application-thread.js';
import './gu-application-upload.js';

/**
 * @summary The detail of one application inside `<gu-application-tracker>`: facts, expected dates (overdue
 * marked), actions allowed by its status, the status timeline, documents with download, the receipt PDF,
 * adding documents (<gu-application-upload>) and the message thread with the operator (<gu-application-thread>).
 * Internal to the tracker: it asks the tracker to go back to the list (`gu-application-back`, internal) and fires the
 * tracker's public `gu-application-status-changed` (cancelled) and `gu-application-action`.
 */
export class GuApplicationDetail extends WidgetPart<TrackerContext, TrackerMessages> {
  static override styles = [baseStyles, controlStyles, partStyles, detailStyles];

  static override properties = {
    applicationId: { attribute: false },
    threadShown: { state: true },
    cancelling: { state: true },
    cancelError: { state: true },
    actionError: { state: true },
  };

  protected readonly i18n = new LocaleController(this, trackerMessages);

  /** Which application to show. */
  declare applicationId: string;
  declare private threadShown: boolean;
  declare private cancelling: boolean;
  declare private cancelError: ApiError | undefined;
  declare private actionError: string;

  /** A message the citizen typed before the session ended (the tracker's draft): put in the thread once it shows. */
  messageDraft = '';
  private cancelKey = '';
  private focusWhenLoaded = false;

  constructor() {
    super();
    this.applicationId = '';
    this.threadShown = false;
    this.cancelling = false;
    this.cancelError = undefined;
    this.actionError = '';
  }

  private readonly detailTask = new Task(this, {
    task: async ([ctx, id], { signal }) => {
      if (!ctx || !id) throw new Error('no application');
      return fetchApplication(ctx.client, id, signal);
    },
    args: () => [this.ctx, this.applicationId] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('applicationId')) {
      this.threadShown = this.messageDraft !== '';
      this.cancelError = undefined;
      this.actionError = '';
    }
  }

  protected override updated(): void {
    const thread = this.messageDraft ? this.thread() : null;
    if (thread) {
      thread.restore(this.messageDraft);
      this.messageDraft = '';
    }
    if (this.focusWhenLoaded && this.detailTask.value) {
      this.focusWhenLoaded = false;
      void this.focusHeading();
    }
  }

  private thread() {
    return this.renderRoot.querySelector('gu-application-thread');
  }

  /** What the citizen typed in the message field ('' when the thread is not open). */
  typedMessage(): string {
    return this.thread()?.typedMessage() ?? '';
  }

  /** Moves focus to the heading (when opened); waits for the data if it is still loading. */
  override async focusHeading(): Promise<void> {
    const heading = this.renderRoot.querySelector<HTMLElement>('#detail-heading');
    if (heading) heading.focus();
    else this.focusWhenLoaded = true;
  }

  /** Loads the application again (a live status change arrived). */
  reload(): void {
    void this.detailTask.run();
  }

  private back(): void {
    this.dispatchEvent(new GuApplicationBackEvent());
  }

  // ——— Actions ———

  private async onAction(action: ApplicationAction, application: ApplicationDetail): Promise<void> {
    this.actionError = '';
    switch (action) {
      case 'cancel':
        this.cancelKey = createIdempotencyKey(); // one key per confirmation: a double click is one cancellation
        this.cancelError = undefined;
        this.renderRoot.querySelector<GuDialog>('#cancel-dialog')?.show();
        return;
      case 'add-documents':
        void this.renderRoot.querySelector('gu-application-upload')?.focusHeading();
        return;
      case 'contact-operator':
        this.threadShown = true;
        await this.updateComplete;
        await this.thread()?.focusField();
        return;
      case 'download-result': {
        const results = application.documents.filter((d) => d.kind === 'result');
        for (const document of results) await this.download(document);
        return;
      }
      default: {
        const event = new GuApplicationActionEvent({
          action,
          application,
          prefill: {
            serviceId: application.serviceId,
            fromApplicationId: application.id,
            documentIds: action === 'resubmit' ? application.documents.map((d) => d.id) : [],
          },
        });
        if (this.dispatchEvent(event)) this.announcer.announce(this.msg.formOpened);
      }
    }
  }

  private async confirmCancel(application: ApplicationDetail): Promise<void> {
    if (this.cancelling || !this.ctx) return; // never sent twice
    this.cancelling = true;
    try {
      const updated = await cancelApplication(this.ctx.client, application.id, this.cancelKey);
      if (this.detailTask.value) Object.assign(this.detailTask.value, updated);
      this.renderRoot.querySelector<GuDialog>('#cancel-dialog')?.close('done');
      this.announcer.announce(this.msg.cancelled(application.number));
      this.dispatchEvent(
        new GuApplicationStatusChangedEvent({
          applicationId: application.id,
          number: application.number,
          status: updated.status,
          previousStatus: application.status,
        }),
      );
      this.requestUpdate();
      await this.updateComplete;
      await this.focusHeading();
    } catch (error) {
      this.cancelError = isApiError(error) ? error : undefined;
      if (!this.cancelError) throw error;
    } finally {
      this.cancelling = false;
    }
  }

  private onCancelDialogClose(): void {
    if (this.cancelError) {
      this.cancelError = undefined;
      void this.detailTask.run().then(() => this.focusHeading());
    }
  }

  private async download(document: ApplicationDocument | 'receipt'): Promise<void> {
    if (!this.ctx) return;
    const { client } = this.ctx;
    this.actionError = '';
    try {
      const file =
        document === 'receipt'
          ? await fetchReceipt(client, this.applicationId)
          : await fetchDocument(client, this.applicationId, document.id);
      saveBlob(file.blob, file.fileName);
      this.announcer.announce(this.msg.downloaded(file.fileName));
    } catch {
      this.actionError = this.msg.downloadFailed;
    }
  }

  // ——— Rendering ———

  private renderFacts(a: ApplicationDetail): TemplateResult {
    const msg = this.msg;
    const overdue = overdueDays(a);
    return html`<dl class="facts" aria-label=${msg.facts}>
      <dt>${msg.service}</dt>
      <dd lang="ru">${a.serviceTitle}</dd>
      <dt>${msg.agency}</dt>
      <dd lang="ru">${a.agencyTitle}</dd>
      <dt>${msg.submitted}</dt>
      <dd>${formatDateTime(this.i18n.locale, a.submittedAt)}</dd>
      <dt>${msg.statusChangedAt}</dt>
      <dd>${formatDateTime(this.i18n.locale, a.statusChangedAt)}</dd>
      <dt>${msg.decisionDue}</dt>
      <dd>
        ${a.decisionDue ? this.i18n.date(a.decisionDue, { dateStyle: 'long', timeZone: 'UTC' }) : msg.noDue}
        ${overdue > 0 ? html`<span class="overdue">${this.i18n.plural(overdue, msg.overdue)}</span>` : nothing}
      </dd>
    </dl>`;
  }

  private renderActions(a: ApplicationDetail): TemplateResult | typeof nothing {
    if (a.allowedActions.length === 0) return nothing;
    const labels = this.i18n.msg.actionLabel;
    return html`<section aria-labelledby="actions-heading">
      <h3 id="actions-heading">${this.msg.actions}</h3>
      <div class="actions">
        ${a.allowedActions.map(
          (action) =>
            html`<gu-button
              type="button"
              variant=${action === 'cancel' ? 'secondary' : 'primary'}
              data-action=${action}
              @click=${() => this.onAction(action, a)}
              >${labels(action)}</gu-button
            >`,
        )}
      </div>
      ${this.actionError ? html`<gu-alert variant="error">${this.actionError}</gu-alert>` : nothing}
    </section>`;
  }

  private renderTimeline(a: ApplicationDetail): TemplateResult {
    const msg = this.msg;
    const labels = this.i18n.msg.statusLabel;
    const actor = {
      citizen: msg.actorCitizen,
      agency: msg.actorAgency,
      system: msg.actorSystem,
      operator: msg.actorOperator,
    };
    return html`<section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">${msg.timeline}</h3>
      <ol class="timeline">
        ${[...a.timeline].reverse().map(
          (entry) =>
            html`<li>
              <strong>${labels(entry.status)}</strong>
              <span class="when"
                ><time datetime=${entry.at}>${formatDateTime(this.i18n.locale, entry.at)}</time> ·
                ${actor[entry.actor]}</span
              >
              ${entry.comment ? html`<p class="comment" lang="ru">${entry.comment}</p>` : nothing}
            </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderDocList(documents: ApplicationDocument[]): TemplateResult {
    const msg = this.msg;
    if (documents.length === 0) return html`<p class="muted">${msg.noDocuments}</p>`;
    return html`<ul class="docs stack">
      ${documents.map(
        (d) =>
          html`<li>
            <span
              ><span lang="ru">${d.title}</span>
              <span class="muted"
                >(${d.kind === 'result' ? `${msg.kindResult}, ` : d.kind === 'receipt' ? `${msg.kindReceipt}, ` : ''}${this.i18n.number(
                  Math.max(1, Math.round(d.size / 1024)),
                )}
                KB)</span
              ></span
            >
            <button class="btn" type="button" aria-label=${msg.downloadNamed(d.title)} @click=${() => this.download(d)}>
              ${msg.download}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  private renderDocuments(a: ApplicationDetail): TemplateResult {
    const msg = this.msg;
    return html`<section aria-labelledby="docs-heading">
      <h3 id="docs-heading">${msg.documents}</h3>
      <h4>${msg.documentsSubmitted}</h4>
      ${this.renderDocList(a.documents.filter((d) => d.kind === 'submitted'))}
      <h4>${msg.documentsReceived}</h4>
      ${this.renderDocList(a.documents.filter((d) => d.kind !== 'submitted'))}
      ${
        a.status !== 'draft'
          ? html`<div>
              <button class="btn" type="button" @click=${() => this.download('receipt')}>${msg.receipt}</button>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderThread(a: ApplicationDetail): TemplateResult | typeof nothing {
    return this.threadShown
      ? html`<gu-application-thread
          .ctx=${this.ctx}
          .applicationId=${a.id}
          locale=${this.i18n.locale}
        ></gu-application-thread>`
      : nothing;
  }

  private renderCancelDialog(a: ApplicationDetail): TemplateResult {
    const msg = this.msg;
    const refused = this.cancelError;
    return html`<gu-dialog
      id="cancel-dialog"
      alert
      heading=${msg.cancelHeading}
      @gu-dialog-close=${this.onCancelDialogClose}
    >
      <p>${msg.cancelText(a.number)}</p>
      ${
        refused
          ? html`<gu-alert variant="error" heading=${refused.kind === 'conflict' ? msg.cancelRefused : msg.cancelFailed}
              >${refused.kind === 'conflict' ? refused.message : msg.tryAgain}</gu-alert
            >`
          : nothing
      }
      ${
        refused
          ? html`<gu-button slot="footer" type="button" variant="secondary" data-gu-dialog-close value="close"
              >${msg.closeDialog}</gu-button
            >`
          : html`<gu-button slot="footer" type="button" variant="secondary" data-gu-dialog-close value="keep"
                >${msg.cancelKeep}</gu-button
              >
              <gu-button
                slot="footer"
                type="button"
                id="confirm-cancel"
                ?busy=${this.cancelling}
                @click=${() => this.confirmCancel(a)}
                >${msg.cancelConfirm}</gu-button
              >`
      }
    </gu-dialog>`;
  }

  private renderDetail(a: ApplicationDetail): TemplateResult {
    const labels = this.i18n.msg.statusLabel;
    const uploadable = a.allowedActions.includes('add-documents');
    return html`<div class="detail">
      <div class="head">
        <button class="btn btn--link" type="button" @click=${this.back}>← ${this.msg.back}</button>
        <h2 id="detail-heading" tabindex="-1">${this.msg.detailHeading(a.number)}</h2>
        <gu-status-badge tone=${STATUS_TONE[a.status]} label=${labels(a.status)}></gu-status-badge>
      </div>
      ${this.renderFacts(a)} ${this.renderActions(a)}
      ${
        uploadable
          ? html`<gu-application-upload
              .ctx=${this.ctx}
              .applicationId=${a.id}
              locale=${this.i18n.locale}
              @gu-application-document-added=${() => this.detailTask.run()}
            ></gu-application-upload>`
          : nothing
      }
      ${this.renderThread(a)} ${this.renderTimeline(a)} ${this.renderDocuments(a)} ${this.renderCancelDialog(a)}
    </div>`;
  }

  override render(): TemplateResult | typeof nothing {
    return this.detailTask.render({
      pending: () =>
        this.detailTask.value
          ? this.renderDetail(this.detailTask.value)
          : html`<button class="btn btn--link" type="button" @click=${this.back}>← ${this.msg.back}</button>
              <gu-loading-state label=${this.msg.loadingDetail}></gu-loading-state>`,
      complete: (a) => this.renderDetail(a),
      error: (error) =>
        html`<button class="btn btn--link" type="button" @click=${this.back}>← ${this.msg.back}</button>
          ${errorState(error, 2, () => this.detailTask.run())}`,
    }) as TemplateResult | typeof nothing;
  }
}
