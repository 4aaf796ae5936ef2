/**
 * core/api uploadFile: the body every gu-kit upload endpoint takes (`{ fileName, mediaType, content }`, base64), sent
 * to the widget's path with the kit's headers, the answer through the widget's parser — the shared body of the
 * tracker's `uploadDocument` and verification's `uploadScan`.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ApiError } from '../../../components/core/api/index.js';
import { uploadFile } from '../../../components/core/api/upload.js';
import { uploadScan } from '../../../components/verification/upload.js';
import { uploadDocument } from '../../../components/application-tracker/upload.js';
import { TEST_BASE, endpoint, rejectionOf, useTestWorker } from './api-test-kit.js';

interface Seen {
  path: string;
  idempotencyKey: string | null;
  authorization: string | null;
  body: { fileName?: string; mediaType?: string; content?: string };
}

const parseId = (data: unknown): { id: string } => {
  const id = (data as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') throw new Error('no id');
  return { id };
};

describe('core/api uploadFile', () => {
  const { worker } = useTestWorker();

  function recordPosts(pattern: string, answer: () => Response): Seen[] {
    const seen: Seen[] = [];
    worker().use(
      http.post(pattern, async ({ request }) => {
        seen.push({
          path: new URL(request.url).pathname,
          idempotencyKey: request.headers.get('idempotency-key'),
          authorization: request.headers.get('authorization'),
          body: (await request.json()) as Seen['body'],
        });
        return answer();
      }),
    );
    return seen;
  }

  it('sends the file as JSON (name, media type by extension, base64 content) to the path and parses the answer', async () => {
    const seen = recordPosts(endpoint('files/up-1'), () => HttpResponse.json({ id: 'f1' }, { status: 201 }));
    const progress: number[] = [];
    const result = await uploadFile({
      baseUrl: TEST_BASE,
      path: 'files/up-1',
      file: new File(['ABC'], 'Скан паспорта.PNG', { type: 'image/png' }),
      auth: { getAccessToken: () => 't1' },
      locale: 'ru',
      idempotencyKey: 'key-7',
      onProgress: (fraction) => progress.push(fraction),
      parse: parseId,
    });
    expect(result).to.deep.equal({ id: 'f1' });
    expect(seen).to.have.length(1);
    expect(seen[0]).to.deep.include({ idempotencyKey: 'key-7', authorization: 'Bearer t1' });
    expect(seen[0]!.body).to.deep.equal({ fileName: 'Скан паспорта.PNG', mediaType: 'image/png', content: 'QUJD' });
    expect(progress.at(-1)).to.equal(1);
  });

  it('takes the endpoint’s own accepted types; an extension outside them is sent as PDF', async () => {
    const seen = recordPosts(endpoint('files/up-2'), () => HttpResponse.json({ id: 'f2' }));
    const base = { baseUrl: TEST_BASE, path: 'files/up-2', locale: 'en', idempotencyKey: 'k', parse: parseId };
    await uploadFile({ ...base, file: new File(['x'], 'note.txt'), accepted: { 'text/plain': ['.txt'] } });
    await uploadFile({ ...base, file: new File(['x'], 'note.txt') });
    expect(seen.map((request) => request.body.mediaType)).to.deep.equal(['text/plain', 'application/pdf']);
  });

  it('cancelled before it starts: rejects as aborted and sends nothing', async () => {
    const seen = recordPosts(endpoint('files/up-3'), () => HttpResponse.json({ id: 'f3' }));
    const abort = new AbortController();
    abort.abort();
    const error = await rejectionOf(
      uploadFile({
        baseUrl: TEST_BASE,
        path: 'files/up-3',
        file: new File(['x'], 'a.pdf'),
        locale: 'ru',
        idempotencyKey: 'k',
        signal: abort.signal,
        parse: parseId,
      }),
    );
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).kind).to.equal('aborted');
    expect(seen).to.have.length(0);
  });

  it('the two widget wrappers add only their endpoint and their parser', async () => {
    const seen = recordPosts(`*${TEST_BASE}/*/documents`, () =>
      HttpResponse.json({ id: 'd1', fileName: 'a.pdf', size: 1, mediaType: 'application/pdf' }, { status: 201 }),
    );
    const common = { baseUrl: TEST_BASE, locale: 'ru', idempotencyKey: 'k', file: new File(['x'], 'a.pdf') };
    expect(await uploadScan(common)).to.deep.equal({ id: 'd1', fileName: 'a.pdf', size: 1 });
    expect((await uploadDocument({ ...common, applicationId: 'app 1' })).id).to.equal('d1');
    expect(seen.map((request) => request.path)).to.deep.equal([
      `${TEST_BASE}/verification/documents`,
      `${TEST_BASE}/applications/app%201/documents`,
    ]);
    const malformed = recordPosts(endpoint('verification/documents'), () => HttpResponse.json({ id: 'd2' }));
    const error = await rejectionOf(uploadScan(common));
    expect((error as ApiError).kind).to.equal('malformed'); // verification's parser wants the size
    expect(malformed).to.have.length(1);
  });
});
