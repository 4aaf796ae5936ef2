import { html, nothing, type TemplateResult } from 'lit';
import type { QueuedUpload } from '../widget/upload-queue.js';

/** The words of one file's row in an upload list (the widget's catalog gives them). */
export interface UploadItemTexts {
  /** The progress bar's name, e.g. «Загрузка файла scan.pdf». */
  uploading(name: string): string;
  /** Said once the file is stored, e.g. «Файл scan.pdf загружен». */
  uploaded(name: string): string;
  cancel: string;
  retry: string;
  remove: string;
}

/** What the row's buttons do (the part's `UploadQueueController` and its own removal, which also moves focus). */
export interface UploadItemActions<Result> {
  cancel(item: QueuedUpload<Result>): void;
  retry(item: QueuedUpload<Result>): void;
  remove(item: QueuedUpload<Result>): void;
  /** A percentage in the page's language («42»). */
  number(value: number): string;
}

/**
 * One file of an upload list (core/widget `UploadQueueController`'s item), drawn alike in every widget that takes
 * files: its name; while uploading, a named progress bar with the percentage and «Отменить»; once stored, the text
 * that says so; after a failure, the reason and «Повторить»; «Удалить» whenever it is not uploading. Each button names
 * its file for screen readers. The row uses the part's `.card`, `.muted`, `.ok`, `.error`, `.actions`, `.btn` rules.
 */
export function renderUploadItem<Result>(
  item: QueuedUpload<Result>,
  texts: UploadItemTexts,
  actions: UploadItemActions<Result>,
): TemplateResult {
  const failed = item.state === 'failed' || item.state === 'cancelled';
  const percent = Math.round(item.progress * 100);
  const named = (label: string) => html`${label}<span class="visually-hidden"> ${item.file.name}</span>`;
  return html`<li class="card">
    <p><strong>${item.file.name}</strong></p>
    ${
      item.state === 'uploading'
        ? html`<progress max="100" .value=${percent} aria-label=${texts.uploading(item.file.name)}></progress>
            <p class="muted">${actions.number(percent)} %</p>`
        : nothing
    }
    ${item.state === 'done' ? html`<p class="ok">${texts.uploaded(item.file.name)}</p>` : nothing}
    ${failed ? html`<p class="error">${item.problem}</p>` : nothing}
    <div class="actions">
      ${
        item.state === 'uploading'
          ? html`<button class="btn" type="button" @click=${() => actions.cancel(item)}>${named(texts.cancel)}</button>`
          : nothing
      }
      ${
        failed
          ? html`<button class="btn" type="button" @click=${() => actions.retry(item)}>${named(texts.retry)}</button>`
          : nothing
      }
      ${
        item.state !== 'uploading'
          ? html`<button class="btn" type="button" @click=${() => actions.remove(item)}>${named(texts.remove)}</button>`
          : nothing
      }
    </div>
  </li>`;
}
