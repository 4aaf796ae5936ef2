/**
 * shells/portal/return-path.ts: after sign-in at the provider the citizen lands on the route where sign-in started —
 * only a route of this portal on this origin (never an open redirect), only on the page of the provider's answer.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { followSignInReturn, isAuthorizationResponse, safeReturnPath } from '../../shells/portal/return-path.js';

const ORIGIN = 'http://127.0.0.1:5173';
const BASE = '/severny/';

class MemoryStorage {
  readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
}

const change = (status: string) => new CustomEvent('gu-session-change', { detail: { session: { status } } });

describe('safeReturnPath', () => {
  it('keeps a route of the portal with its query, without the provider answer or the mode switch', () => {
    assert.equal(safeReturnPath('/severny/applications', BASE, ORIGIN), '/severny/applications');
    assert.equal(safeReturnPath('/severny/payments?status=unpaid', BASE, ORIGIN), '/severny/payments?status=unpaid');
    assert.equal(safeReturnPath('/severny/?code=x&state=y&idp=dev', BASE, ORIGIN), '/severny/');
    assert.equal(
      safeReturnPath('/severny/verification?gu-bank-result=t1#top', BASE, ORIGIN),
      '/severny/verification?gu-bank-result=t1',
    );
  });

  it('refuses everything that is not a same-origin route of this portal', () => {
    for (const value of [
      '//evil.example/severny/',
      '/\\evil.example/severny/',
      '\\\\evil.example',
      'https://evil.example/severny/',
      `${ORIGIN}/severny/`,
      'javascript:alert(1)',
      'data:text/html,x',
      '/%2F%2Fevil.example',
      '/ /evil.example',
      '/yuzhny/applications',
      '/severny/no-such-route',
      'severny/applications',
      '',
      null,
      undefined,
    ])
      assert.equal(safeReturnPath(value, BASE, ORIGIN), undefined, String(value));
  });

  it('tells the provider answer from any other URL', () => {
    assert.equal(isAuthorizationResponse(new URL(`${ORIGIN}/severny/?code=c&state=s`)), true);
    assert.equal(isAuthorizationResponse(new URL(`${ORIGIN}/severny/?error=access_denied&state=s`)), true);
    assert.equal(isAuthorizationResponse(new URL(`${ORIGIN}/severny/?code=c`)), false);
    assert.equal(isAuthorizationResponse(new URL(`${ORIGIN}/severny/applications`)), false);
  });
});

describe('followSignInReturn', () => {
  it('redirect sign-in: remembered on «signing-in», followed after the answer once signed in', () => {
    const storage = new MemoryStorage();
    // The page where the citizen pressed «Войти».
    const before = new EventTarget();
    followSignInReturn(before, {
      base: BASE,
      url: new URL(`${ORIGIN}/severny/applications?page=2`),
      storage,
      here: () => '/severny/applications?page=2',
      go: () => assert.fail('no navigation before the provider'),
    });
    before.dispatchEvent(change('signed-out'));
    before.dispatchEvent(change('signing-in'));
    // The page of the provider's answer (the portal's redirect URI).
    const gone: string[] = [];
    const back = new EventTarget();
    const taken = followSignInReturn(back, {
      base: BASE,
      url: new URL(`${ORIGIN}/severny/?code=c&state=s`),
      storage,
      here: () => '/severny/',
      go: (path) => gone.push(path),
    });
    assert.equal(taken, '/severny/applications?page=2');
    assert.equal(storage.length, 0, 'taken once');
    back.dispatchEvent(change('signing-in')); // the session reads the answer: not a new start
    assert.deepEqual(gone, []);
    back.dispatchEvent(change('signed-in'));
    assert.deepEqual(gone, ['/severny/applications?page=2']);
    back.dispatchEvent(change('signed-in'));
    assert.equal(gone.length, 1, 'once');
  });

  it('a page without the provider answer never follows a remembered path', () => {
    const storage = new MemoryStorage();
    storage.setItem(`gu-portal-return:${BASE}`, '/severny/payments');
    const session = new EventTarget();
    const taken = followSignInReturn(session, {
      base: BASE,
      url: new URL(`${ORIGIN}/severny/`),
      storage,
      here: () => '/severny/',
      go: () => assert.fail('no navigation'),
    });
    assert.equal(taken, undefined);
    session.dispatchEvent(change('signed-in'));
  });

  it('a failed sign-in drops the way back; a forged stored path is never followed', () => {
    const storage = new MemoryStorage();
    storage.setItem(`gu-portal-return:${BASE}`, '//evil.example/');
    const session = new EventTarget();
    const taken = followSignInReturn(session, {
      base: BASE,
      url: new URL(`${ORIGIN}/severny/?code=c&state=s`),
      storage,
      here: () => '/severny/',
      go: () => assert.fail('no navigation'),
    });
    assert.equal(taken, undefined);
    session.dispatchEvent(change('signed-in'));
    const failed = new EventTarget();
    storage.setItem(`gu-portal-return:${BASE}`, '/severny/security');
    followSignInReturn(failed, {
      base: BASE,
      url: new URL(`${ORIGIN}/severny/?error=access_denied&state=s`),
      storage,
      here: () => '/severny/',
      go: () => assert.fail('no navigation'),
    });
    failed.dispatchEvent(change('error'));
    failed.dispatchEvent(change('signed-in'));
  });

  it('signing in where the citizen already is (embedded, popup) goes nowhere', () => {
    const storage = new MemoryStorage();
    const session = new EventTarget();
    followSignInReturn(session, {
      base: BASE,
      url: new URL(`${ORIGIN}/severny/login`),
      storage,
      here: () => '/severny/login',
      go: () => assert.fail('no navigation'),
    });
    session.dispatchEvent(change('signing-in'));
    session.dispatchEvent(change('signed-in'));
    assert.equal(storage.getItem(`gu-portal-return:${BASE}`), '/severny/login');
  });
  it('back from the acquirer, signed out: the payment the widget took out of the URL survives the sign-in', () => {
    const storage = new MemoryStorage();
    const session = new EventTarget();
    let here = '/severny/payments?gu-payment=pay-7';
    followSignInReturn(session, {
      base: BASE,
      url: new URL(`${ORIGIN}${here}`),
      storage,
      here: () => here,
      go: () => assert.fail('no navigation before the provider'),
    });
    here = '/severny/payments'; // <gu-payments> read ?gu-payment= and took it out of the URL
    session.dispatchEvent(change('signed-out'));
    session.dispatchEvent(change('signing-in'));
    assert.equal(storage.getItem(`gu-portal-return:${BASE}`), '/severny/payments?gu-payment=pay-7');
  });

  it('the kept return parameter follows only its own route, and only until the first sign-in', () => {
    const storage = new MemoryStorage();
    const session = new EventTarget();
    let here = '/severny/payments?gu-card-binding=b-1';
    followSignInReturn(session, {
      base: BASE,
      url: new URL(`${ORIGIN}${here}`),
      storage,
      here: () => here,
      go: () => undefined,
    });
    here = '/severny/applications'; // the citizen went elsewhere before signing in
    session.dispatchEvent(change('signing-in'));
    assert.equal(storage.getItem(`gu-portal-return:${BASE}`), '/severny/applications');
    here = '/severny/payments';
    session.dispatchEvent(change('signing-in'));
    assert.equal(storage.getItem(`gu-portal-return:${BASE}`), '/severny/payments?gu-card-binding=b-1');
    session.dispatchEvent(change('signed-in'));
    session.dispatchEvent(change('signed-out'));
    session.dispatchEvent(change('signing-in'));
    assert.equal(storage.getItem(`gu-portal-return:${BASE}`), '/severny/payments', 'used once');
  });
});
