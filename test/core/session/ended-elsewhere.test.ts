/**
 * A session ended from elsewhere (issue 16): the live event `sessions-ended` listing this page's session (its `sid`)
 * signs the page out with the reason said («Сеанс завершён с другого устройства»); a tab sharing that session follows
 * through the tab sync; an event or a tab message about another session changes nothing.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SessionCore } from '../../../components/core/session/session-core.js';
import { TabSync } from '../../../components/core/session/tab-sync.js';
import { sessionIdOf } from '../../../components/core/session/claims.js';
import { endedSessions } from '../../../components/core/session/ended-elsewhere.js';
import { createApiClient } from '../../../components/core/api/request.js';
import { subscribeLiveUpdates } from '../../../components/core/api/live-updates.js';
import { openLiveStreams } from '../../../mocks/db/live-events.js';
import { oidcSessionsOf } from '../../../mocks/oidc/sessions.js';
import { endSessionsById } from '../../../mocks/security/sessions.js';
import { deepText, recordAnnouncements } from '../../helpers/perceive.js';
import { freshSession, mountSession, signInEmbedded } from './session-harness.js';

/** The sid of the mock's one real sign-in of person-1 (not a seed). */
const signedInSid = (): string => oidcSessionsOf('person-1').find((session) => !session.seeded)!.id;

function secondTab(clientId: string): SessionCore {
  return new SessionCore({
    shareTokens: true,
    authority: `${location.origin}/mock-oidc`,
    clientId,
    redirectUri: `${location.origin}/`,
    scope: 'openid profile offline_access',
    expiringNotification: 60,
    renewRetries: 2,
    popupTimeout: 120,
  });
}

describe('gu-session: a session ended elsewhere', () => {
  beforeEach(freshSession);

  it('signs out when sessions-ended lists it, says why, and its other tab follows', async () => {
    const element = await mountSession({ 'share-tokens': '' });
    await signInEmbedded(element);
    const other = secondTab(element.clientId);
    await other.start();
    expect(other.state.status).to.equal('signed-in');
    const sid = signedInSid();
    expect(sessionIdOf(other.user), 'the tab shares the session').to.equal(sid);
    // The page follows the live updates once signed in (loaded lazily): wait for its stream.
    await waitUntil(() => openLiveStreams() > 0, 'the session never opened the live updates', { timeout: 10_000 });

    // Another session of the citizen ends: nothing happens here (a listener of our own sees the event go by).
    let seen = 0;
    const stop = subscribeLiveUpdates({
      client: createApiClient({ baseUrl: '/api', auth: element.session.apiAuth }),
      baseUrl: '/api',
      onEvent: ({ type }) => void (type === 'sessions-ended' && (seen += 1)),
    });
    endSessionsById('person-1', ['sid-person-1-phone'], 'ended-by-citizen');
    await waitUntil(() => seen === 1, 'the first sessions-ended never came', { timeout: 10_000 });
    expect(element.session.status).to.equal('signed-in');
    stop();

    const said = recordAnnouncements();
    endSessionsById('person-1', [sid], 'ended-by-citizen');
    await waitUntil(() => element.session.status === 'signed-out', 'the page stayed signed in', { timeout: 10_000 });
    expect(element.session.reason).to.equal('ended-elsewhere');
    await waitUntil(() => other.state.status === 'signed-out', 'the other tab stayed signed in', { timeout: 5000 });
    expect(other.state.reason).to.equal('ended-elsewhere');
    await waitUntil(() => deepText(element).includes('Сеанс завершён с другого устройства'), 'no notice');
    await said.until('Сеанс завершён с другого устройства. Войдите снова, чтобы продолжить.');
    said.stop();
    // Signed out, the page stops following: its live connection is closed.
    await waitUntil(() => openLiveStreams() === 0, 'the live connection stayed open', { timeout: 10_000 });
    other.dispose();
  });

  it('a tab message about another session is not followed; one about this session is', async () => {
    const element = await mountSession();
    await signInEmbedded(element);
    const sid = signedInSid();
    const tab = new TabSync(`${location.origin}/mock-oidc ${element.clientId}`);
    tab.post({ type: 'signed-out', reason: 'ended-elsewhere', sessionId: 'another-session' });
    // A message the tab sync delivers after the first one: once it is handled, the first was too.
    tab.post({ type: 'signed-out', reason: 'password-changed', sessionId: sid });
    await waitUntil(() => element.session.status === 'signed-out', 'the page stayed signed in', { timeout: 5000 });
    expect(element.session.reason).to.equal('password-changed');
    await waitUntil(() => deepText(element).includes('Пароль изменён, поэтому сеанс завершён'), 'no notice');
    tab.close();
  });

  it('reads only well-formed events', () => {
    expect(endedSessions({ sessionIds: ['a'], reason: 'password-changed' })).to.deep.equal({
      sessionIds: ['a'],
      reason: 'password-changed',
    });
    expect(endedSessions({ sessionIds: ['a'], reason: 'ended-by-citizen' })?.reason).to.equal('ended-elsewhere');
    expect(endedSessions({ sessionIds: 'a' })).to.equal(undefined);
    expect(endedSessions({ sessionIds: [1] })).to.equal(undefined);
    expect(endedSessions(null)).to.equal(undefined);
  });
});
