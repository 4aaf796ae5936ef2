import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { GuSession } from '../../../components/core/session/session-element.js';
import { SessionConsumer, type Session } from '../../../components/core/session/session-context.js';
import { findUserManager, userManagerCount } from '../../../components/core/session/user-manager-registry.js';
import { InMemoryWebStorage, WebStorageStateStore } from 'oidc-client-ts';
import { oidcStats } from '../../../mocks/oidc/index.js';
import {
  AUTHORITY,
  freshSession,
  mountSession,
  nextClientId,
  signInEmbedded,
  waitForStatus,
} from './session-harness.js';

// The session starts without oidc-client-ts: the UserManager is created when the session first needs it (here:
// createAuthorizationRequest(), as a sign-in would), never a second one per authority and client.
describe('gu-session: one UserManager per page', () => {
  beforeEach(freshSession);

  it('shares one UserManager between two gu-session of the same authority and client', async () => {
    const clientId = nextClientId();
    const root = await fixture(
      html`<div>
        <gu-session authority=${AUTHORITY} client-id=${clientId} redirect-uri=${location.origin + '/'}></gu-session>
        <gu-session authority=${AUTHORITY} client-id=${clientId} redirect-uri=${location.origin + '/'}></gu-session>
      </div>`,
    );
    const [first, second] = [...root.querySelectorAll<GuSession>('gu-session')];
    await waitForStatus(first!, ['signed-out']);
    await waitForStatus(second!, ['signed-out']);
    expect(userManagerCount(), 'none before the session needs one').to.equal(0);
    await Promise.all([first!.createAuthorizationRequest(), second!.createAuthorizationRequest()]);
    await waitUntil(() => userManagerCount() === 1, 'no UserManager was created');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(userManagerCount()).to.equal(1);
  });

  it('creates one UserManager per client (different registrations)', async () => {
    await (await mountSession()).createAuthorizationRequest();
    await (await mountSession()).createAuthorizationRequest();
    expect(userManagerCount()).to.equal(2);
  });

  it('keeps the registry on a Symbol.for global, so separately built bundles find it', async () => {
    const element = await mountSession();
    await element.createAuthorizationRequest();
    const registry = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[
      Symbol.for('gu-kit/user-managers')
    ];
    expect(registry).to.be.instanceOf(Map);
    expect(registry!.size).to.equal(1);
    expect(element.session.status).to.equal('signed-out');
  });

  it('configures the UserManager per requirement 4', async () => {
    const element = await mountSession();
    await element.createAuthorizationRequest();
    const entry = findUserManager(`${location.origin}/mock-oidc`, element.clientId);
    expect(entry, 'registry entry').to.exist;
    const settings = entry!.userManager.settings;
    expect(settings.response_type).to.equal('code');
    expect(settings.disablePKCE).to.equal(false);
    expect(settings.userStore).to.be.instanceOf(WebStorageStateStore);
    expect((settings.userStore as unknown as { _store: unknown })._store).to.be.instanceOf(InMemoryWebStorage);
    expect(settings.loadUserInfo).to.equal(false);
    expect(settings.revokeTokensOnSignout).to.equal(true);
    expect(settings.monitorSession).to.equal(false);
    expect(settings.automaticSilentRenew).to.equal(false);
    expect(settings.silent_redirect_uri, 'no iframe renewal').to.equal('');
    expect(settings.maxSilentRenewTimeoutRetries).to.equal(2);
    expect(settings.accessTokenExpiringNotificationTimeInSeconds).to.equal(60);
    expect(settings.scope).to.equal('openid profile offline_access');
    expect(settings.authority).to.equal(`${location.origin}/mock-oidc`);
  });
});

class SessionSpy extends LitElement {
  readonly received: Session[] = [];
  readonly consumer = new SessionConsumer(this, (value) => this.received.push(value));
}
customElements.define('session-spy', SessionSpy);

describe('gu-session: context', () => {
  beforeEach(freshSession);

  it('reaches a consumer that upgraded before the provider was defined, and only while it is connected', async () => {
    const clientId = nextClientId();
    const tag = `late-session-${Math.random().toString(36).slice(2, 8)}`;
    const container = await fixture(html`<div></div>`);
    const host = document.createElement(tag);
    host.setAttribute('authority', AUTHORITY);
    host.setAttribute('client-id', clientId);
    host.setAttribute('redirect-uri', `${location.origin}/`);
    const spy = document.createElement('session-spy') as SessionSpy;
    host.append(spy);
    container.append(host);
    await spy.updateComplete;
    expect(spy.received, 'nothing before the provider exists').to.have.length(0);
    customElements.define(tag, class extends GuSession {});
    await waitUntil(() => spy.received.length > 0, 'the consumer never received the session');
    await waitUntil(() => spy.consumer.value?.status === 'signed-out', 'no signed-out snapshot');
    // A consumer removed before its provider appears does not ask (nor hear) when it does.
    const lateTag = `late-session-${Math.random().toString(36).slice(2, 8)}`;
    const late = document.createElement(lateTag);
    late.setAttribute('authority', AUTHORITY);
    late.setAttribute('client-id', nextClientId());
    late.setAttribute('redirect-uri', `${location.origin}/`);
    const removed = document.createElement('session-spy') as SessionSpy;
    late.append(removed);
    container.append(late);
    await removed.updateComplete;
    removed.remove();
    customElements.define(lateTag, class extends GuSession {});
    await (late as GuSession).updateComplete;
    expect(removed.received, 'a removed consumer got a session').to.have.length(0);
    // Connected again inside it, it is answered at once.
    late.append(removed);
    expect(removed.consumer.value, 'not answered at once').to.equal((late as GuSession).session);
  });

  it('leaves its provider when removed (no snapshot after) and subscribes again when put back', async () => {
    const element = await mountSession({}, html`<session-spy></session-spy>`);
    const spy = element.querySelector('session-spy') as SessionSpy;
    await waitUntil(() => spy.received.length > 0, 'no first snapshot');
    spy.remove();
    const before = spy.received.length;
    await signInEmbedded(element, 'standard');
    await waitForStatus(element, ['signed-in']);
    expect(spy.received, 'a removed consumer still received snapshots').to.have.length(before);
    element.append(spy);
    expect(spy.consumer.value?.status, 'put back, it gets the current snapshot at once').to.equal('signed-in');
  });

  it('publishes a new snapshot object on every change, with masked identifiers', async () => {
    const element = await mountSession({}, html`<session-spy></session-spy>`);
    const spy = element.querySelector('session-spy') as SessionSpy;
    await signInEmbedded(element, 'confirmed');
    await waitForStatus(element, ['signed-in']);
    const seen = spy.received;
    expect(new Set(seen).size, 'every snapshot is a new object').to.equal(seen.length);
    expect(seen.map((s) => s.status)).to.include.members(['signed-out', 'signing-in', 'signed-in']);
    const session = spy.consumer.value!;
    expect(session).to.equal(element.session);
    expect(session.level).to.equal('confirmed');
    expect(session.citizen?.name).to.equal('Гарипова Екатерина Николаевна');
    expect(session.citizen?.snilsMasked).to.equal('***-***-011 80');
    expect(session.citizen?.phoneMasked).to.equal('+7 (***) ***-05-94');
    expect(session.citizen?.emailMasked).to.equal('ga***@yandex.ru');
    expect(JSON.stringify(session)).not.to.contain('80494101180');
    expect(session.apiBase).to.equal('/api');
    expect(await session.apiAuth.getAccessToken()).to.be.a('string');
  });

  it('fires gu-session-signed-in, gu-session-change and gu-session-signed-out (user)', async () => {
    const element = await mountSession();
    const events: string[] = [];
    for (const type of ['gu-session-signed-in', 'gu-session-signed-out', 'gu-session-change'] as const) {
      element.addEventListener(type, (event) => {
        events.push(type);
        expect(event.bubbles && event.composed).to.equal(true);
      });
    }
    let reason: string | undefined;
    element.addEventListener('gu-session-signed-out', (event) => (reason = event.detail.reason));
    await signInEmbedded(element);
    await element.session.signOut();
    expect(events).to.include.members(['gu-session-signed-in', 'gu-session-signed-out', 'gu-session-change']);
    expect(reason).to.equal('user');
    expect(element.session.status).to.equal('signed-out');
    expect(oidcStats().revokeCalls).to.be.greaterThan(0);
    expect(await element.session.apiAuth.getAccessToken()).to.equal(null);
  });

  it('reports a missing configuration as an error state', async () => {
    const element = await fixture<GuSession>(html`<gu-session authority=${AUTHORITY}></gu-session>`);
    await waitForStatus(element, ['error']);
    expect(element.session.error?.kind).to.equal('configuration');
  });
});
