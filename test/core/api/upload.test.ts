import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import {
  ApiError,
  type ApiAuth,
  type ApiAuthHooks,
  type AuthorizeRequest,
} from '../../../components/core/api/index.js';
import {
  checkFile,
  readFileBase64,
  uploadWithProgress,
  type UploadWithProgressOptions,
} from '../../../components/core/api/upload.js';
import { TEST_BASE, endpoint, rejectionOf, useTestWorker } from './api-test-kit.js';

interface Seen {
  authorization: string | null;
  dpop: string | null;
  idempotencyKey: string | null;
  acceptLanguage: string | null;
  contentType: string | null;
  body: unknown;
}

/** A token source; with `dpop` it also has `authorize` returning `DPoP <token>` and a numbered proof. */
function testAuth(initial: string | null, options: { dpop?: boolean; renewTo?: string | null } = {}) {
  let token = initial;
  let renewals = 0;
  let unauthorized = 0;
  const authorized: AuthorizeRequest[] = [];
  const auth: ApiAuth & ApiAuthHooks = {
    getAccessToken: () => token,
    renewAccessToken: async () => {
      renewals += 1;
      token = options.renewTo === undefined ? 'renewed' : options.renewTo;
      return token;
    },
    onUnauthorized: () => {
      unauthorized += 1;
    },
  };
  if (options.dpop) {
    auth.authorize = (request) => {
      authorized.push(request);
      return { Authorization: `DPoP ${request.accessToken}`, DPoP: `proof-${authorized.length}` };
    };
  }
  return { auth, authorized, renewals: () => renewals, unauthorized: () => unauthorized };
}

const parseId = (data: unknown): { id: string } => {
  const id = (data as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') throw new Error('no id');
  return { id };
};

describe('core/api uploadWithProgress', () => {
  const { worker } = useTestWorker();

  /** Records each request's headers and body; `answer(n)` decides the n-th (1-based) response. */
  function resource(path: string, answer: (n: number) => Response | Promise<Response>): Seen[] {
    const seen: Seen[] = [];
    worker().use(
      http.post(endpoint(path), async ({ request }) => {
        seen.push({
          authorization: request.headers.get('authorization'),
          dpop: request.headers.get('dpop'),
          idempotencyKey: request.headers.get('idempotency-key'),
          acceptLanguage: request.headers.get('accept-language'),
          contentType: request.headers.get('content-type'),
          body: await request.json(),
        });
        return answer(seen.length);
      }),
    );
    return seen;
  }

  function options(
    path: string,
    extra: Partial<UploadWithProgressOptions<{ id: string }>> = {},
  ): UploadWithProgressOptions<{ id: string }> {
    return {
      baseUrl: TEST_BASE,
      path,
      body: { fileName: 'a.pdf', content: 'QUJD' },
      locale: 'en',
      idempotencyKey: 'key-1',
      parse: parseId,
      ...extra,
    };
  }

  it('sends JSON with Bearer, Accept-Language and Idempotency-Key, and resolves the parsed answer', async () => {
    const seen = resource('up-bearer', () => HttpResponse.json({ id: 'd1' }, { status: 201 }));
    const { auth } = testAuth('t1');
    const result = await uploadWithProgress(options('up-bearer', { auth }));
    expect(result).to.deep.equal({ id: 'd1' });
    expect(seen).to.have.length(1);
    expect(seen[0]).to.deep.include({
      authorization: 'Bearer t1',
      dpop: null,
      idempotencyKey: 'key-1',
      acceptLanguage: 'en',
      contentType: 'application/json',
    });
    expect(seen[0]!.body).to.deep.equal({ fileName: 'a.pdf', content: 'QUJD' });
  });

  it('uses auth.authorize headers (DPoP) instead of Bearer when present', async () => {
    const seen = resource('up-dpop', () => HttpResponse.json({ id: 'd2' }));
    const { auth, authorized } = testAuth('t1', { dpop: true });
    await uploadWithProgress(options('up-dpop', { auth }));
    expect(seen[0]!.authorization).to.equal('DPoP t1');
    expect(seen[0]!.dpop).to.equal('proof-1');
    expect(authorized).to.have.length(1);
    expect(authorized[0]!.method).to.equal('POST');
    expect(authorized[0]!.accessToken).to.equal('t1');
    expect(authorized[0]!.url).to.equal(new URL(`${TEST_BASE}/up-dpop`, location.href).href);
  });

  it('repeats once with the DPoP nonce the server asks for', async () => {
    const seen = resource('up-nonce', (n) =>
      n === 1
        ? new HttpResponse(null, {
            status: 401,
            headers: { 'WWW-Authenticate': 'DPoP error="use_dpop_nonce"', 'DPoP-Nonce': 'n-1' },
          })
        : HttpResponse.json({ id: 'd3' }),
    );
    const tokens = testAuth('t1', { dpop: true });
    await uploadWithProgress(options('up-nonce', { auth: tokens.auth }));
    expect(seen).to.have.length(2);
    expect(tokens.authorized.map((r) => r.nonce)).to.deep.equal([undefined, 'n-1']);
    expect(tokens.renewals()).to.equal(0);
  });

  it('sends no Authorization without a token, and none in BFF mode (no auth)', async () => {
    const seen = resource('up-none', () => HttpResponse.json({ id: 'd4' }));
    await uploadWithProgress(options('up-none', { auth: testAuth(null).auth }));
    await uploadWithProgress(options('up-none'));
    expect(seen.map((s) => s.authorization)).to.deep.equal([null, null]);
  });

  it('renews once after a 401 and repeats with the renewed token and the same Idempotency-Key', async () => {
    const seen = resource('up-renew', (n) =>
      n === 1 ? HttpResponse.json({ code: 'expired' }, { status: 401 }) : HttpResponse.json({ id: 'd5' }),
    );
    const tokens = testAuth('old');
    const result = await uploadWithProgress(options('up-renew', { auth: tokens.auth, idempotencyKey: 'same-key' }));
    expect(result.id).to.equal('d5');
    expect(tokens.renewals()).to.equal(1);
    expect(tokens.unauthorized()).to.equal(0);
    expect(seen.map((s) => s.authorization)).to.deep.equal(['Bearer old', 'Bearer renewed']);
    expect(seen.map((s) => s.idempotencyKey)).to.deep.equal(['same-key', 'same-key']);
  });

  it('authorizes the repeat after a 401 with the renewed token', async () => {
    const seen = resource('up-renew-dpop', (n) =>
      n === 1 ? new HttpResponse(null, { status: 401 }) : HttpResponse.json({ id: 'd6' }),
    );
    const tokens = testAuth('old', { dpop: true });
    await uploadWithProgress(options('up-renew-dpop', { auth: tokens.auth }));
    expect(seen.map((s) => s.authorization)).to.deep.equal(['DPoP old', 'DPoP renewed']);
    expect(seen.map((s) => s.dpop)).to.deep.equal(['proof-1', 'proof-2']);
  });

  it('a second 401 is unauthorized, calls onUnauthorized and never loops', async () => {
    const seen = resource('up-401', () => new HttpResponse(null, { status: 401 }));
    const tokens = testAuth('old');
    const error = await rejectionOf(uploadWithProgress(options('up-401', { auth: tokens.auth })));
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).kind).to.equal('unauthorized');
    expect((error as ApiError).status).to.equal(401);
    expect(seen).to.have.length(2);
    expect(tokens.renewals()).to.equal(1);
    expect(tokens.unauthorized()).to.equal(1);
  });

  it('a null renewal rejects with unauthorized without repeating', async () => {
    const seen = resource('up-401-null', () => new HttpResponse(null, { status: 401 }));
    const tokens = testAuth('old', { renewTo: null });
    const error = (await rejectionOf(uploadWithProgress(options('up-401-null', { auth: tokens.auth })))) as ApiError;
    expect(error.kind).to.equal('unauthorized');
    expect(seen).to.have.length(1);
  });

  it('maps error statuses to the ApiError kinds of core/api', async () => {
    const cases: [number, string, Record<string, string>?][] = [
      [400, 'validation'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'conflict'],
      [413, 'server'],
      [422, 'validation'],
      [429, 'rate-limited', { 'Retry-After': '7' }],
      [503, 'server'],
    ];
    for (const [status, kind, headers] of cases) {
      resource(`up-status-${status}`, () =>
        HttpResponse.json(
          { code: `c${status}`, message: `m${status}`, fields: [{ field: 'content', code: 'too-big', message: 'x' }] },
          { status, headers },
        ),
      );
      const error = (await rejectionOf(uploadWithProgress(options(`up-status-${status}`)))) as ApiError;
      expect(error, String(status)).to.be.instanceOf(ApiError);
      expect(error.kind, String(status)).to.equal(kind);
      expect(error.status).to.equal(status);
      expect(error.code).to.equal(`c${status}`);
      expect(error.message).to.equal(`m${status}`);
      if (kind === 'validation') expect(error.fields.map((f) => f.field)).to.deep.equal(['content']);
      if (status === 429) expect(error.retryAfter).to.equal(7);
    }
  });

  it('a network failure is network, a bad answer is malformed', async () => {
    worker().use(http.post(endpoint('up-network'), () => HttpResponse.error()));
    expect(((await rejectionOf(uploadWithProgress(options('up-network')))) as ApiError).kind).to.equal('network');
    resource('up-malformed', () => HttpResponse.json({ nope: true }));
    expect(((await rejectionOf(uploadWithProgress(options('up-malformed')))) as ApiError).kind).to.equal('malformed');
    resource('up-not-json', () => HttpResponse.text('<html>'));
    expect(((await rejectionOf(uploadWithProgress(options('up-not-json')))) as ApiError).kind).to.equal('malformed');
  });

  it('a slow answer past timeoutMs is timeout', async () => {
    resource('up-slow', async () => {
      await delay(500);
      return HttpResponse.json({ id: 'late' });
    });
    const error = (await rejectionOf(uploadWithProgress(options('up-slow', { timeoutMs: 50 })))) as ApiError;
    expect(error.kind).to.equal('timeout');
  });

  it('aborting the signal rejects with aborted, before or during the upload', async () => {
    const seen = resource('up-abort', async () => {
      await delay(2000);
      return HttpResponse.json({ id: 'late' });
    });
    const early = new AbortController();
    early.abort();
    const before = (await rejectionOf(uploadWithProgress(options('up-abort', { signal: early.signal })))) as ApiError;
    expect(before.kind).to.equal('aborted');
    expect(seen).to.have.length(0);

    const controller = new AbortController();
    const pending = rejectionOf(uploadWithProgress(options('up-abort', { signal: controller.signal })));
    setTimeout(() => controller.abort(), 50);
    expect(((await pending) as ApiError).kind).to.equal('aborted');
  });

  it('reports upload progress as fractions up to 1', async () => {
    resource('up-progress', () => HttpResponse.json({ id: 'p1' }));
    const fractions: number[] = [];
    const content = 'A'.repeat(2 * 1024 * 1024);
    await uploadWithProgress(
      options('up-progress', { body: { content }, onProgress: (fraction) => fractions.push(fraction) }),
    );
    expect(fractions.length).to.be.greaterThan(0);
    expect(fractions.at(-1)).to.equal(1);
    expect(fractions.every((f) => f >= 0 && f <= 1)).to.equal(true);
    expect([...fractions].sort((a, b) => a - b)).to.deep.equal(fractions);
  });
});

/** A stand-in XMLHttpRequest that reports three upload progress events, then answers 201 with a document. */
class ProgressXhr {
  static sent: string[] = [];
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  status = 0;
  statusText = '';
  responseText = '';
  timeout = 0;
  withCredentials = false;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(): void {}
  setRequestHeader(): void {}
  getResponseHeader(): string | null {
    return null;
  }
  abort(): void {
    this.onabort?.();
  }
  send(body: string): void {
    ProgressXhr.sent.push(body);
    setTimeout(() => {
      for (const loaded of [0, 50, 100]) {
        this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded, total: 100 }));
      }
      this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: false, loaded: 5, total: 0 }));
      this.status = 201;
      this.responseText = '{"id":"x1"}';
      this.onload?.();
    });
  }
}

describe('core/api uploadWithProgress progress events', () => {
  const original = globalThis.XMLHttpRequest;
  beforeEach(() => {
    ProgressXhr.sent = [];
    globalThis.XMLHttpRequest = ProgressXhr as unknown as typeof XMLHttpRequest;
  });
  afterEach(() => {
    globalThis.XMLHttpRequest = original;
  });

  it('passes each computable upload progress event on as a fraction, then 1 on success', async () => {
    const fractions: number[] = [];
    const result = await uploadWithProgress({
      baseUrl: TEST_BASE,
      path: 'fake',
      body: { a: 1 },
      locale: 'ru',
      idempotencyKey: 'k',
      parse: parseId,
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(result).to.deep.equal({ id: 'x1' });
    expect(fractions).to.deep.equal([0, 0.5, 1, 1]);
    expect(ProgressXhr.sent).to.deep.equal(['{"a":1}']);
  });
});

describe('core/api upload file helpers', () => {
  const accepted = { 'application/pdf': ['.pdf'], 'image/png': ['.png'] };

  it('checkFile refuses by type/extension, emptiness and size', () => {
    expect(checkFile(new File(['x'], 'a.pdf', { type: 'application/pdf' }), 10, accepted)).to.equal(undefined);
    expect(checkFile(new File(['x'], 'a.PNG'), 10, accepted)).to.equal(undefined);
    expect(checkFile(new File(['x'], 'a.exe', { type: 'application/pdf' }), 10, accepted)).to.equal('type');
    expect(checkFile(new File(['x'], 'a.gif', { type: 'image/gif' }), 10, accepted)).to.equal('type');
    expect(checkFile(new File([], 'a.pdf', { type: 'application/pdf' }), 10, accepted)).to.equal('empty');
    expect(checkFile(new File(['x'.repeat(11)], 'a.pdf', { type: 'application/pdf' }), 10, accepted)).to.equal('size');
  });

  it('readFileBase64 gives the content without the data: prefix', async () => {
    expect(await readFileBase64(new File(['ABC'], 'a.pdf', { type: 'application/pdf' }))).to.equal('QUJD');
  });
});
