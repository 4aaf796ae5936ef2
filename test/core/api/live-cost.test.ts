/**
 * What an idle listener costs the backend (issue 15, «live, and cheap for the backend»), counted over SIMULATED time
 * (@sinonjs/fake-timers in every tab's window, moved on together): requests per simulated minute with an event
 * stream (0 once connected), with conditional polling (at most 1 a minute while visible), while hidden (0) — and the
 * same with three listeners in each of two tabs (this page and a same-origin iframe). The budgets are upper AND
 * lower bounds where a lower one shows the count is real (polling does poll), so the test fails if a change makes it
 * poll more — or stops it from working.
 */
import { expect } from '@open-wc/testing';
import { withGlobal, type Clock } from '@sinonjs/fake-timers';
import { otherTab, pollingAnswer, ScriptedServer, thisTab, type Tab } from './live-test-kit.js';

const MINUTE = 60_000;
/** How long each case watches an idle listener, in simulated minutes. */
const MINUTES = 10;
/** Simulated time moves in steps this long, every tab's clock in turn, the real event loop turning between. */
const STEP_MS = 5000;

const realSetTimeout = window.setTimeout.bind(window);
const realNow = () => performance.now();
const turn = () => new Promise((resolve) => realSetTimeout(resolve, 5));

describe('core/api live updates: the idle cost over simulated time', () => {
  let clocks: Clock[] = [];
  const tabs: Tab[] = [];

  /** Fakes time in these tabs, from one shared start (timers, Date; the real loop, fetch and locks stay real). */
  function simulateTime(...inTabs: Tab[]): void {
    const now = Date.now();
    clocks = inTabs.map((tab) =>
      withGlobal(tab.window).install({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] }),
    );
  }

  /**
   * Waits for a state, moving simulated time on a second at a time (a reconnection's delay, the next poll) while the
   * real event loop turns (lock grants, messages between tabs and streams are real).
   */
  async function reach(check: () => boolean, what: string): Promise<void> {
    const started = realNow();
    while (!check()) {
      if (realNow() - started > 15_000) throw new Error(`never reached: ${what}`);
      for (const clock of clocks) await clock.tickAsync(1000);
      await turn();
    }
  }

  /** Moves simulated time on by `minutes`; returns the requests made meanwhile. */
  async function idle(server: ScriptedServer, minutes = MINUTES): Promise<number> {
    const before = server.calls.length;
    for (let elapsed = 0; elapsed < minutes * MINUTE; elapsed += STEP_MS) {
      for (const clock of clocks) await clock.tickAsync(STEP_MS);
      await turn();
    }
    for (const clock of clocks) await clock.tickAsync(0);
    await turn();
    return server.calls.length - before;
  }

  afterEach(() => {
    for (const clock of clocks.splice(0)) clock.uninstall();
    for (const tab of tabs.splice(0)) tab.remove();
  });

  it('with an event stream: 0 requests a minute once connected', async () => {
    const server = new ScriptedServer(() => 'stream');
    const top = thisTab(server);
    tabs.push(top);
    simulateTime(top);
    top.listen();
    await reach(() => server.streams().length === 1, 'the stream');
    expect(await idle(server), `requests in ${MINUTES} simulated minutes`).to.equal(0);
    expect(server.openStreams()).to.have.length(1);
  });

  it('with polling: at most 1 request a minute while visible, 0 while hidden', async () => {
    let cursor = 1;
    const server = new ScriptedServer(pollingAnswer(() => cursor));
    const top = thisTab(server);
    tabs.push(top);
    simulateTime(top);
    const { events } = top.listen();
    await reach(() => server.polls().length === 1, 'the stream refused, the first poll');
    const visible = await idle(server);
    expect(visible, `polls in ${MINUTES} simulated minutes`).to.be.within(MINUTES - 1, MINUTES);
    expect(server.polls().slice(-1)[0]!.headers.get('If-None-Match'), 'conditional').to.equal('"v1"');

    top.setVisibility('hidden');
    cursor = 2;
    expect(await idle(server), 'requests while hidden').to.equal(0);
    expect(events, 'nothing heard while hidden').to.have.length(0);
    top.setVisibility('visible');
    await reach(() => events.length === 1, 'the change, once shown');
    expect(await idle(server), 'polls once shown again').to.be.within(MINUTES - 1, MINUTES);
  });

  it('hidden with an event stream: the stream closes and nothing is asked', async () => {
    const server = new ScriptedServer(() => 'stream');
    const top = thisTab(server);
    tabs.push(top);
    simulateTime(top);
    top.listen();
    await reach(() => server.streams().length === 1, 'the stream');
    top.setVisibility('hidden');
    await reach(() => server.openStreams().length === 0, 'the stream closed');
    expect(await idle(server), 'requests while hidden').to.equal(0);
    top.setVisibility('visible');
    await reach(() => server.openStreams().length === 1, 'the stream again');
  });

  it('three listeners in each of two tabs cost what one does: 1 stream, or ≤ 1 poll a minute, 0 all hidden', async () => {
    const server = new ScriptedServer(() => 'stream');
    const top = thisTab(server);
    const other = await otherTab(server, 'second');
    tabs.push(other, top);
    simulateTime(top, other);
    const heard = [top, other].flatMap((tab) => [tab.listen(), tab.listen(), tab.listen()]);
    await reach(() => server.streams().length > 0, 'the stream');
    expect(await idle(server), 'requests with a stream').to.equal(0);
    expect(server.streams(), 'one stream for both tabs').to.have.length(1);
    server.streams()[0]!.write('id: 1\nevent: x\ndata: {}\n\n');
    await reach(() => heard.every(({ events }) => events.length === 1), 'every listener of both tabs hears it');

    // The server loses its stream (a proxy without one): polling, by one tab for both.
    let cursor = 1;
    server.answer = pollingAnswer(() => cursor);
    server.streams()[0]!.end();
    await reach(() => server.polls().length === 1, 'polling');
    const polling = await idle(server);
    expect(polling, `polls of both tabs in ${MINUTES} simulated minutes`).to.be.within(MINUTES - 1, MINUTES);
    expect(server.streams(), 'the stream is not asked for again').to.have.length(2);

    // The leader is hidden: the other tab takes over, at the same pace.
    const leader = server.polls().slice(-1)[0]!.tab;
    const [hidden, shown] = leader === 'top' ? [top, other] : [other, top];
    hidden.setVisibility('hidden');
    cursor = 2;
    await reach(() => heard.every(({ events }) => events.length === 2), 'the next change, from the other tab');
    expect(server.polls().slice(-1)[0]!.tab).to.equal(shown.name);
    expect(await idle(server), 'polls after the hand-over').to.be.within(MINUTES - 1, MINUTES);

    shown.setVisibility('hidden');
    expect(await idle(server), 'requests while every tab is hidden').to.equal(0);
  });
});
