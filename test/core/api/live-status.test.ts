/**
 * core/api live updates say when they stay broken (issue 15: «a broken stream reconnects with backoff and says so
 * only if it stays broken»): one failed attempt is not said, BROKEN_AFTER_FAILURES in a row are (`broken`), the
 * first attempt that works again says `connected` — to every listener, in every tab. Simulated time
 * (@sinonjs/fake-timers) moves the backoff on; the server is scripted.
 */
import { expect } from '@open-wc/testing';
import { withGlobal, type Clock } from '@sinonjs/fake-timers';
import { BROKEN_AFTER_FAILURES, type LiveStatus } from '../../../components/core/api/live-updates.js';
import { otherTab, ScriptedServer, thisTab, type Tab } from './live-test-kit.js';

const realSetTimeout = window.setTimeout.bind(window);
const turn = () => new Promise((resolve) => realSetTimeout(resolve, 5));

describe('core/api live updates: a connection that stays broken is said, once', () => {
  const clocks: Clock[] = [];
  const tabs: Tab[] = [];
  const stops: Array<() => void> = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    for (const clock of clocks.splice(0)) clock.uninstall();
    for (const tab of tabs.splice(0)) tab.remove();
  });

  async function reach(check: () => boolean, what: string): Promise<void> {
    const started = performance.now();
    while (!check()) {
      if (performance.now() - started > 15_000) throw new Error(`never reached: ${what}`);
      for (const clock of clocks) await clock.tickAsync(1000);
      await turn();
    }
  }

  it('says broken after several failed attempts in a row, and connected when one works again', async () => {
    let down = true;
    const server = new ScriptedServer(() => (down ? new Response('{}', { status: 500 }) : 'stream'));
    const top = thisTab(server);
    const other = await otherTab(server, 'status-tab', (win) => {
      clocks.push(
        withGlobal(win as unknown as typeof globalThis).install({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }),
      );
    });
    tabs.push(top, other);
    clocks.push(withGlobal(window).install({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
    const said: LiveStatus[] = [];
    const saidThere: LiveStatus[] = [];
    stops.push(
      top.live.subscribeLiveUpdates({
        client: top.client,
        baseUrl: '/live-api',
        onEvent: () => undefined,
        onStatus: (s) => said.push(s),
      }),
    );
    stops.push(
      other.live.subscribeLiveUpdates({
        client: other.client,
        baseUrl: '/live-api',
        onEvent: () => undefined,
        onStatus: (s) => saidThere.push(s),
      }),
    );

    await reach(() => server.streams().length >= 1, 'the first attempt');
    await reach(() => server.streams().length >= BROKEN_AFTER_FAILURES - 1, 'attempts that failed');
    expect(said, 'nothing said while the next attempt may mend it').to.deep.equal([]);
    await reach(() => said.length === 1, 'said broken');
    expect(said).to.deep.equal(['broken']);
    expect(server.streams().length, 'attempts before it was said').to.equal(BROKEN_AFTER_FAILURES);
    await reach(() => saidThere.length === 1, 'the other tab told');
    expect(saidThere).to.deep.equal(['broken']);

    down = false;
    await reach(() => said.length === 2, 'said connected');
    expect(said).to.deep.equal(['broken', 'connected']);
    await reach(() => saidThere.length === 2, 'the other tab told again');
    expect(saidThere).to.deep.equal(['broken', 'connected']);
  });
});
