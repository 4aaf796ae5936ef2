/**
 * Contract test: every operation of mocks/generated/openapi.json, called over real HTTP against the mock server in every
 * scenario, answers a declared status with a body that validates against the contract (and breaks it when malformed).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { startMockHttpServer } from '../../mocks/server/http-server.js';
import type { MockHttpServer } from '../../mocks/server/http-server.js';
import { SCENARIOS, setScenario } from '../../mocks/scenarios.js';
import type { ScenarioName } from '../../mocks/scenarios.js';
import { getDb } from '../../mocks/db/index.js';
import { configurePaymentsMock, resetPaymentsMock } from '../../mocks/payments/payments.js';
import type { Db } from '../../mocks/db/index.js';
import { createTestFlow, registerTestPasskey } from '../../mocks/identity/index.js';
import { createTestBankTicket, freeSlots } from '../../mocks/verification/index.js';
import { paymentRequests } from './contract-payments.js';
import { notificationRequests } from './contract-notifications.js';
import { SEQUENTIAL_SECURITY_OPERATIONS, securityRequests } from './contract-security.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking untyped JSON (the document and response bodies)
type Json = Record<string, any>;
const document: Json = JSON.parse(readFileSync(new URL('../../mocks/generated/openapi.json', import.meta.url), 'utf8'));

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addSchema(document, 'openapi');

const pointer = (...parts: string[]): string =>
  parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
const deref = (node: Json): Json => {
  if (typeof node?.$ref !== 'string') return node;
  return deref(
    node.$ref
      .slice(2)
      .split('/')
      .reduce((value: Json, part: string) => value[part.replaceAll('~1', '/').replaceAll('~0', '~')], document),
  );
};

interface Operation {
  operationId: string;
  method: string;
  path: string;
  responses: Json;
  /** `security: []` — answered without a bearer token (the identity API of <gu-login>). */
  public: boolean;
}
// Operations of the /api server; paths with their own `servers` (the mock OIDC provider) are tested in oidc-mock.test.ts.
const operations: Operation[] = Object.entries(document.paths as Json)
  .filter(([, item]) => !(item as Json).servers)
  .flatMap(([path, item]) =>
    Object.entries(item as Json)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({
        operationId: (operation as Json).operationId,
        method,
        path,
        responses: (operation as Json).responses,
        public: Array.isArray((operation as Json).security) && (operation as Json).security.length === 0,
      })),
  );

/**
 * Compiled once per operation and status: ajv caches a compiled schema by the schema object, and `{ $ref }` was a new
 * object at every call — every scenario compiled every response schema again (a fifth of this file's CPU time).
 */
const validators = new Map<string, ReturnType<typeof compileValidator>>();

/** The schema validator of one declared response of an operation. */
function validatorFor(operation: Operation, status: number) {
  const key = `${operation.method} ${operation.path} ${status}`;
  if (!validators.has(key)) validators.set(key, compileValidator(operation, status));
  return validators.get(key);
}

function compileValidator(operation: Operation, status: number) {
  const response = operation.responses[String(status)];
  if (!response) return undefined;
  const responseRef =
    typeof response.$ref === 'string'
      ? response.$ref.slice(1)
      : `/${pointer('paths', operation.path, operation.method, 'responses', String(status))}`;
  const resolved = deref(response);
  if (!resolved.content?.['application/json']) return Object.assign(() => true, { errors: null });
  return ajv.compile({ $ref: `openapi#${responseRef}/content/application~1json/schema` });
}

/** A valid request per operationId; a new operation without an entry fails the test. */
type RequestSpec = {
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
  /** Another citizen's `Authorization` (default: TOKEN). */
  token?: string;
};
const VALID_REQUESTS: Record<string, (db: Db) => RequestSpec> = {
  getProfile: () => ({}),
  listApplications: () => ({ query: { page: '1', pageSize: '5', sort: '-submittedAt', status: 'processing' } }),
  getApplication: (db) => ({ path: { id: db.applications.find((a) => a.ownerId === 'person-1')?.id ?? 'app-1' } }),
  cancelApplication: (db) => ({
    path: { id: db.applications.find((a) => a.ownerId === 'person-1' && a.status === 'sent')?.id ?? 'app-2' },
    headers: { 'Idempotency-Key': randomUUID() },
    body: { reason: 'Подал по ошибке' },
  }),
  // <gu-application-tracker>
  // the page's live-updates channel (JSON answer here; the stream has its own test below)
  streamEvents: () => ({ query: { since: '0' } }),
  getApplicationStats: () => ({}),
  markApplicationRead: (db) => ({ path: { id: db.applications.find((a) => a.ownerId === 'person-1')?.id ?? 'app-1' } }),
  getApplicationReceipt: (db) => ({
    path: { id: db.applications.find((a) => a.ownerId === 'person-1' && a.status !== 'draft')?.id ?? 'app-2' },
  }),
  getApplicationDocument: (db) => {
    const application = db.applications.find((a) => a.ownerId === 'person-1' && a.documents.length > 0);
    return { path: { id: application?.id ?? 'app-2', documentId: application?.documents[0]?.id ?? 'doc-1' } };
  },
  uploadApplicationDocument: (db) => ({
    path: {
      id:
        db.applications.find((a) => a.ownerId === 'person-1' && a.allowedActions.includes('add-documents'))?.id ??
        'app-5',
    },
    headers: { 'Idempotency-Key': randomUUID() },
    body: { fileName: 'Квитанция.pdf', mediaType: 'application/pdf', content: 'JVBERi0xLjQK' },
  }),
  listApplicationMessages: (db) => ({
    path: { id: db.applications.find((a) => a.ownerId === 'person-1')?.id ?? 'app-1' },
  }),
  sendApplicationMessage: (db) => ({
    path: { id: db.applications.find((a) => a.ownerId === 'person-1')?.id ?? 'app-1' },
    headers: { 'Idempotency-Key': randomUUID() },
    body: { text: 'Срок рассмотрения истёк, прошу пояснить статус.' },
  }),
  // <gu-payments>
  ...paymentRequests,
  // <gu-notifications>, <gu-notification-bell>
  ...notificationRequests,
  // <gu-security-settings>
  ...securityRequests(),
  listAgencies: () => ({}),
  listServices: () => ({ query: { agencyId: 'mvd' } }),
  // <gu-login>: the identity API (no bearer token; flows made ready by createTestFlow in this process)
  ...identityRequests(),
  // <gu-verification>
  getVerification: () => ({}),
  sendContactCode: () => ({ body: { channel: 'phone', purpose: 'confirm' } }),
  verifyContactCode: () => ({ path: { id: 'code-seed-1' }, body: { code: '123456' } }),
  startRegistryCheck: (db) => {
    const person = db.persons.find((p) => p.id === 'person-1')!;
    return {
      body: {
        passportSeries: '4510',
        passportNumber: '123456',
        passportIssuedAt: '2015-03-12',
        passportIssuedBy: 'ОВД района Тверской г. Москвы',
        passportUnitCode: '770-001',
        snils: person.snils,
        birthDate: person.birthDate,
        birthPlace: 'г. Москва',
        citizenship: 'RU',
        consent: true,
      },
    };
  },
  getCurrentRegistryCheck: () => ({}),
  uploadVerificationDocument: () => ({
    body: { fileName: 'Паспорт.pdf', mediaType: 'application/pdf', content: 'JVBERi0xLjQK' },
  }),
  startConfirmation: () => ({ body: { method: 'bank', bankId: 'sber' } }),
  getCurrentConfirmation: () => ({}),
  completeConfirmation: () => ({ path: { id: 'confirmation-seed-1' }, body: { bankResult: 'approved' } }),
  searchServiceCentres: () => ({ query: { q: 'Москва' } }),
  listServiceCentreSlots: () => ({ path: { id: 'sc-1' } }),
  bookServiceCentreVisit: () => ({ body: { centreId: 'sc-2', slotId: freeSlots('sc-2')[0]!.id } }),
  decideBankConfirmation: () => ({ body: { ticket: createTestBankTicket('person-1'), decision: 'approved' } }),
  getBankResult: () => ({ path: { ticket: createTestBankTicket('person-1', 'denied') } }),
};

/** The identity operations' valid requests: each call makes a fresh flow in the state the operation needs. */
function identityRequests(): Record<string, (db: Db) => RequestSpec> {
  const authorization = {
    clientId: 'gu-kit-demo',
    redirectUri: 'http://127.0.0.1:5173/',
    scope: 'openid profile',
    state: 'contract-state',
    nonce: 'contract-nonce',
    codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    codeChallengeMethod: 'S256',
  } as const;
  const flow = (kind: Parameters<typeof createTestFlow>[0]) => createTestFlow(kind, authorization);
  const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();
  const passkey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const credentialId = 'contract-passkey';
  registerTestPasskey(credentialId, passkey.publicKey.export({ type: 'spki', format: 'der' }).toString('base64url'));
  return {
    identitySignIn: () => ({ body: { authorization, login: 'simplified', password: 'simplified-2026' } }),
    identityRegister: () => ({
      body: {
        authorization,
        surname: 'Петров',
        name: 'Пётр',
        contact: `petrov.${randomUUID().slice(0, 8)}@example.ru`,
        consent: true,
      },
    }),
    // An unknown phone answers like a known one (and sends nothing), so the hourly limit never trips here.
    identityRecover: () => ({ body: { authorization, identifier: '+79001234567' } }),
    identitySignatureStart: () => ({ body: { authorization } }),
    identityBankStart: () => ({ body: { bankId: 'sber', returnUrl: 'http://127.0.0.1:5173/' } }),
    identityPasskeyStart: () => ({ body: { authorization } }),
    identityPasskeyRegistrationStart: () => ({ body: { login: 'confirmed', password: 'confirmed-2026' } }),
    identityQrStart: () => ({ body: { authorization } }),
    identitySendCode: () => ({ path: { flowId: flow('code').flowId }, body: { method: 'email' } }),
    identityVerifyCode: () => {
      const ready = flow('verify');
      return { path: { flowId: ready.flowId }, body: { code: ready.code } };
    },
    identityAnswerQuestions: () => ({ path: { flowId: flow('questions').flowId }, body: {} }),
    identitySetPassword: () => ({
      path: { flowId: flow('password').flowId },
      body: { password: 'Zvezda-Polar-7!', endOtherSessions: true },
    }),
    identityVerifySignature: () => {
      const ready = flow('signature');
      return {
        path: { flowId: ready.flowId },
        body: {
          certificateId: 'cert-garipova-2026',
          signature: sha256(`cert-garipova-2026:${ready.challenge}`).toString('base64url'),
        },
      };
    },
    identityBankComplete: () => {
      const ready = flow('bank');
      return { path: { flowId: ready.flowId }, body: { authorization, result: `${ready.ticket}:person-1` } };
    },
    identityVerifyPasskey: () => {
      // A WebAuthn assertion made by hand: rpIdHash ‖ flags (UP, UV) ‖ counter, signed with the registered key.
      const ready = flow('passkey');
      const clientData = Buffer.from(
        JSON.stringify({ type: 'webauthn.get', challenge: ready.challenge, origin: 'http://127.0.0.1' }),
      );
      const authenticatorData = Buffer.concat([sha256('127.0.0.1'), Buffer.from([0x05, 0, 0, 0, 1])]);
      const signature = createSign('sha256')
        .update(Buffer.concat([authenticatorData, sha256(clientData)]))
        .sign(passkey.privateKey);
      return {
        path: { flowId: ready.flowId },
        body: {
          credentialId,
          clientDataJSON: clientData.toString('base64url'),
          authenticatorData: authenticatorData.toString('base64url'),
          signature: signature.toString('base64url'),
        },
      };
    },
    identityRegisterPasskey: () => {
      const ready = flow('passkey-registration');
      const clientData = Buffer.from(
        JSON.stringify({ type: 'webauthn.create', challenge: ready.challenge, origin: 'http://127.0.0.1' }),
      ).toString('base64url');
      return {
        path: { flowId: ready.flowId },
        body: { credentialId: randomUUID(), clientDataJSON: clientData, publicKey: 'AAAA', algorithm: -7 },
      };
    },
    identityPollQr: () => ({ path: { flowId: flow('qr').flowId }, body: { authorization } }),
  };
}

let server: MockHttpServer;
const TOKEN = 'Bearer test-token';

async function call(
  operation: Operation,
  spec: RequestSpec,
  token: string | null = spec.token ?? TOKEN,
): Promise<Response> {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(spec.path?.[name] ?? ''));
  const url = new URL(`${server.url}/api${path}`);
  for (const [name, value] of Object.entries(spec.query ?? {})) url.searchParams.append(name, value);
  const headers: Record<string, string> = { Accept: 'application/json', ...spec.headers };
  if (token) headers.Authorization = token;
  if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(url, {
    method: operation.method.toUpperCase(),
    headers,
    body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
  });
}

async function api(
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string>; token?: string } = {},
): Promise<{ status: number; headers: Headers; body: Json }> {
  const headers: Record<string, string> = { Authorization: init.token ?? TOKEN, ...init.headers };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

before(async () => {
  server = await startMockHttpServer({ port: 0 });
});
after(async () => {
  await server.close();
});

describe('every operation × every scenario answers as the contract says', () => {
  it('has a valid request for every operation of the document', () => {
    assert.ok(operations.length >= 13, `only ${operations.length} operations found`);
    const missing = operations
      .filter((operation) => !VALID_REQUESTS[operation.operationId])
      .map((operation) => operation.operationId);
    assert.deepEqual(missing, [], `add a VALID_REQUESTS entry for: ${missing.join(', ')}`);
  });

  for (const { name: scenario } of SCENARIOS) {
    it(`scenario "${scenario}"`, { timeout: 180_000 }, async (t) => {
      setScenario(scenario as ScenarioName);
      // A payment made for an operation's request stays pending for the whole batch: under load the batch takes longer
      // than СБП's 5 s, and cancelPayment met a payment settled by then (409 payment-settled).
      configurePaymentsMock({ settleMs: 3_600_000 });
      t.after(resetPaymentsMock);
      const db = getDb();
      const sequential = (operation: Operation) => SEQUENTIAL_SECURITY_OPERATIONS.has(operation.operationId);
      const build = (operation: Operation) => VALID_REQUESTS[operation.operationId]!(db);
      const specs = operations.map((operation) => (sequential(operation) ? undefined : build(operation)));
      const started = Date.now();
      const results = await Promise.allSettled(
        operations.map((operation, index) =>
          sequential(operation) ? Promise.resolve(undefined) : call(operation, specs[index]!),
        ),
      );
      // Then the ones that carry a version, one by one in the set's order, each built with the state of the moment.
      for (const operationId of SEQUENTIAL_SECURITY_OPERATIONS) {
        const index = operations.findIndex((operation) => operation.operationId === operationId);
        const operation = operations[index];
        if (!operation) continue;
        results[index] = await call(operation, build(operation)).then(
          (value) => ({ status: 'fulfilled', value }) as const,
          (reason: unknown) => ({ status: 'rejected', reason }) as const,
        );
      }
      const statuses: number[] = [];
      for (const [index, operation] of operations.entries()) {
        const result = results[index]!;
        const label = `${scenario} ${operation.operationId}`;
        if (scenario === 'offline') {
          assert.equal(result.status, 'rejected', `${label}: expected a network error`);
          continue;
        }
        assert.equal(
          result.status,
          'fulfilled',
          `${label}: request failed: ${String((result as PromiseRejectedResult).reason?.cause ?? (result as PromiseRejectedResult).reason)}`,
        );
        const response = (result as PromiseFulfilledResult<Response>).value;
        statuses.push(response.status);
        const validate = validatorFor(operation, response.status);
        assert.ok(validate, `${label}: status ${response.status} is not declared`);
        const text = await response.text();
        // A 204 (removeChargeDocument) has no body: nothing to validate or to break.
        if (response.status === 204) {
          assert.equal(text, '', `${label}: 204 with a body`);
          continue;
        }
        // A CSV export (exportLoginEvents): text as declared, no JSON shape to validate or to break.
        const declared = deref(operation.responses[String(response.status)]!).content ?? {};
        if (!declared['application/json'] && declared['text/csv']) {
          if (scenario !== 'malformed')
            assert.match(response.headers.get('Content-Type') ?? '', /^text\/csv/, `${label}: CSV as declared`);
          continue;
        }
        const body = JSON.parse(text);
        const valid = validate(body);
        if (scenario === 'malformed') {
          assert.ok(response.ok, `${label}: malformed answers a success status`);
          const success = validatorFor(operation, response.status)!;
          assert.equal(success(body), false, `${label}: malformed body unexpectedly matches the schema`);
          continue;
        }
        assert.ok(
          valid,
          `${label} (${response.status}): ${ajv.errorsText('errors' in validate ? validate.errors : null)}\n${JSON.stringify(body).slice(0, 400)}`,
        );
        if (['default', 'slow', 'large'].includes(scenario))
          assert.ok(
            response.status < 300,
            `${label}: expected success, got ${response.status} ${JSON.stringify(body)}`,
          );
        if (scenario === 'server-error') assert.equal(response.status, 500, label);
        if (response.ok && operation.method === 'get')
          assert.match(response.headers.get('RateLimit-Remaining') ?? '', /^\d+$/, `${label}: RateLimit headers`);
        if (response.status === 503)
          assert.match(response.headers.get('Retry-After') ?? '', /^\d+$/, `${label}: Retry-After`);
      }
      if (scenario === 'slow') assert.ok(Date.now() - started >= 1500, 'slow answers after ≥ 1500 ms');
      if (scenario === 'flaky')
        assert.equal(
          statuses.filter((status) => status === 503).length,
          Math.floor(operations.length / 3),
          'flaky: every third call is 503',
        );
    });
  }
});

describe('auth, errors and localisation', () => {
  before(() => setScenario('default'));

  it('answers 401 with the Error body to every operation without a bearer token', async () => {
    for (const operation of operations.filter((item) => !item.public)) {
      const response = await call(operation, VALID_REQUESTS[operation.operationId]!(getDb()), null);
      assert.equal(response.status, 401, operation.operationId);
      const body = await response.json();
      assert.ok(validatorFor(operation, 401)!(body), `${operation.operationId}: ${JSON.stringify(body)}`);
    }
    const malformed = await api('GET', '/profile', { token: 'Basic abc' });
    assert.equal(malformed.status, 401);
  });

  it('localizes messages from Accept-Language', async () => {
    const ru = await api('GET', '/applications/nope', { headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
    const en = await api('GET', '/applications/nope', { headers: { 'Accept-Language': 'en-GB,en;q=0.9,ru;q=0.5' } });
    assert.equal(ru.status, 404);
    assert.equal(en.body.code, ru.body.code);
    assert.match(ru.body.message, /[а-я]/);
    assert.match(en.body.message, /^[\x20-\x7e]+$/);
  });

  it('selects another citizen with a mock-citizen-<personId> token and rejects unknown ones', async () => {
    const other = await api('GET', '/profile', { token: 'Bearer mock-citizen-person-2' });
    const first = await api('GET', '/profile');
    assert.equal(other.body.id, 'person-2');
    assert.equal(first.body.id, 'person-1');
    assert.equal((await api('GET', '/profile', { token: 'Bearer mock-citizen-person-999' })).status, 401);
  });

  it('rejects a page size over 100 with field errors', async () => {
    const response = await api('GET', '/applications?pageSize=101');
    assert.equal(response.status, 400);
    assert.deepEqual(
      response.body.fields.map((field: Json) => field.field),
      ['pageSize'],
    );
  });
});

describe('payments: idempotency, persistence, reset', () => {
  const unpaidCharge = async (token = TOKEN, index = 0): Promise<Json> => {
    const list = await api('GET', '/charges?status=unpaid&pageSize=100', { token });
    assert.ok(list.body.items.length > index, 'the default citizen has unpaid charges');
    return list.body.items[index];
  };
  const pay = (charge: Json, method = 'sbp', key: string | null = randomUUID(), amount = charge.amountDue) =>
    api('POST', '/payments', {
      body: {
        items: [{ chargeId: charge.id, amount }],
        method,
        ...(method === 'card' ? { returnUrl: 'http://localhost/payments' } : {}),
      },
      headers: key ? { 'Idempotency-Key': key } : {},
    });

  it('pays once for the same key twice and replays the first response', async () => {
    setScenario('default');
    const charge = await unpaidCharge();
    const key = randomUUID();
    const first = await pay(charge, 'card', key);
    const second = await pay(charge, 'card', key);
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(first.headers.get('Idempotent-Replayed'), null);
    assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(second.body, first.body);
    assert.equal(first.body.status, 'pending');
    assert.equal(first.body.next.type, 'redirect');
    const history = await api('GET', '/payments?pageSize=100');
    assert.equal(
      history.body.items.filter(
        (payment: Json) =>
          payment.items.some((item: Json) => item.chargeId === charge.id) && payment.status === 'pending',
      ).length,
      1,
    );
    assert.equal((await api('GET', `/charges/${charge.id}`)).body.status, 'processing', 'held by the pending payment');
  });

  it('answers 409 payment-in-progress to the same key while the first request is in flight', async () => {
    setScenario('default');
    const charge = await unpaidCharge();
    const key = randomUUID();
    const [a, b] = await Promise.all([pay(charge, 'sbp', key), pay(charge, 'sbp', key)]);
    assert.deepEqual([a.status, b.status].sort(), [201, 409]);
    assert.equal((a.status === 409 ? a : b).body.code, 'payment-in-progress');
  });

  it('answers 422 to a key reused with another payload, 400 without a key, 422 charges-changed for a held charge', async () => {
    setScenario('default');
    const charge = await unpaidCharge();
    const key = randomUUID();
    assert.equal((await pay(charge, 'card', key)).status, 201);
    const reused = await pay(charge, 'sbp', key);
    assert.equal(reused.status, 422);
    assert.equal(reused.body.code, 'idempotency-key-reused');
    const missing = await pay(charge, 'card', null);
    assert.equal(missing.status, 400);
    assert.equal(missing.body.code, 'idempotency-key-missing');
    const again = await pay(charge, 'sbp');
    assert.equal(again.status, 422);
    assert.equal(again.body.code, 'charges-changed');
    assert.deepEqual(again.body.charges, [{ chargeId: charge.id, reason: 'already-paid' }]);
  });

  it('persists a payment (charge paid, new notification) until reset', async () => {
    setScenario('default');
    const charge = await unpaidCharge();
    const feedBefore = await api('GET', '/notifications');
    const created = await pay(charge, 'linked-card-test');
    assert.equal(created.status, 400, 'an unknown method is a field error');
    const pending = await api('POST', '/payments', {
      body: { items: [{ chargeId: charge.id, amount: charge.amountDue }], method: 'mobile', phone: '+79161234567' },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    assert.equal(pending.status, 201);
    assert.equal(pending.body.next.type, 'sms');
    const { settlePayment } = await import('../../mocks/payments/payments.js');
    settlePayment(pending.body.id, { status: 'completed' });
    const paid = await api('GET', `/payments/${pending.body.id}`);
    assert.equal(paid.body.status, 'completed');
    assert.equal(paid.body.receiptAvailable, true);
    const charges = await api('GET', '/charges?status=paid&pageSize=100');
    assert.ok(charges.body.items.some((item: Json) => item.id === charge.id && item.paymentId === pending.body.id));
    const feedAfter = await api('GET', '/notifications');
    assert.equal(feedAfter.body.total, feedBefore.body.total + 1);
    const newest = (await api('GET', '/notifications?category=payments')).body.items[0];
    assert.deepEqual(newest.link, {
      kind: 'payment',
      id: pending.body.id,
      href: `/payments?payment=${pending.body.id}`,
    });

    setScenario('default');
    const restored = await api('GET', '/charges?status=unpaid&pageSize=100');
    assert.ok(
      restored.body.items.some((item: Json) => item.id === charge.id),
      'reset restores the unpaid charge',
    );
    assert.equal((await api('GET', '/notifications')).body.total, feedBefore.body.total);
  });

  it('limits payments to 10 a minute per token with 429 and Retry-After', async () => {
    setScenario('default');
    const token = 'Bearer rate-limit-probe';
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof api>> | undefined;
    for (let i = 0; i < 11; i += 1) {
      last = await api('POST', '/payments', {
        token,
        body: { items: [{ chargeId: `no-such-charge-${i}`, amount: 100 }], method: 'sbp' },
        headers: { 'Idempotency-Key': randomUUID() },
      });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [...Array(10).fill(422), 429]);
    assert.match(last!.headers.get('Retry-After') ?? '', /^\d+$/);
    assert.equal(last!.body.code, 'rate-limited');
    assert.equal(typeof last!.body.retryAfter, 'number');
  });
});

describe('applications: cancel', () => {
  it('cancels before the cut-off, adds a timeline entry, and answers 409 after it', async () => {
    setScenario('default');
    const list = await api('GET', '/applications?status=accepted&pageSize=1');
    const id = list.body.items[0].id;
    const before = await api('GET', `/applications/${id}`);
    const cancelled = await api('POST', `/applications/${id}/cancel`, {
      body: { reason: 'Передумал' },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(cancelled.body.timeline.length, before.body.timeline.length + 1);
    assert.deepEqual(cancelled.body.allowedActions, ['create-new']);
    const detail = await api('GET', `/applications/${id}`);
    assert.equal(detail.body.timeline.at(-1).status, 'cancelled');
    const processing = (await api('GET', '/applications?status=processing&pageSize=1')).body.items[0];
    const refused = await api('POST', `/applications/${processing.id}/cancel`);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'not-cancellable');
  });
});

describe('events: the live-updates channel', () => {
  /** Reads an event stream until `done(text)` says enough. */
  async function readUntil(body: ReadableStream<Uint8Array>, done: (text: string) => boolean): Promise<string> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!done(text)) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      text += decoder.decode(value, { stream: true });
    }
    reader.releaseLock();
    return text;
  }

  it('streams a status change as a server-sent event, replays it after Last-Event-ID, and closes with the client', async () => {
    setScenario('default');
    const { pushStatusChange } = await import('../../mocks/db/application-extras.js');
    const { openLiveStreams } = await import('../../mocks/db/live-events.js');
    const abort = new AbortController();
    const response = await fetch(`${server.url}/api/events`, {
      headers: { Accept: 'text/event-stream', Authorization: TOKEN },
      signal: abort.signal,
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/event-stream/);
    const head = await readUntil(response.body!, (text) => /id: \d+\n\n/.test(text));
    assert.match(head, /^retry: \d+\n\n/);
    const cursor = /id: (\d+)\n\n/.exec(head)![1]!;
    const application = getDb().applications.find((a) => a.ownerId === 'person-1' && a.status === 'processing')!;
    pushStatusChange(application.id, 'approved', 'Решение принято');
    const text = await readUntil(response.body!, (all) => all.includes('\n\n'));
    const event = /^id: (\d+)\nevent: (.+)\ndata: (.+)\n\n/.exec(text);
    assert.ok(event, text);
    assert.equal(event[2], 'application-status');
    const data = JSON.parse(event[3]!);
    assert.ok(ajv.validate({ $ref: 'openapi#/components/schemas/ApplicationStatusEvent' }, data), ajv.errorsText());
    assert.equal(data.applicationId, application.id);
    abort.abort();
    for (let i = 0; i < 100 && openLiveStreams() > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(openLiveStreams(), 0, 'the stream listener is gone with the client');

    // Reconnecting with Last-Event-ID replays what came after it.
    const again = new AbortController();
    const replay = await fetch(`${server.url}/api/events`, {
      headers: { Accept: 'text/event-stream', Authorization: TOKEN, 'Last-Event-ID': cursor },
      signal: again.signal,
    });
    const replayed = await readUntil(replay.body!, (all) => all.includes('event: application-status'));
    assert.match(replayed, new RegExp(`id: ${event[1]}\\nevent: application-status`));
    again.abort();
  });

  it('answers JSON with an ETag, and 304 to If-None-Match while nothing changed', async () => {
    setScenario('default');
    const first = await api('GET', '/events', { headers: { Accept: 'application/json' } });
    assert.equal(first.status, 200);
    const etag = first.headers.get('ETag')!;
    assert.match(etag, /^"[^"]+"$/);
    const same = await fetch(`${server.url}/api/events?since=${first.body.cursor}`, {
      headers: { Accept: 'application/json', Authorization: TOKEN, 'If-None-Match': etag },
    });
    assert.equal(same.status, 304);
    assert.equal(await same.text(), '');
    const { pushStatusChange } = await import('../../mocks/db/application-extras.js');
    const application = getDb().applications.find((a) => a.ownerId === 'person-1' && a.status === 'processing')!;
    pushStatusChange(application.id, 'approved');
    const changed = await api('GET', `/events?since=${first.body.cursor}`, {
      headers: { Accept: 'application/json', 'If-None-Match': etag },
    });
    assert.equal(changed.status, 200);
    // The status change and the notification it produced.
    assert.deepEqual(
      changed.body.events.map((event: Json) => event.type),
      ['application-status', 'notification'],
    );
    assert.notEqual(changed.headers.get('ETag'), etag);
    assert.equal((await api('GET', '/events?since=abc')).status, 400);
  });
});
