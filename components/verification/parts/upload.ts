/** `gu-verification-upload`: scans (JPG, PNG, PDF, size limit) with progress, cancel and retry; refusals before upload. */
import { html, nothing, type TemplateResult } from 'lit';
import { createIdempotencyKey } from '../../core/api/index.js';
import { checkFile, uploadScan } from '../upload.js';
import { VerificationPart, errorClass } from './part.js';

interface Item {
  key: string;
  file: File;
  status: 'uploading' | 'done' | 'error';
  progress: number;
  id?: string;
  error?: string;
  abort?: AbortController;
}

export class GuVerificationUpload extends VerificationPart {
  static override properties = {
    ...VerificationPart.properties,
    label: {},
    items: { state: true },
    refusal: { state: true },
  };
  /** The file input's label (default «Выберите файл»). */
  declare label: string;
  declare private items: Item[];
  declare private refusal: string;

  constructor() {
    super();
    this.items = [];
    this.refusal = '';
    this.label = '';
  }

  /** The largest scan accepted, in megabytes (the element's `max-file-mb`). */
  private get maxFileMb(): number {
    return this.ctx?.maxFileMb ?? 10;
  }

  /** Ids of the uploaded scans. */
  get documentIds(): string[] {
    return this.items.flatMap((item) => (item.status === 'done' && item.id ? [item.id] : []));
  }

  /** Whether an upload is still running. */
  get uploading(): boolean {
    return this.items.some((item) => item.status === 'uploading');
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
      const item: Item = { key: createIdempotencyKey(), file, status: 'uploading', progress: 0 };
      this.items = [...this.items, item];
      void this.run(item);
    }
  }

  private patch(item: Item, changes: Partial<Item>): void {
    Object.assign(item, changes);
    this.items = [...this.items];
  }

  private async run(item: Item): Promise<void> {
    const abort = new AbortController();
    this.patch(item, { status: 'uploading', progress: 0, error: undefined, abort });
    this.announcer.announce(this.msg.uploading(item.file.name));
    try {
      const scan = await uploadScan({
        baseUrl: this.ctx.baseUrl,
        auth: this.ctx.auth,
        locale: this.i18n.locale,
        file: item.file,
        idempotencyKey: item.key,
        signal: abort.signal,
        onProgress: (fraction) => this.patch(item, { progress: fraction }),
      });
      this.patch(item, { status: 'done', id: scan.id, progress: 1 });
      this.announcer.announce(this.msg.uploaded(item.file.name));
    } catch (error) {
      const cancelled = this.aborted(error);
      const message = cancelled
        ? this.msg.uploadCancelled(item.file.name)
        : `${this.msg.uploadFailed(item.file.name)} ${this.errorText(error)}`;
      this.patch(item, { status: 'error', error: message });
      this.announcer.announce(message); // shown next to the file, said as it happens
    }
  }

  private onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.addFiles(Array.from(input.files ?? []));
    input.value = '';
  }

  private removeItem(item: Item): void {
    item.abort?.abort();
    this.items = this.items.filter((candidate) => candidate !== item);
    this.renderRoot.querySelector<HTMLInputElement>('#file')?.focus();
  }

  private renderItem(item: Item): TemplateResult {
    const m = this.msg;
    const percent = Math.round(item.progress * 100);
    return html`<li class="card">
      <p><strong>${item.file.name}</strong></p>
      ${
        item.status === 'uploading'
          ? html`<progress max="100" .value=${percent} aria-label=${m.uploading(item.file.name)}></progress>
              <p class="muted">${this.i18n.number(percent)} %</p>`
          : nothing
      }
      ${item.status === 'done' ? html`<p class="ok">${m.uploaded(item.file.name)}</p>` : nothing}
      ${item.status === 'error' ? html`<p class="error">${item.error}</p>` : nothing}
      <div class="actions">
        ${
          item.status === 'uploading'
            ? html`<button class="btn" type="button" @click=${() => item.abort?.abort()}>
                ${m.cancel}<span class="visually-hidden"> ${item.file.name}</span>
              </button>`
            : nothing
        }
        ${
          item.status === 'error'
            ? html`<button class="btn" type="button" @click=${() => this.run(item)}>
                ${m.retry}<span class="visually-hidden"> ${item.file.name}</span>
              </button>`
            : nothing
        }
        ${
          item.status !== 'uploading'
            ? html`<button class="btn" type="button" @click=${() => this.removeItem(item)}>
                ${m.remove}<span class="visually-hidden"> ${item.file.name}</span>
              </button>`
            : nothing
        }
      </div>
    </li>`;
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
        this.items.length > 0
          ? html`<ul class="plain">
              ${this.items.map((item) => this.renderItem(item))}
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
