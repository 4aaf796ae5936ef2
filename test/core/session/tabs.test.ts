import { expect, waitUntil } from '@open-wc/testing';
import { SessionCore } from '../../../components/core/session/session-core.js';
import { TabSync, type TabMessage } from '../../../components/core/session/tab-sync.js';
import { findUserManager } from '../../../components/core/session/user-manager-registry.js';
import { SESSION_ENDING_EVENT } from '../../../components/core/session/session-context.js';
import { oidcStats } from '../../../mocks/oidc/index.js';
import { freshSession, mountSession, signInEmbedded } from './session-harness.js';

describe('TabSync: BroadcastChannel between tabs', () => {
  it('delivers messages between two instances of one scope, not to other scopes or to itself', async () => {
    const a = new TabSync('scope-1');
    const b = new TabSync('scope-1');
    const other = new TabSync('scope-2');
    const atB: TabMessage[] = [];
    const atA: TabMessage[] = [];
    const atOther: TabMessage[] = [];
    b.subscribe((message) => atB.push(message));
    a.subscribe((message) => atA.push(message));
    other.subscribe((message) => atOther.push(message));
    const sentAt = performance.now();
    a.post({ type: 'signed-out', reason: 'user' });
    await waitUntil(() => atB.length === 1, 'not delivered', { timeout: 1000, interval: 5 });
    expect(performance.now() - sentAt).to.be.below(1000);
    expect(atB[0]).to.deep.equal({ type: 'signed-out', reason: 'user' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(atA).to.deep.equal([]);
    expect(atOther).to.deep.equal([]);
    for (const sync of [a, b, other]) sync.close();
  });

  it('without BroadcastChannel, the storage fallback carries only token-free events and leaves nothing behind', () => {
    const written: string[] = [];
    const { setItem } = Storage.prototype;
    const channel = globalThis.BroadcastChannel;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      written.push(value);
      setItem.call(this, key, value);
    };
    // @ts-expect-error -- a browser without BroadcastChannel
    delete globalThis.BroadcastChannel;
    try {
      const sync = new TabSync('scope-fallback');
      const user = JSON.stringify({ access_token: 'eyJ.secret-access', refresh_token: 'secret-refresh' });
      sync.post({ type: 'hello' });
      sync.post({ type: 'session', user });
      sync.post({ type: 'renewed', user });
      expect(written, 'hello, session and renewed never go to storage').to.deep.equal([]);
      sync.post({ type: 'signed-out', reason: 'user' });
      sync.post({ type: 'activity', at: 1 });
      sync.post({ type: 'extended', at: 2 });
      expect(written.map((value) => (JSON.parse(value) as { message: TabMessage }).message.type)).to.deep.equal([
        'signed-out',
        'activity',
        'extended',
      ]);
      expect(written.join()).not.to.match(/secret|eyJ/);
      expect(Object.keys(localStorage).filter((key) => key.includes('gu'))).to.deep.equal([]);
      sync.close();
    } finally {
      Storage.prototype.setItem = setItem;
      globalThis.BroadcastChannel = channel;
    }
  });
});

/** A second "tab": a second session core for the same authority and client (the page's UserManager is shared). */
function secondTab(clientId: string, shareTokens = true): SessionCore {
  return new SessionCore({
    shareTokens,
    authority: `${location.origin}/mock-oidc`,
    clientId,
    redirectUri: `${location.origin}/`,
    scope: 'openid profile offline_access',
    expiringNotification: 60,
    renewRetries: 2,
    popupTimeout: 120,
  });
}

describe('gu-session across tabs', () => {
  beforeEach(freshSession);

  it('with share-tokens: hands the session to a tab that opens later, renews once for both, signs out both within 1 s', async () => {
    const element = await mountSession({ 'share-tokens': '' });
    await signInEmbedded(element);
    const other = secondTab(element.clientId);
    await other.start();
    expect(other.state.status, 'the later tab asked and got the session').to.equal('signed-in');
    expect(other.state.level).to.equal('confirmed');

    const before = oidcStats().refreshCalls;
    // Both tabs decide to renew at the same moment (forced, as a keep-alive would).
    await Promise.all([element.session.extend(), other.extend()]);
    expect(oidcStats().refreshCalls - before, 'one token call per renewal').to.equal(1);
    expect(await other.getAccessToken()).to.equal(await element.session.apiAuth.getAccessToken());

    let ending = 0;
    const onEnding = () => (ending += 1);
    window.addEventListener(SESSION_ENDING_EVENT, onEnding);
    const start = performance.now();
    await other.signOut();
    await waitUntil(() => element.session.status === 'signed-out', 'the first tab stayed signed in', {
      timeout: 1000,
      interval: 5,
    });
    window.removeEventListener(SESSION_ENDING_EVENT, onEnding);
    expect(performance.now() - start).to.be.below(1000);
    expect(element.session.reason).to.equal('other-tab');
    expect(ending, 'widgets of the other tab are told before').to.equal(1);
    other.dispose();
  });

  it('activity in another tab resets the idle timer', async () => {
    const element = await mountSession({ 'idle-timeout': '900', 'idle-warning': '120' });
    await signInEmbedded(element);
    const other = secondTab(element.clientId);
    await other.start();
    const deadline = element.session.idleDeadline!;
    await new Promise((resolve) => setTimeout(resolve, 30));
    other.reportActivity(Date.now());
    await waitUntil(() => (element.session.idleDeadline ?? 0) > deadline, 'the idle deadline did not move');
    other.dispose();
  });

  it('keeps no token in localStorage, sessionStorage, cookies or IndexedDB after sign-in and renewal', async () => {
    const element = await mountSession();
    await signInEmbedded(element);
    await element.session.extend();
    const user = await findUserManager(`${location.origin}/mock-oidc`, element.clientId)!.userManager.getUser();
    const refreshToken = user!.refresh_token!;
    expect(refreshToken).to.be.a('string');
    const jwt = /eyJ[\w-]+\.[\w-]+\.[\w-]*/;
    const dump: string[] = [document.cookie];
    for (const storage of [localStorage, sessionStorage]) {
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index)!;
        dump.push(key, storage.getItem(key) ?? '');
      }
    }
    const databases = await indexedDB.databases();
    dump.push(...databases.map((database) => database.name ?? ''));
    const text = dump.join('\n');
    expect(text).not.to.match(jwt);
    expect(text).not.to.contain(refreshToken);
    expect(text).not.to.contain(user!.access_token);
  });
});
