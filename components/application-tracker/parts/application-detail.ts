import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { createIdempotencyKey, isApiError, type ApiClient, type ApiError } from '../../core/api/index.js';
import { LocaleController } from '../../core/i18n/index.js';
import { baseStyles, token } from '../../core/theme/index.js';
import { AnnouncerController } from '../../core/ui/announcer.js';
import type { Session } from '../../core/session/session-context.js';
import '../../core/ui/gu-alert.js';
import '../../core/ui/gu-button.js';
import '../../core/ui/gu-dialog.js';
import '../../core/ui/gu-error-state.js';
import '../../core/ui/gu-loading-state.js';
import '../../core/ui/gu-status-badge.js';
import type { GuDialog } from '../../core/ui/dialog.js';
import {
  cancelApplication,
  fetchApplication,
  fetchDocument,
  fetchMessages,
  fetchReceipt,
  saveBlob,
  sendMessage,
  type ApplicationAction,
  type ApplicationDetail,
  type ApplicationDocument,
  type OperatorMessage,
} from '../api.js';
import { controlStyles } from '../application-tracker.styles.js';
import { partStyles } from './part-styles.js';
import { GuApplicationActionEvent, GuApplicationBackEvent, GuApplicationStatusChangedEvent } from '../events.js';
import { STATUS_TONE, overdueDays } from '../shared.js';
import { trackerMessages } from './messages.js';
import './gu-application-upload.js';
import { formatDateTime } from '../../core/i18n/format.js';

const MAX_MESSAGE = 2000;

/**
 * @summary The detail of one application inside `<gu-application-tracker>`: facts, expected dates (overdue
 * marked), actions allowed by its status, the status timeline, documents with download, the receipt PDF,
 * adding documents and the message thread with the operator. Internal to the tracker.
 *
 * @fires gu-application-back - The citizen asked to go back to the list.
 * @fires gu-application-status-changed - The application was cancelled.
 * @fires gu-application-action - Continue a draft / resubmit / apply again (cancelable).
 */
export class GuApplicationDetail extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    partStyles,
    css`
      :host {
        display: block;
      }
      .detail {
        display: flex;
        flex-direction: column;
        gap: calc(${token('--gu-space')} * 3);
      }
      section {
        display: flex;
        flex-direction: column;
        gap: ${token('--gu-space')};
      }
      .head {
        display: flex;
        flex-direction: column;
        gap: ${token('--gu-space')};
        align-items: flex-start;
      }
      .facts {
        display: grid;
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 4px calc(${token('--gu-space')} * 2);
        margin: 0;
      }
      .facts dt {
        color: ${token('--gu-color-text-muted')};
      }
      .facts dd {
        margin: 0;
      }
      .overdue {
        color: ${token('--gu-color-error')};
        font-weight: 700;
      }
      .overdue::before {
        content: '⚠ ';
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('--gu-space')};
      }
      ol.timeline {
        list-style: none;
        margin: 0;
        padding: 0 0 0 calc(${token('--gu-space')} * 2);
        border-left: 3px solid ${token('--gu-color-divider')};
      }
      ol.timeline li {
        position: relative;
        padding: 0 0 calc(${token('--gu-space')} * 2) calc(${token('--gu-space')} * 1.5);
      }
      ol.timeline li::before {
        content: '';
        position: absolute;
        left: calc(-${token('--gu-space')} * 2 - 8px);
        top: 0.4em;
        width: 13px;
        height: 13px;
        border: 2px solid ${token('--gu-color-primary')};
        border-radius: 50%;
        background: ${token('--gu-color-background')};
      }
      .when {
        display: block;
        color: ${token('--gu-color-text-muted')};
      }
      .comment {
        margin: 4px 0 0;
      }
      ul.docs,
      ol.thread {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: ${token('--gu-space')};
      }
      ul.docs li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${token('--gu-space')};
        padding: ${token('--gu-space')} 0;
        border-bottom: 1px solid ${token('--gu-color-divider')};
      }
      ol.thread li {
        padding: ${token('--gu-space')};
        border: 1px solid ${token('--gu-color-divider')};
        border-radius: ${token('--gu-radius')};
      }
      ol.thread li.operator {
        border-left: 4px solid ${token('--gu-color-primary')};
      }
      .message-form {
        display: flex;
        flex-direction: column;
        gap: ${token('--gu-space')};
        align-items: flex-start;
      }
      .message-form textarea {
        width: 100%;
      }
      .error {
        color: ${token('--gu-color-error')};
        font-weight: 600;
      }
      p {
        margin: 0;
      }
      @media (forced-colors: active) {
        ol.timeline li::before {
          border-color: CanvasText;
        }
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    applicationId: { attribute: false },
    session: { attribute: false },
    baseUrl: { attribute: false },
    locale: { reflect: true },
    threadShown: { state: true },
    messageError: { state: true },
    sending: { state: true },
    cancelling: { state: true },
    cancelError: { state: true },
    actionError: { state: true },
  };

  private readonly i18n = new LocaleController(this, trackerMessages);

  /** In English, waits for the English catalog (loaded on demand) rather than render Russian first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.i18n.ready();
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
  private readonly announcer = new AnnouncerController(this, { minIntervalMs: 0 });

  /** The API client of the tracker. */
  declare client: ApiClient | undefined;
  /** Which application to show. */
  declare applicationId: string;
  /** The session snapshot (for the upload helper's token access). */
  declare session: Session | undefined;
  /** API base URL (for uploads, which go around core/api for progress). */
  declare baseUrl: string;
  /** Locale override. */
  declare locale: string | undefined;
  declare private threadShown: boolean;
  declare private messageError: string;
  declare private sending: boolean;
  declare private cancelling: boolean;
  declare private cancelError: ApiError | undefined;
  declare private actionError: string;

  /** A message the citizen typed before the session ended (the tracker's draft): put in the form once it shows. */
  messageDraft = '';
  private cancelKey = '';
  private messageKey = '';
  private focusWhenLoaded = false;

  constructor() {
    super();
    this.client = undefined;
    this.applicationId = '';
    this.session = undefined;
    this.baseUrl = '/api';
    this.threadShown = false;
    this.messageError = '';
    this.sending = false;
    this.cancelling = false;
    this.cancelError = undefined;
    this.actionError = '';
  }

  private readonly detailTask = new Task(this, {
    task: async ([client, id], { signal }) => {
      if (!client || !id) throw new Error('no application');
      return fetchApplication(client, id, signal);
    },
    args: () => [this.client, this.applicationId] as const,
  });

  private readonly threadTask = new Task(this, {
    task: async ([client, id, shown], { signal }) =>
      client && id && shown ? fetchMessages(client, id, signal) : ([] as OperatorMessage[]),
    args: () => [this.client, this.applicationId, this.threadShown] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('applicationId')) {
      this.threadShown = this.messageDraft !== '';
      this.cancelError = undefined;
      this.actionError = '';
    }
  }

  protected override updated(): void {
    const field = this.messageDraft ? this.renderRoot.querySelector<HTMLTextAreaElement>('#message') : null;
    if (field) [field.value, this.messageDraft] = [this.messageDraft, ''];
    if (this.focusWhenLoaded && this.detailTask.value) {
      this.focusWhenLoaded = false;
      this.focusHeading();
    }
  }

  /** Moves focus to the heading (when opened); waits for the data if it is still loading. */
  focusHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#detail-heading');
    if (heading) heading.focus();
    else this.focusWhenLoaded = true;
  }

  /** Loads the application again (a live status change arrived). */
  reload(): void {
    void this.detailTask.run();
  }

  private get msg() {
    return this.i18n.msg;
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
        this.renderRoot.querySelector('gu-application-upload')?.focusHeading();
        return;
      case 'contact-operator':
        this.threadShown = true;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLTextAreaElement>('#message')?.focus();
        return;
      case 'download-result': {
        const results = application.documents.filter((d) => d.kind === 'result');
        for (const document of results) await this.download(document);
        return;
      }
      default: {
        const event = new GuApplicationActionEvent(action, application, {
          serviceId: application.serviceId,
          fromApplicationId: application.id,
          documentIds: action === 'resubmit' ? application.documents.map((d) => d.id) : [],
        });
        if (this.dispatchEvent(event)) this.announcer.announce(this.msg.formOpened);
      }
    }
  }

  private async confirmCancel(application: ApplicationDetail): Promise<void> {
    if (this.cancelling || !this.client) return; // never sent twice
    this.cancelling = true;
    try {
      const updated = await cancelApplication(this.client, application.id, this.cancelKey);
      if (this.detailTask.value) Object.assign(this.detailTask.value, updated);
      this.renderRoot.querySelector<GuDialog>('#cancel-dialog')?.close('done');
      this.announcer.announce(this.msg.cancelled(application.number));
      this.dispatchEvent(
        new GuApplicationStatusChangedEvent(application.id, application.number, updated.status, application.status),
      );
      this.requestUpdate();
      await this.updateComplete;
      this.focusHeading();
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
    if (!this.client) return;
    this.actionError = '';
    try {
      const file =
        document === 'receipt'
          ? await fetchReceipt(this.client, this.applicationId)
          : await fetchDocument(this.client, this.applicationId, document.id);
      saveBlob(file.blob, file.fileName);
      this.announcer.announce(this.msg.downloaded(file.fileName));
    } catch {
      this.actionError = this.msg.downloadFailed;
    }
  }

  private async send(event: SubmitEvent, application: ApplicationDetail): Promise<void> {
    event.preventDefault();
    if (this.sending || !this.client) return;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#message')!;
    const text = field.value.trim();
    this.messageError = !text ? this.msg.messageRequired : text.length > MAX_MESSAGE ? this.msg.messageTooLong : '';
    if (this.messageError) {
      field.focus();
      return;
    }
    this.messageKey ||= createIdempotencyKey();
    this.sending = true;
    try {
      const thread = await sendMessage(this.client, application.id, text, this.messageKey);
      this.messageKey = '';
      field.value = '';
      this.threadTask.value?.splice(0, Infinity, ...thread);
      this.announcer.announce(this.msg.sent);
    } catch {
      this.messageError = this.msg.sendFailed; // the text stays in the field
    } finally {
      this.sending = false;
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
    return html`<ul class="docs">
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
    if (!this.threadShown) return nothing;
    const msg = this.msg;
    const thread = this.threadTask.value ?? [];
    return html`<section aria-labelledby="thread-heading">
      <h3 id="thread-heading">${msg.operatorHeading}</h3>
      ${this.threadTask.render({
        pending: () => html`<gu-loading-state inline delay="300"></gu-loading-state>`,
        error: (error) =>
          html`<gu-error-state
            heading-level="4"
            .error=${isApiError(error) ? error : { kind: 'server' }}
            @gu-error-state-retry=${() => this.threadTask.run()}
          ></gu-error-state>`,
        complete: () => nothing,
      })}
      ${
        thread.length === 0
          ? html`<p class="muted">${msg.noMessages}</p>`
          : html`<ol class="thread">
              ${thread.map(
                (m) =>
                  html`<li class=${m.author}>
                    <strong>${m.author === 'operator' ? msg.authorOperator : msg.authorCitizen}</strong>
                    <span class="when"><time datetime=${m.at}>${formatDateTime(this.i18n.locale, m.at)}</time></span>
                    <p lang=${m.author === 'operator' ? 'ru' : nothing}>${m.text}</p>
                  </li>`,
              )}
            </ol>`
      }
      <form class="message-form" novalidate @submit=${(e: SubmitEvent) => this.send(e, a)}>
        <label for="message">${msg.messageLabel}</label>
        <span id="message-hint" class="muted">${msg.messageHint}</span>
        <textarea
          id="message"
          maxlength=${MAX_MESSAGE + 100}
          aria-describedby="message-hint message-error"
          aria-invalid=${this.messageError ? 'true' : 'false'}
        ></textarea>
        <span id="message-error" class="error" role="status">${this.messageError}</span>
        <gu-button type="submit" ?busy=${this.sending}>${msg.send}</gu-button>
      </form>
    </section>`;
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
              .baseUrl=${this.baseUrl}
              .session=${this.session}
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
          <gu-error-state
            heading-level="2"
            .error=${isApiError(error) ? error : { kind: 'server' }}
            @gu-error-state-retry=${() => this.detailTask.run()}
          ></gu-error-state>`,
    }) as TemplateResult | typeof nothing;
  }
}
