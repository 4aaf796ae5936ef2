import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ApiError, createApiClient, type ApiErrorKind } from '../../../components/core/api/index.js';
import { retryAfterSecondsFromHeader } from '../../../components/core/api/retry.js';
import { TEST_BASE, endpoint, rejectionOf, useTestWorker } from './api-test-kit.js';

describe('core/api errors: status → kind', () => {
  const { worker } = useTestWorker();

  /** Client with retries off so every status is seen once. */
  const client = () => createApiClient({ baseUrl: TEST_BASE, retry: { retries: 0 } });

  const cases: [number, ApiErrorKind, boolean][] = [
    [400, 'validation', false],
    [401, 'unauthorized', false],
    [403, 'forbidden', false],
    [404, 'not-found', false],
    [409, 'conflict', true],
    [422, 'validation', false],
    [429, 'rate-limited', true],
    [500, 'server', true],
    [502, 'server', true],
    [503, 'server', true],
    [504, 'server', true],
  ];
  for (const [status, kind, retryable] of cases) {
    it(`${status} → '${kind}' (retryable: ${retryable})`, async () => {
      worker().use(
        http.get(endpoint('thing'), () => HttpResponse.json({ code: `E${status}`, message: 'Ошибка' }, { status })),
      );
      const error = await rejectionOf(client().get('thing'));
      expect(error).to.be.instanceOf(ApiError);
      const apiError = error as ApiError;
      expect(apiError.name).to.equal('ApiError');
      expect(apiError.kind).to.equal(kind);
      expect(apiError.status).to.equal(status);
      expect(apiError.code).to.equal(`E${status}`);
      expect(apiError.message).to.equal('Ошибка');
      expect(apiError.retryable).to.equal(retryable);
    });
  }

  it('keeps the fields of a 422 Error body', async () => {
    const fields = [
      { field: 'snils', code: 'checksum', message: 'Неверная контрольная сумма СНИЛС' },
      { field: 'phone', code: 'format', message: 'Номер телефона в формате +7XXXXXXXXXX' },
    ];
    worker().use(
      http.post(endpoint('profile'), () =>
        HttpResponse.json({ code: 'VALIDATION_FAILED', message: 'Проверьте поля', fields }, { status: 422 }),
      ),
    );
    const error = (await rejectionOf(client().post('profile', {}))) as ApiError;
    expect(error.kind).to.equal('validation');
    expect(error.code).to.equal('VALIDATION_FAILED');
    expect(error.fields).to.deep.equal(fields);
  });

  it('keeps attemptsLeft of a 422 body (wrong password, wrong code) and ignores a malformed one', async () => {
    worker().use(
      http.post(endpoint('password'), () =>
        HttpResponse.json({ code: 'wrong-password', message: 'Неверный пароль', attemptsLeft: 3 }, { status: 422 }),
      ),
      http.post(endpoint('code'), () =>
        HttpResponse.json({ code: 'wrong-code', message: 'Неверный код', attemptsLeft: -1 }, { status: 422 }),
      ),
    );
    const error = (await rejectionOf(client().post('password', {}))) as ApiError;
    expect(error.code).to.equal('wrong-password');
    expect(error.attemptsLeft).to.equal(3);
    const malformed = (await rejectionOf(client().post('code', {}))) as ApiError;
    expect(malformed.attemptsLeft).to.equal(undefined);
  });

  it('keeps the fields of a 400 body and drops entries that are not field errors', async () => {
    worker().use(
      http.post(endpoint('profile'), () =>
        HttpResponse.json(
          {
            code: 'BAD',
            message: 'x',
            fields: [{ field: 'inn', code: 'length', message: '12 цифр' }, 'junk', null, { code: 'no-field' }],
          },
          { status: 400 },
        ),
      ),
    );
    const error = (await rejectionOf(client().post('profile', {}))) as ApiError;
    expect(error.kind).to.equal('validation');
    expect(error.fields).to.deep.equal([{ field: 'inn', code: 'length', message: '12 цифр' }]);
  });

  for (const [label, makeResponse] of [
    ['HTML', () => HttpResponse.html('<h1>502 Bad Gateway</h1>', { status: 500 })],
    ['empty', () => new HttpResponse(null, { status: 500 })],
    ['JSON array', () => HttpResponse.json([1, 2], { status: 500 })],
    [
      'JSON with odd types',
      () => HttpResponse.json({ code: 5, message: { ru: 'x' }, fields: 'nope', retryAfter: 'soon' }, { status: 500 }),
    ],
    [
      'truncated JSON',
      () => new HttpResponse('{"code":"E', { status: 500, headers: { 'Content-Type': 'application/json' } }),
    ],
  ] as const) {
    it(`a ${label} error body still gives a typed ApiError`, async () => {
      worker().use(http.get(endpoint('thing'), makeResponse));
      const error = (await rejectionOf(client().get('thing'))) as ApiError;
      expect(error).to.be.instanceOf(ApiError);
      expect(error.kind).to.equal('server');
      expect(error.status).to.equal(500);
      expect(error.code).to.equal(undefined);
      expect(error.fields).to.deep.equal([]);
      expect(error.retryAfter).to.equal(undefined);
      expect(error.message).to.be.a('string').and.not.equal('');
    });
  }

  it("429 → 'rate-limited' with retryAfter from the Retry-After header (seconds)", async () => {
    worker().use(
      http.post(endpoint('otp'), () =>
        HttpResponse.json(
          { code: 'TOO_MANY', message: 'Слишком много попыток' },
          { status: 429, headers: { 'Retry-After': '60' } },
        ),
      ),
    );
    const error = (await rejectionOf(client().post('otp', {}))) as ApiError;
    expect(error.kind).to.equal('rate-limited');
    expect(error.retryAfter).to.equal(60);
  });

  it('429 retryAfter from an HTTP-date Retry-After header', async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    worker().use(
      http.post(endpoint('otp'), () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': at } })),
    );
    const error = (await rejectionOf(client().post('otp', {}))) as ApiError;
    expect(error.kind).to.equal('rate-limited');
    expect(error.retryAfter).to.be.within(115, 121);
  });

  it('429 retryAfter from the body when there is no header', async () => {
    worker().use(
      http.post(endpoint('otp'), () =>
        HttpResponse.json({ code: 'TOO_MANY', message: 'x', retryAfter: 30 }, { status: 429 }),
      ),
    );
    const error = (await rejectionOf(client().post('otp', {}))) as ApiError;
    expect(error.retryAfter).to.equal(30);
  });

  it("a network failure → 'network', retryable", async () => {
    worker().use(http.post(endpoint('thing'), () => HttpResponse.error()));
    const error = (await rejectionOf(client().post('thing', {}))) as ApiError;
    expect(error.kind).to.equal('network');
    expect(error.status).to.equal(undefined);
    expect(error.retryable).to.equal(true);
  });

  it('retryAfterSecondsFromHeader reads seconds and HTTP dates and ignores junk', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(retryAfterSecondsFromHeader('7', now)).to.equal(7);
    expect(retryAfterSecondsFromHeader('Wed, 25 Nov 2026 10:00:30 GMT', now)).to.equal(30);
    expect(retryAfterSecondsFromHeader('Wed, 25 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(retryAfterSecondsFromHeader('soon', now)).to.equal(undefined);
    expect(retryAfterSecondsFromHeader(null, now)).to.equal(undefined);
  });
});
