import { html, nothing, type TemplateResult } from 'lit';
import { LocaleController } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/index.js';
import { UploadQueueController, type QueuedUpload } from '../../core/widget/upload-queue.js';
import { WidgetPart } from '../../core/widget/widget-part.js';
import '../../core/ui/gu-button.js';
import { DOCUMENT_TYPES } from '../../core/api/upload.js';
import { controlStyles } from '../application-tracker.styles.js';
import type { ApplicationDocument } from '../api.js';
import type { TrackerContext } from '../context.js';
import { GuApplicationDocumentAddedEvent } from '../events.js';
import type { TrackerMessages } from '../locales/ru.js';
import { MAX_FILE_BYTES, checkFile, uploadDocument } from '../upload.js';
import { uploadStyles } from './application-upload.styles.js';
import { trackerMessages } from './messages.js';
import { partStyles } from './part-styles.js';

type ChosenFile = QueuedUpload<ApplicationDocument>;

const ACCEPT = [...Object.keys(DOCUMENT_TYPES), ...Object.values(DOCUMENT_TYPES).flat()].join(',');

/**
 * @summary Adding documents to an application: a file picker and drag and drop, type and size checked before
 * upload, a progress bar per file, cancel and retry; a failed or stopped upload keeps its file. Internal to
 * `<gu-application-tracker>`; fires the tracker's public `gu-application-document-added`.
 */
export class GuApplicationUpload extends WidgetPart<TrackerContext, TrackerMessages> {
  static override styles = [baseStyles, controlStyles, partStyles, uploadStyles];

  static override properties = {
    applicationId: { attribute: false },
    maxFileSize: { type: Number, attribute: 'max-file-size' },
    over: { state: true },
  };

  protected readonly i18n = new LocaleController(this, trackerMessages);

  /** The application the documents go to. */
  declare applicationId: string;
  /** Largest accepted file in bytes (10 MB). */
  declare maxFileSize: number;
  declare private over: boolean;

  /** The chosen files: each sent with its own idempotency key, aborted when the part is removed. */
  private readonly queue = new UploadQueueController<ApplicationDocument>(this, {
    send: (file, request) =>
      uploadDocument({
        baseUrl: this.ctx.baseUrl,
        auth: this.ctx.auth,
        locale: this.i18n.locale,
        applicationId: this.applicationId,
        file,
        ...request,
      }),
    announce: (text) => this.announcer.announce(text),
    say: {
      done: (chosen) => this.i18n.msg.uploadDone(chosen.file.name),
      failed: (chosen) => this.i18n.msg.uploadFailedAnnounce(chosen.file.name),
      cancelled: () => this.i18n.msg.fileCancelled,
    },
    uploaded: (_chosen, document) =>
      this.dispatchEvent(new GuApplicationDocumentAddedEvent({ applicationId: this.applicationId, document })),
  });

  constructor() {
    super();
    this.applicationId = '';
    this.maxFileSize = MAX_FILE_BYTES;
    this.over = false;
  }

  /** Adds files (from the picker or a drop), checking type and size before anything is sent. */
  addFiles(list: Iterable<File>): void {
    const added = [...list].map((file) => this.queue.add(file, checkFile(file, this.maxFileSize)));
    if (added.length === 0) return;
    const refused = added.filter((f) => f.state === 'refused').length;
    const accepted = added.length - refused;
    const msg = this.i18n.msg;
    this.announcer.announce(
      [
        accepted > 0 ? this.i18n.plural(accepted, msg.filesAdded) : '',
        refused > 0 ? this.i18n.plural(refused, msg.filesRefused) : '',
      ]
        .filter(Boolean)
        .join('. '),
    );
  }

  /** Uploads every file that is ready, one after another. */
  async uploadAll(): Promise<void> {
    await this.queue.uploadReady();
  }

  private removeFile(chosen: ChosenFile): void {
    const index = this.queue.remove(chosen);
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('li button');
      (
        buttons[Math.min(index * 1, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#choose')
      )?.focus();
    });
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    if (event.dataTransfer?.files) this.addFiles(event.dataTransfer.files);
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.over = true;
  }

  private stateText(chosen: ChosenFile): string {
    const msg = this.i18n.msg;
    switch (chosen.state) {
      case 'refused':
        return chosen.refusal === 'size'
          ? msg.refusedSize
          : chosen.refusal === 'empty'
            ? msg.refusedEmpty
            : msg.refusedType;
      case 'uploading':
        return msg.fileUploading(this.i18n.number(chosen.progress, { style: 'percent' }));
      case 'done':
        return msg.fileDone;
      case 'failed':
        return msg.fileFailed;
      case 'cancelled':
        return msg.fileCancelled;
      default:
        return msg.fileReady;
    }
  }

  private renderFile(chosen: ChosenFile): TemplateResult {
    const msg = this.i18n.msg;
    const name = chosen.file.name;
    const kb = this.i18n.number(Math.max(1, Math.round(chosen.file.size / 1024)));
    return html`<li class=${chosen.state} data-file=${name}>
      <span class="name">${name} <span class="muted">(${kb} KB)</span></span>
      ${
        chosen.state === 'uploading'
          ? html`<button class="btn" type="button" data-role="cancel" @click=${() => this.queue.cancel(chosen)}>
              ${msg.cancelUpload(name)}
            </button>`
          : nothing
      }
      ${
        chosen.state === 'failed' || chosen.state === 'cancelled'
          ? html`<button class="btn" type="button" data-role="retry" @click=${() => this.queue.upload(chosen)}>
              ${msg.retryUpload(name)}
            </button>`
          : nothing
      }
      ${
        chosen.state !== 'uploading' && chosen.state !== 'done'
          ? html`<button class="btn" type="button" data-role="remove" @click=${() => this.removeFile(chosen)}>
              ${msg.remove(name)}
            </button>`
          : nothing
      }
      ${
        chosen.state === 'uploading'
          ? html`<progress
              max="100"
              .value=${Math.round(chosen.progress * 100)}
              aria-label=${msg.progressLabel(name)}
            ></progress>`
          : nothing
      }
      <span class="state">${this.stateText(chosen)}</span>
    </li>`;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    const files = this.queue.items;
    const uploading = this.queue.uploading;
    const ready = files.some((f) => f.state === 'ready');
    return html`<section aria-labelledby="upload-heading">
      <h3 id="upload-heading" tabindex="-1">${msg.uploadHeading}</h3>
      <p id="upload-hint">${msg.uploadHint}</p>
      <div
        class="drop ${this.over ? 'over' : ''}"
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        <input
          id="file"
          type="file"
          multiple
          hidden
          accept=${ACCEPT}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.files) this.addFiles(input.files);
            input.value = '';
          }}
        />
        <button
          id="choose"
          class="btn"
          type="button"
          aria-describedby="upload-hint"
          @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#file')?.click()}
        >
          ${msg.chooseFiles}
        </button>
        <span>${msg.dropHere}</span>
      </div>
      ${
        files.length > 0
          ? html`<ul class="stack" aria-label=${msg.chosenFiles}>
                ${files.map((f) => this.renderFile(f))}
              </ul>
              <div>
                <gu-button
                  type="button"
                  id="upload-all"
                  ?busy=${uploading}
                  ?disabled=${!ready && !uploading}
                  @click=${this.uploadAll}
                  >${msg.uploadAll}</gu-button
                >
              </div>`
          : nothing
      }
    </section>`;
  }
}
