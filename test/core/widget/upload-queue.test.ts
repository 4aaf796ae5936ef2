/**
 * core/widget UploadQueueController: the file queue of an upload part, driven on a tiny host with a fake endpoint —
 * each file's idempotency key reused on retry, one upload at a time per file, abort on cancel, remove and removal of
 * the host, progress and results as the host renders them, and what is said in the live region.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { ApiError } from '../../../components/core/api/index.js';
import { UploadQueueController, type UploadRequest } from '../../../components/core/widget/index.js';
import { until } from '../../helpers/until.js';

interface Receipt {
  id: string;
}

/** One call of the fake endpoint, settled by the test. */
interface Call {
  name: string;
  request: UploadRequest;
  resolve(receipt: Receipt): void;
  reject(error: unknown): void;
}

/** An upload part in miniature: a list of the chosen files with their state, progress and buttons. */
class QueueHost extends LitElement {
  readonly calls: Call[] = [];
  readonly said: string[] = [];
  readonly uploaded: string[] = [];

  /** Sends like core/api's uploadFile: aborting the signal rejects with ApiError 'aborted'. */
  private send(file: File, request: UploadRequest): Promise<Receipt> {
    return new Promise((resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(new ApiError('aborted', 'Upload cancelled')));
      this.calls.push({ name: file.name, request, resolve, reject });
    });
  }

  queue = this.makeQueue(false);

  makeQueue(keep: boolean): UploadQueueController<Receipt> {
    return new UploadQueueController<Receipt>(this, {
      send: (file, request) => this.send(file, request),
      announce: (text) => this.said.push(text),
      say: {
        started: (upload) => `Загружается ${upload.file.name}`,
        done: (upload) => `Загружен ${upload.file.name}`,
        failed: (upload, error) => `Не удалось загрузить ${upload.file.name}: ${(error as Error).message}`,
        cancelled: (upload) => `Отменено: ${upload.file.name}`,
      },
      uploaded: (upload, receipt) => this.uploaded.push(`${upload.file.name}=${receipt.id}`),
      abortOnDisconnect: !keep,
    });
  }

  override render() {
    return html`<ul>
      ${this.queue.items.map(
        (upload) =>
          html`<li data-file=${upload.file.name} data-state=${upload.state}>
            ${upload.file.name}
            ${
              upload.state === 'uploading'
                ? html`<progress max="100" .value=${Math.round(upload.progress * 100)}></progress>`
                : nothing
            }
            ${upload.problem ? html`<span class="problem">${upload.problem}</span>` : nothing}
          </li>`,
      )}
    </ul>`;
  }
}
customElements.define('test-upload-queue-host', QueueHost);

const file = (name: string) => new File([new Uint8Array(64)], name, { type: 'application/pdf' });
const mount = () => fixture<QueueHost>(html`<test-upload-queue-host></test-upload-queue-host>`);
const row = (host: QueueHost, name: string) => host.shadowRoot!.querySelector<HTMLLIElement>(`li[data-file="${name}"]`);
const stateOf = (host: QueueHost, name: string) => row(host, name)?.dataset['state'];

describe('core/widget UploadQueueController', () => {
  it('sends a failed or cancelled file again with the same idempotency key; each file has its own', async () => {
    const host = await mount();
    const scan = host.queue.add(file('скан.pdf'));
    const other = host.queue.add(file('справка.pdf'));
    expect(scan.key).to.be.a('string').and.not.equal('');
    expect(scan.key).not.to.equal(other.key);

    const first = host.queue.upload(scan);
    await until(() => host.calls.length === 1, 'the first attempt');
    host.calls[0]!.reject(new Error('сервер недоступен'));
    await first;
    await host.updateComplete;
    expect(stateOf(host, 'скан.pdf')).to.equal('failed');
    expect(row(host, 'скан.pdf')!.textContent).to.contain('Не удалось загрузить скан.pdf: сервер недоступен');

    const retry = host.queue.upload(scan);
    await until(() => host.calls.length === 2, 'the retry');
    host.queue.cancel(scan);
    await retry;
    expect(host.queue.items[0]!.state).to.equal('cancelled');

    const last = host.queue.upload(scan);
    await until(() => host.calls.length === 3, 'the retry after cancelling');
    host.calls[2]!.resolve({ id: 'doc-1' });
    await last;
    expect(host.calls.map((call) => call.request.idempotencyKey)).to.deep.equal([scan.key, scan.key, scan.key]);
    expect(host.calls.map((call) => call.name)).to.deep.equal(['скан.pdf', 'скан.pdf', 'скан.pdf']);
    expect(host.uploaded).to.deep.equal(['скан.pdf=doc-1']);
  });

  it('sends one upload at a time per file: a second start while it runs, or once done, sends nothing', async () => {
    const host = await mount();
    const scan = host.queue.add(file('скан.pdf'));
    const running = host.queue.upload(scan);
    await host.queue.upload(scan); // resolves at once: the file is being sent
    await host.queue.uploadReady(); // nothing else is ready
    expect(host.calls).to.have.length(1);
    host.calls[0]!.resolve({ id: 'doc-1' });
    await running;
    await host.queue.upload(host.queue.items[0]!);
    expect(host.calls).to.have.length(1);
    expect(host.queue.items[0]!.result).to.deep.equal({ id: 'doc-1' });
  });

  it('sends the ready files one after another and never a refused one', async () => {
    const host = await mount();
    host.queue.add(file('первый.pdf'));
    host.queue.add(file('пустой.pdf'), 'empty');
    host.queue.add(file('второй.pdf'));
    const all = host.queue.uploadReady();
    await until(() => host.calls.length === 1, 'the first file sent');
    await host.updateComplete;
    expect(stateOf(host, 'второй.pdf'), 'waits for the first').to.equal('ready');
    host.calls[0]!.resolve({ id: 'doc-1' });
    await until(() => host.calls.length === 2, 'the second file sent');
    expect(host.calls[1]!.name).to.equal('второй.pdf');
    host.calls[1]!.resolve({ id: 'doc-2' });
    await all;
    await host.updateComplete;
    expect(stateOf(host, 'пустой.pdf')).to.equal('refused');
    expect(host.queue.items.find((upload) => upload.state === 'refused')!.refusal).to.equal('empty');
    expect(host.uploaded).to.deep.equal(['первый.pdf=doc-1', 'второй.pdf=doc-2']);
  });

  it('shows the progress while a file is sent, and says the start and the result', async () => {
    const host = await mount();
    const scan = host.queue.add(file('скан.pdf'));
    const running = host.queue.upload(scan);
    await host.updateComplete;
    expect(stateOf(host, 'скан.pdf')).to.equal('uploading');
    expect(host.shadowRoot!.querySelector('progress')!.value).to.equal(0);
    host.calls[0]!.request.onProgress(0.5);
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('progress')!.value).to.equal(50);
    expect(host.queue.uploading).to.equal(true);
    host.calls[0]!.resolve({ id: 'doc-1' });
    await running;
    await host.updateComplete;
    expect(stateOf(host, 'скан.pdf')).to.equal('done');
    expect(host.queue.items[0]!.progress).to.equal(1);
    expect(host.queue.uploading).to.equal(false);
    expect(host.shadowRoot!.querySelector('progress')).to.equal(null);
    expect(host.said).to.deep.equal(['Загружается скан.pdf', 'Загружен скан.pdf']);
  });

  it('remove() aborts the running upload and takes the file out; cancel() keeps it, cancelled', async () => {
    const host = await mount();
    const kept = host.queue.add(file('оставить.pdf'));
    const gone = host.queue.add(file('убрать.pdf'));
    const cancelled = host.queue.upload(kept);
    const removed = host.queue.upload(gone);
    await until(() => host.calls.length === 2, 'both sent');

    expect(host.queue.remove(gone)).to.equal(1);
    expect(host.calls[1]!.request.signal.aborted).to.equal(true);
    await removed;
    await host.updateComplete;
    expect(row(host, 'убрать.pdf')).to.equal(null);
    expect(host.queue.items.map((upload) => upload.file.name)).to.deep.equal(['оставить.pdf']);

    host.queue.cancel(kept);
    expect(host.calls[0]!.request.signal.aborted).to.equal(true);
    await cancelled;
    await host.updateComplete;
    expect(stateOf(host, 'оставить.pdf')).to.equal('cancelled');
    expect(row(host, 'оставить.pdf')!.textContent).to.contain('Отменено: оставить.pdf');
    expect(host.said).to.include('Отменено: оставить.pdf');
    expect(host.uploaded).to.deep.equal([]);
  });

  it('aborts what runs when the host is removed, unless told to keep it', async () => {
    const host = await mount();
    void host.queue.upload(host.queue.add(file('скан.pdf')));
    await until(() => host.calls.length === 1, 'sent');
    host.remove();
    expect(host.calls[0]!.request.signal.aborted).to.equal(true);

    const keeping = await mount();
    keeping.queue = keeping.makeQueue(true);
    void keeping.queue.upload(keeping.queue.add(file('скан.pdf')));
    await until(() => keeping.calls.length === 1, 'sent');
    keeping.remove();
    expect(keeping.calls[0]!.request.signal.aborted).to.equal(false);
    document.body.append(keeping);
    keeping.calls[0]!.resolve({ id: 'doc-1' });
    await until(() => keeping.queue.items[0]!.state === 'done', 'done after the move');
    keeping.remove();
  });
});
