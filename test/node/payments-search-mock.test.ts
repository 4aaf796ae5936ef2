/**
 * The mock's documents for charge search and finding a charge (mocks/payments/documents.ts, find.ts), called through
 * their MSW handlers as the widget calls them: validation by type, duplicates, charges found with a valid УИН and a
 * notification, removal, the search vectors of security-and-session.md rule 40, and grants to pay what was found.
 */
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { validateUin } from '../../components/core/validation/index.js';
import { getDb, resetDb } from '../../mocks/db/index.js';
import { documentHandlers } from '../../mocks/payments/documents.js';
import { findHandlers, TAX_NOTICE_INDEX } from '../../mocks/payments/find.js';
import { foundBy } from '../../mocks/payments/found-charges.js';

const handlers = [...findHandlers, ...documentHandlers];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies read as untyped JSON
type Json = any;

async function call(
  method: string,
  path: string,
  body?: unknown,
  token = 'test-token',
): Promise<{ status: number; body: Json }> {
  const request = new Request(`http://localhost/api${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      'Accept-Language': 'ru',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await getResponse(handlers, request);
  assert.ok(response, `${method} ${path}: no handler answered`);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe('mock: documents for charge search', () => {
  beforeEach(() => resetDb('default'));

  it('lists the default citizen’s seeded documents and nobody else’s', async () => {
    const own = await call('GET', '/charge-documents');
    assert.equal(own.status, 200);
    assert.deepEqual(own.body.items.map((d: { type: string; number: string }) => `${d.type} ${d.number}`).sort(), [
      'driving-licence 99 12 345678',
      'inn 500100732259',
      'vehicle-registration 77 УХ 123456',
    ]);
    const other = await call('GET', '/charge-documents', undefined, 'mock-citizen-person-2');
    assert.deepEqual(other.body.items, []);
  });

  it('adds a ВУ: normalised number, two new charges with a valid УИН and a notification', async () => {
    const before = getDb().charges.length;
    const notes = getDb().notifications.length;
    const added = await call('POST', '/charge-documents', {
      type: 'driving-licence',
      number: '50 ао 123456',
      title: 'Права сына',
    });
    assert.equal(added.status, 201);
    assert.equal(added.body.document.number, '50 АО 123456');
    assert.equal(added.body.document.title, 'Права сына');
    assert.equal(added.body.newCharges, 2);
    const found = getDb().charges.filter((c) => c.source.documentId === added.body.document.id);
    assert.equal(getDb().charges.length, before + 2);
    assert.equal(found.length, 2);
    for (const charge of found) {
      assert.equal(charge.ownerId, 'person-1');
      assert.deepEqual(charge.source, { type: 'document', documentId: added.body.document.id });
      assert.ok(validateUin(charge.uin).ok, charge.uin);
    }
    assert.equal(getDb().notifications.length, notes + 1);
    assert.match(getDb().notifications[0]!.title, /Найдены новые начисления/);
  });

  it('refuses numbers by type with the field’s code, and a duplicate with 409', async () => {
    for (const [type, number, code] of [
      ['driving-licence', '99 12 34567', 'format'],
      ['vehicle-registration', '77 QZ 123456', 'format'],
      ['inn', '500100732258', 'checksum'],
      ['inn', '7707083893', 'format'],
      ['snils', '112-233-445 96', 'checksum'],
    ] as const) {
      const answer = await call('POST', '/charge-documents', { type, number });
      assert.equal(answer.status, 422, `${type} ${number}`);
      assert.deepEqual(
        answer.body.fields.map((f: { field: string; code: string }) => [f.field, f.code]),
        [['number', code]],
      );
    }
    const duplicate = await call('POST', '/charge-documents', { type: 'vehicle-registration', number: '77ух123456' });
    assert.equal(duplicate.status, 409);
    assert.equal(duplicate.body.code, 'document-exists');
  });

  it('removes a document (204) and 404s another citizen’s; adding it again finds nothing new', async () => {
    const added = await call('POST', '/charge-documents', { type: 'snils', number: '112-233-445 95' });
    assert.equal(added.status, 201);
    assert.equal(added.body.newCharges, 0);
    assert.equal(added.body.document.number, '112-233-445 95');
    assert.equal(
      (await call('DELETE', '/charge-documents/charge-document-1', undefined, 'mock-citizen-person-2')).status,
      404,
    );
    assert.equal((await call('DELETE', '/charge-documents/charge-document-1')).status, 204);
    assert.equal((await call('DELETE', '/charge-documents/charge-document-1')).status, 404);
    const again = await call('POST', '/charge-documents', { type: 'driving-licence', number: '9912345678' });
    assert.equal(again.status, 201);
    assert.equal(again.body.newCharges, 0, 'the seeded licence was searched already');
  });

  it('has no documents in the empty database', async () => {
    resetDb('empty');
    assert.deepEqual((await call('GET', '/charge-documents')).body.items, []);
  });
});

describe('mock: finding a charge', () => {
  beforeEach(() => resetDb('default'));

  it('finds the paper notices of the УИН vectors and grants them to the citizen', async () => {
    for (const uin of [
      '18810177200000000009',
      '18810177000000000079',
      '18810177000000000410',
      '18810377200000000009',
    ]) {
      const answer = await call('GET', `/charges/search?by=uin&value=${uin}`);
      assert.equal(answer.status, 200, uin);
      assert.equal(answer.body.items.length, 1, uin);
      const [charge] = answer.body.items;
      assert.equal(charge.uin, uin);
      assert.equal(charge.source.type, 'search');
      assert.ok(foundBy('person-1', charge.id), `${uin} granted`);
      assert.ok(!foundBy('person-2', charge.id));
    }
  });

  it('finds by resolution number and by a tax notice’s document index', async () => {
    const byResolution = await call('GET', '/charges/search?by=resolution&value=18810177000000000079');
    assert.equal(byResolution.body.items[0].kind, 'fine');
    const byIndex = await call('GET', `/charges/search?by=document-index&value=${TAX_NOTICE_INDEX}`);
    assert.equal(byIndex.body.items[0].kind, 'tax');
    // A fine's УИН is no tax notice's index.
    assert.deepEqual(
      (await call('GET', '/charges/search?by=document-index&value=18810177000000000079')).body.items,
      [],
    );
  });

  it('finds another citizen’s charge by its УИН', async () => {
    const other = getDb().charges.find((c) => c.ownerId === 'person-2' && c.status === 'unpaid');
    assert.ok(other, 'the seed has an unpaid charge of person-2');
    const answer = await call('GET', `/charges/search?by=uin&value=${other.uin}`);
    assert.equal(answer.body.items[0].id, other.id);
    assert.ok(foundBy('person-1', other.id));
  });

  it('answers nothing found with an empty list, and 400 for a wrong check digit or format', async () => {
    assert.deepEqual((await call('GET', '/charges/search?by=uin&value=18810177200000000017')).body.items, []);
    const checksum = await call('GET', '/charges/search?by=uin&value=18810177200000000008');
    assert.equal(checksum.status, 400);
    assert.equal(checksum.body.fields[0].code, 'checksum');
    const format = await call('GET', '/charges/search?by=resolution&value=1881');
    assert.equal(format.status, 400);
    assert.equal(format.body.fields[0].code, 'format');
    assert.equal((await call('GET', '/charges/search?by=name&value=1')).status, 400);
  });
});
