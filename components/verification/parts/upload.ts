/** `gu-verification-upload`: scans (JPG, PNG, PDF, size limit) with progress, cancel and retry; refusals before upload. */
import { html, nothing, type TemplateResult } from 'lit';
import { UploadQueueController, type QueuedUpload } from '../../core/widget/upload-queue.js';
import { checkFile, uploadScan, type UploadedScan } from '../upload.js';
import { VerificationPart, errorClass } from './part.js';
import { renderUploadItem } from '../../core/ui/upload-item.js';

type Item = QueuedUpload<UploadedScan>;

export class GuVerificationUpload extends VerificationPart {
  static override properties = {
    ...VerificationPart.properties,
    label: {},
    refusal: { state: true },
  };
  /** The file input's label (default «Выберите файл»). */
  declare label: string;
  declare private refusal: string;

  /**
   * The chosen scans, each sent as soon as it is chosen with its own idempotency key. An upload keeps running while
   * the widget is moved (as before the queue: the part's `abort` signal does not reach it).
   */
  private readonly queue = new UploadQueueController<UploadedScan>(this, {
    send: (file, request) =>
      uploadScan({ baseUrl: this.ctx.baseUrl, auth: this.ctx.auth, locale: this.i18n.locale, file, ...request }),
    announce: (text) => this.announcer.announce(text),
    say: {
      started: (item) => this.msg.uploading(item.file.name),
      done: (item) => this.msg.uploaded(item.file.name),
      // shown next to the file, said as it happens
      failed: (item, error) => `${this.msg.uploadFailed(item.file.name)} ${this.errorText(error)}`,
      cancelled: (item) => this.msg.uploadCancelled(item.file.name),
    },
    abortOnDisconnect: false,
  });

  constructor() {
    super();
    this.refusal = '';
    this.label = '';
  }

  /** The largest scan accepted, in megabytes (the element's `max-file-mb`). */
  private get maxFileMb(): number {
    return this.ctx?.maxFileMb ?? 10;
  }

  /** Ids of the uploaded scans. */
  get documentIds(): string[] {
    return this.queue.items.flatMap((item) => (item.state === 'done' && item.result ? [item.result.id] : []));
  }

  /** Whether an upload is still running. */
  get uploading(): boolean {
    return this.queue.uploading;
  }

  /** Takes files as if chosen in the picker (also used by tests). */
  addFiles(files: File[]): void {
    const m = this.msg;
    const mb = this.i18n.number(this.maxFileMb);
    for (const file of files) {
      const problem = checkFile(file, this.maxFileMb * 1024 * 1024);
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
  }

  private onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.addFiles(Array.from(input.files ?? []));
    input.value = '';
  }

  private removeItem(item: Item): void {
    this.queue.remove(item);
    this.renderRoot.querySelector<HTMLInputElement>('#file')?.focus();
  }

  private renderItem(item: Item): TemplateResult {
    const m = this.msg;
    return renderUploadItem(
      item,
      { uploading: m.uploading, uploaded: m.uploaded, cancel: m.cancel, retry: m.retry, remove: m.remove },
      {
        cancel: (it) => this.queue.cancel(it),
        retry: (it) => void this.queue.upload(it),
        remove: (it) => this.removeItem(it),
        number: (value) => this.i18n.number(value),
      },
    );
  }

  override render(): TemplateResult {
    const m = this.msg;
    return html`<label for="file">${this.label || m.chooseFile}</label>
      <p id="file-hint" class="muted">${m.fileHint(this.i18n.number(this.maxFileMb))}</p>
      <input
        id="file"
        type="file"
        accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
        aria-describedby="file-hint file-error"
        @change=${this.onPick}
      />
      <p id="file-error" class=${errorClass(this.refusal)} role="alert">${this.refusal}</p>
      ${
        this.queue.items.length > 0
          ? html`<ul class="plain">
              ${this.queue.items.map((item) => this.renderItem(item))}
            </ul>`
          : nothing
      }`;
  }
}

if (!customElements.get('gu-verification-upload'))
  customElements.define('gu-verification-upload', GuVerificationUpload);

declare global {
  interface HTMLElementTagNameMap {
    'gu-verification-upload': GuVerificationUpload;
  }
}
