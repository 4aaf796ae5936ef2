import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createIdempotencyKey, isApiError } from '../api/index.js';
import type { FileRefusal } from '../api/upload.js';

/**
 * Where a chosen file is: `ready` to send, `refused` before sending (type, size, empty), `uploading`, `done`, `failed`
 * (the server or the network said no) or `cancelled` (the citizen stopped it). Failed and cancelled may be sent again.
 */
export type UploadState = 'ready' | 'refused' | 'uploading' | 'done' | 'failed' | 'cancelled';

/** One chosen file in an `UploadQueueController`: what a part renders. */
export interface QueuedUpload<Result> {
  /** Stable within the queue (for keyed rendering). */
  readonly id: number;
  readonly file: File;
  /** The file's idempotency key: made when it is chosen and sent again on every retry (the server stores it once). */
  readonly key: string;
  readonly state: UploadState;
  /** Why it was refused before sending (state `refused`). */
  readonly refusal?: FileRefusal;
  /** Fraction 0…1 of the file sent. */
  readonly progress: number;
  /** The endpoint's answer (state `done`). */
  readonly result?: Result;
  /** What was said when it failed or was cancelled (states `failed`, `cancelled`), for the part to show. */
  readonly problem?: string;
}

/** What the endpoint call gets besides the file. */
export interface UploadRequest {
  idempotencyKey: string;
  signal: AbortSignal;
  onProgress: (fraction: number) => void;
}

/** The texts a queue says in the part's live region; `started` is optional (nothing said when absent). */
export interface UploadAnnouncements<Result> {
  started?: (upload: QueuedUpload<Result>) => string;
  done: (upload: QueuedUpload<Result>) => string;
  /** Also kept as the upload's `problem`. */
  failed: (upload: QueuedUpload<Result>, error: unknown) => string;
  /** Also kept as the upload's `problem`. */
  cancelled: (upload: QueuedUpload<Result>) => string;
}

/** Options of an `UploadQueueController`. */
export interface UploadQueueOptions<Result> {
  /** The widget's endpoint call (e.g. core/api `uploadFile` with its path): one file, its key, signal and progress. */
  send: (file: File, request: UploadRequest) => Promise<Result>;
  /** Says a text politely (a part: `(text) => this.announcer.announce(text)`). */
  announce: (text: string) => void;
  /** What to say as an upload starts and ends. */
  say: UploadAnnouncements<Result>;
  /** Called once an upload is done and said (e.g. to fire the widget's event with the result). */
  uploaded?: (upload: QueuedUpload<Result>, result: Result) => void;
  /** Abort the running uploads when the host is removed (default true). */
  abortOnDisconnect?: boolean;
}

/** A queued upload as the controller changes it. */
type Entry<Result> = { -readonly [K in keyof QueuedUpload<Result>]: QueuedUpload<Result>[K] };

/**
 * The file queue of an upload part (documents, scans, payment receipts): the chosen files, each with its own
 * idempotency key reused on retry, its state and progress, one upload at a time per file with its own
 * `AbortController` (cancel, remove), sending the ready ones one after another, and the start and result said in the
 * live region. The part keeps its endpoint call (`send`), its rules (which files, when to send) and its rendering;
 * the host re-renders on every change.
 *
 *   private readonly queue = new UploadQueueController<Scan>(this, {
 *     send: (file, request) => uploadScan({ …, file, ...request }),
 *     announce: (text) => this.announcer.announce(text),
 *     say: { done: (u) => m.uploaded(u.file.name), failed: …, cancelled: … },
 *   });
 *   render() { return html`${this.queue.items.map((u) => html`… ${u.state} … @click=${() => this.queue.cancel(u)}`)}`; }
 */
export class UploadQueueController<Result> implements ReactiveController {
  #items: readonly Entry<Result>[] = [];
  #nextId = 1;
  readonly #running = new Map<number, AbortController>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: UploadQueueOptions<Result>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.options.abortOnDisconnect === false) return;
    for (const abort of this.#running.values()) abort.abort();
  }

  /** The chosen files, in the order they were chosen. */
  get items(): readonly QueuedUpload<Result>[] {
    return this.#items;
  }

  /** Whether any file is being sent. */
  get uploading(): boolean {
    return this.items.some((item) => item.state === 'uploading');
  }

  /** Adds a chosen file: `ready`, or `refused` with its reason (it stays in the list, never sent). */
  add(file: File, refusal?: FileRefusal): QueuedUpload<Result> {
    const item: Entry<Result> = {
      id: this.#nextId++,
      file,
      key: createIdempotencyKey(),
      state: refusal ? 'refused' : 'ready',
      progress: 0,
      ...(refusal ? { refusal } : {}),
    };
    this.#items = [...this.#items, item];
    this.host.requestUpdate();
    return item;
  }

  /**
   * Sends a ready, failed or cancelled file with its own key and resolves when it has settled; does nothing for a file
   * that is refused, done, already being sent, or no longer in the queue (one upload at a time per file).
   */
  async upload(item: QueuedUpload<Result>): Promise<void> {
    const entry = this.#entry(item);
    if (!entry || entry.state === 'refused' || entry.state === 'done' || entry.state === 'uploading') return;
    const { send, say } = this.options;
    const abort = new AbortController();
    this.#running.set(entry.id, abort);
    this.#patch(entry, { state: 'uploading', progress: 0, problem: undefined });
    if (say.started) this.options.announce(say.started(entry));
    try {
      const result = await send(entry.file, {
        idempotencyKey: entry.key,
        signal: abort.signal,
        onProgress: (fraction) => this.#patch(entry, { progress: fraction }),
      });
      this.#running.delete(entry.id);
      this.#patch(entry, { state: 'done', progress: 1, result });
      this.options.announce(say.done(entry));
      this.options.uploaded?.(entry, result);
    } catch (error) {
      this.#running.delete(entry.id);
      const cancelled = isApiError(error) && error.kind === 'aborted';
      const problem = cancelled ? say.cancelled(entry) : say.failed(entry, error);
      this.#patch(entry, { state: cancelled ? 'cancelled' : 'failed', problem });
      this.options.announce(problem);
    }
  }

  /** Sends every ready file, one after another. */
  async uploadReady(): Promise<void> {
    for (const item of this.items.filter((candidate) => candidate.state === 'ready')) {
      if (item.state === 'ready') await this.upload(item);
    }
  }

  /** Stops a running upload (it ends `cancelled`). */
  cancel(item: QueuedUpload<Result>): void {
    this.#running.get(item.id)?.abort();
  }

  /** Takes a file out of the queue, stopping its upload; returns where it stood (-1 when it was not there). */
  remove(item: QueuedUpload<Result>): number {
    this.cancel(item);
    const index = this.items.findIndex((candidate) => candidate.id === item.id);
    if (index >= 0) {
      this.#items = this.#items.filter((candidate) => candidate.id !== item.id);
      this.host.requestUpdate();
    }
    return index;
  }

  #entry(item: QueuedUpload<Result>): Entry<Result> | undefined {
    return this.#items.find((candidate) => candidate.id === item.id);
  }

  #patch(entry: Entry<Result>, changes: Partial<Entry<Result>>): void {
    Object.assign(entry, changes);
    this.#items = [...this.#items];
    this.host.requestUpdate();
  }
}
