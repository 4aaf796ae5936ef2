import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { createIdempotencyKey } from '../../core/api/index.js';
import { LocaleController } from '../../core/i18n/index.js';
import { formatDateTime } from '../../core/i18n/format.js';
import { ActionController } from '../../core/widget/action.js';
import { WidgetPart } from '../../core/widget/widget-part.js';
import '../../core/ui/gu-button.js';
import '../../core/ui/gu-loading-state.js';
import { fetchMessages, sendMessage, type OperatorMessage } from '../api.js';
import type { TrackerContext } from '../context.js';
import type { TrackerMessages } from '../locales/ru.js';
import { errorState } from '../error-state.js';
import { trackerMessages } from './messages.js';

const MAX_MESSAGE = 2000;

/**
 * @summary The message thread of one application with the operator: the messages (the operator's are the server's
 * Russian text), and a form to write one (required, at most 2 000 characters; one Idempotency-Key per message, so a
 * repeated send is one message; a failed send keeps the text). Internal to `<gu-application-detail>`.
 *
 * It renders into the detail's shadow root (no shadow root of its own): the detail's styles dress it, and the detail
 * — and the tracker, which keeps a typed message as the session's draft — reach its field as part of the detail.
 */
export class GuApplicationThread extends WidgetPart<TrackerContext, TrackerMessages> {
  static override properties = {
    applicationId: { attribute: false },
  };

  protected readonly i18n = new LocaleController(this, trackerMessages);

  /** Which application's thread. */
  declare applicationId: string;

  /** Sending a message: busy while it runs, never twice at once; a refusal or a failure is the field's error. */
  private readonly sending = new ActionController(this, () => this.msg.sendFailed);
  private messageKey = '';
  /** A message typed before the session ended, put in the field once it is there (restore()). */
  private restored = '';

  constructor() {
    super();
    this.applicationId = '';
  }

  private readonly threadTask = new Task(this, {
    task: async ([ctx, id], { signal }) =>
      ctx && id ? fetchMessages(ctx.client, id, signal) : ([] as OperatorMessage[]),
    args: () => [this.ctx, this.applicationId] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override updated(): void {
    const field = this.restored ? this.field() : null;
    if (field) [field.value, this.restored] = [this.restored, ''];
  }

  /** Gives back the message the citizen typed before the session ended. */
  restore(text: string): void {
    this.restored = text;
    this.requestUpdate();
  }

  /** What is typed in the field now. */
  typedMessage(): string {
    return this.field()?.value ?? '';
  }

  /** Moves focus to the message field (the «Связаться с оператором» action). */
  focusField(): Promise<void> {
    return this.focusOn('#message');
  }

  private field(): HTMLTextAreaElement | null {
    return this.querySelector<HTMLTextAreaElement>('#message');
  }

  private async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending.busy || !this.ctx) return;
    const field = this.field()!;
    const text = field.value.trim();
    const msg = this.msg;
    this.sending.fail(!text ? msg.messageRequired : text.length > MAX_MESSAGE ? msg.messageTooLong : '');
    if (this.sending.problem) {
      field.focus();
      return;
    }
    this.messageKey ||= createIdempotencyKey();
    const { client } = this.ctx;
    await this.sending.run(async () => {
      const thread = await sendMessage(client, this.applicationId, text, this.messageKey);
      this.messageKey = '';
      field.value = '';
      this.threadTask.value?.splice(0, Infinity, ...thread);
      this.announcer.announce(this.msg.sent);
    }); // a failure: the text stays in the field
  }

  override render(): TemplateResult {
    const msg = this.msg;
    const thread = this.threadTask.value ?? [];
    const problem = this.sending.problem;
    return html`<section aria-labelledby="thread-heading">
      <h3 id="thread-heading">${msg.operatorHeading}</h3>
      ${this.threadTask.render({
        pending: () => html`<gu-loading-state inline delay="300"></gu-loading-state>`,
        error: (error) => errorState(error, 4, () => this.threadTask.run()),
        complete: () => nothing,
      })}
      ${
        thread.length === 0
          ? html`<p class="muted">${msg.noMessages}</p>`
          : html`<ol class="thread stack">
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
      <form class="message-form" novalidate @submit=${this.send}>
        <label for="message">${msg.messageLabel}</label>
        <span id="message-hint" class="muted">${msg.messageHint}</span>
        <textarea
          id="message"
          maxlength=${MAX_MESSAGE + 100}
          aria-describedby="message-hint message-error"
          aria-invalid=${problem ? 'true' : 'false'}
        ></textarea>
        <span id="message-error" class="error" role="status">${problem}</span>
        <gu-button type="submit" ?busy=${this.sending.busy}>${msg.send}</gu-button>
      </form>
    </section>`;
  }
}
