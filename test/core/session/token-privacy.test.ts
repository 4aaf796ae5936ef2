/**
 * Issue 12, defect 12: tokens and personal data stay out of places other code can read.
 * - Sign-out ends the provider session with client_id + post_logout_redirect_uri: no ID token (it names the citizen)
 *   and nothing personal in the end-session URL (history, Referer, the provider's logs).
 * - The tabs' BroadcastChannel: a same-origin script that says `hello` gets no token unless the portal opted in
 *   (`share-tokens`), and a forged session is not taken.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TAB_CHANNEL, type TabMessage } from '../../../components/core/session/tab-sync.js';
import { sessionNavigation } from '../../../components/core/session/session-core.js';
import type { GuSession } from '../../../components/core/session/session-element.js';
import { getDb } from '../../../mocks/db/index.js';
import { AUTHORITY, freshSession, mountSession, signInEmbedded } from './session-harness.js';

/** A same-origin script on the session's channel: what it hears, and how it talks. */
function foreignScript(element: GuSession) {
  const scope = `${location.origin}${AUTHORITY} ${element.clientId}`;
  const channel = new BroadcastChannel(TAB_CHANNEL);
  const heard: TabMessage[] = [];
  channel.onmessage = (event: MessageEvent<{ scope: string; message: TabMessage }>) => {
    if (event.data?.scope === scope) heard.push(event.data.message);
  };
  return {
    heard,
    post: (message: TabMessage) => channel.postMessage({ scope, from: 'foreign-script', message }),
    close: () => channel.close(),
  };
}

const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]*/;

/**
 * Says `hello` and waits until the session has certainly answered it if it was going to: then an `extended` from the
 * session, which it posts after handling the `hello` (one channel, messages in order), has arrived.
 */
async function sayHello(element: GuSession, foreign: ReturnType<typeof foreignScript>): Promise<void> {
  const deadline = element.session.idleDeadline ?? 0;
  foreign.post({ type: 'hello' });
  // An activity message behind the hello: once the deadline moved, the hello was handled before it.
  foreign.post({ type: 'activity', at: Date.now() + 60_000 });
  await waitUntil(() => (element.session.idleDeadline ?? 0) > deadline, 'the session did not hear the foreign script');
  await element.session.extend();
  await waitUntil(() => foreign.heard.some((m) => m.type === 'extended'), 'the extension never arrived');
}

describe('gu-session: tokens and personal data stay out of URLs and the tabs channel (issue 12, defect 12)', function () {
  this.timeout(30_000);
  beforeEach(freshSession);

  it('a foreign `hello` gets no token by default', async () => {
    const element = await mountSession();
    await signInEmbedded(element);
    const foreign = foreignScript(element);
    await sayHello(element, foreign);
    foreign.close();
    expect(foreign.heard.map((m) => m.type)).not.to.include('session');
    expect(JSON.stringify(foreign.heard)).not.to.match(JWT);
  });

  it('with share-tokens (the portal’s same-origin trust decision) a `hello` is answered with the session', async () => {
    const element = await mountSession({ 'share-tokens': '' });
    await signInEmbedded(element);
    const foreign = foreignScript(element);
    await sayHello(element, foreign);
    foreign.close();
    expect(foreign.heard.map((m) => m.type)).to.include('session');
  });

  it('renewed tokens are not broadcast by default; sign-out and activity still are', async () => {
    const element = await mountSession();
    await signInEmbedded(element);
    const foreign = foreignScript(element);
    await element.session.extend();
    await element.session.signOut();
    await waitUntil(() => foreign.heard.some((m) => m.type === 'signed-out'), 'sign-out was not shared');
    foreign.close();
    expect(foreign.heard.map((m) => m.type)).to.deep.equal(['extended', 'signed-out']);
    expect(JSON.stringify(foreign.heard)).not.to.match(JWT);
  });

  it('a forged session from the channel is not taken by default', async () => {
    const element = await mountSession();
    expect(element.session.status).to.equal('signed-out');
    const foreign = foreignScript(element);
    const forged = JSON.stringify({
      id_token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJldmlsIn0.',
      access_token: 'forged',
      token_type: 'Bearer',
      profile: { sub: 'evil', name: 'Злоумышленник' },
      expires_at: Math.floor(Date.now() / 1000) + 3600,
    });
    foreign.post({ type: 'session', user: forged });
    foreign.post({ type: 'renewed', user: forged });
    // Messages reach every channel of the page in the order they were posted: once a later one reached a channel
    // opened after the session's, the session has had the forged ones.
    await new Promise<void>((resolve) => {
      const probe = new BroadcastChannel(TAB_CHANNEL);
      probe.onmessage = () => {
        probe.close();
        resolve();
      };
      foreign.post({ type: 'activity', at: Date.now() });
    });
    foreign.close();
    expect(await element.session.apiAuth.getAccessToken()).to.equal(null);
    expect(element.session.status).to.equal('signed-out');
  });

  it('sign-out ends the provider session with client_id, without the ID token or personal data in the URL', async () => {
    const visited: string[] = [];
    const assign = sessionNavigation.assign;
    sessionNavigation.assign = (url: string) => void visited.push(url);
    try {
      const element = await mountSession({ 'post-logout-redirect-uri': `${location.origin}/signed-out` });
      await signInEmbedded(element);
      const citizen = element.session.citizen!;
      await element.session.signOut();
      await waitUntil(() => visited.length === 1, 'the end-session endpoint was not visited');
      const url = new URL(visited[0]!);
      expect(url.pathname).to.equal('/mock-oidc/logout');
      expect(url.searchParams.get('client_id')).to.equal(element.clientId);
      expect(url.searchParams.get('post_logout_redirect_uri')).to.equal(`${location.origin}/signed-out`);
      expect(url.searchParams.has('id_token_hint')).to.equal(false);
      const decoded = decodeURIComponent(visited[0]!);
      expect(decoded).not.to.match(JWT);
      const person = getDb().persons.find((p) => p.id === 'person-1')!;
      for (const value of [citizen.name, person.surname, person.snils, person.email, person.phone.replace(/\D/g, '')]) {
        expect(decoded, 'personal data in the end-session URL').not.to.contain(value);
      }
    } finally {
      sessionNavigation.assign = assign;
    }
  });
});
