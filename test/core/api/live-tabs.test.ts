/**
 * core/api/live-updates.ts across tabs (issue 15, «one per browser where tabs can share it»): tabs are this page and
 * same-origin iframes, each with its own instance of the module, sharing Web Locks and BroadcastChannel. One visible
 * tab holds the connection and relays every event; a hidden leader lets go and a visible tab resumes from the
 * last cursor; nothing while every tab is hidden. Waits for states, never for the module's timers.
 */
import { expect } from '@open-wc/testing';
import { until } from '../../helpers/until.js';
import { otherTab, pollingAnswer, ScriptedServer, thisTab, type Tab } from './live-test-kit.js';

describe('core/api live updates across tabs', () => {
  const tabs: Tab[] = [];
  afterEach(() => {
    for (const tab of tabs.splice(0)) tab.remove();
  });

  it('one stream for two tabs: the leader relays every event with its cursor; a hidden leader hands over', async () => {
    const server = new ScriptedServer(() => 'stream');
    const top = thisTab(server);
    const other = await otherTab(server, 'second');
    tabs.push(other, top);
    const atTop = top.listen();
    await until(() => server.streams().length === 1, 'the first tab connects');
    const atOther = other.listen();
    const second = other.listen(); // and a second listener of that tab
    await until(() => other.live.liveChannelCount() === 1, 'the second tab joins');
    server.streams()[0]!.write('id: 3\nevent: x\ndata: {"n":3}\n\n');
    await until(() => atOther.events.length === 1 && second.events.length === 1, 'the event relayed to the other tab');
    expect(atTop.events).to.deep.equal([{ type: 'x', id: '3', data: { n: 3 } }]);
    expect(atOther.events).to.deep.equal(atTop.events);
    expect(server.streams(), 'one stream for the browser').to.have.length(1);
    expect(server.streams()[0]!.tab).to.equal('top');

    top.setVisibility('hidden');
    await until(() => server.streams().length === 2, 'the visible tab takes over');
    expect(server.streams()[0]!.signal?.aborted, 'the hidden leader closed its stream').to.equal(true);
    const takeover = server.streams()[1]!;
    expect(takeover.tab).to.equal('second');
    expect(takeover.headers.get('Last-Event-ID'), 'resumes from the relayed cursor').to.equal('3');
    takeover.write('id: 4\nevent: x\ndata: {"n":4}\n\n');
    await until(() => atTop.events.length === 2, 'the hidden tab still hears of changes (relayed, no request)');
    expect(atTop.events[1]).to.deep.equal({ type: 'x', id: '4', data: { n: 4 } });
    expect(server.openStreams(), 'one stream open').to.have.length(1);
  });

  it('nothing while every tab is hidden; the first shown again resumes with Last-Event-ID', async () => {
    const server = new ScriptedServer(() => 'stream');
    const top = thisTab(server);
    const other = await otherTab(server, 'second');
    tabs.push(other, top);
    top.listen();
    const atOther = other.listen();
    await until(() => server.streams().length === 1, 'the stream');
    server.streams()[0]!.write('id: 9\nevent: x\ndata: {}\n\n');
    await until(() => atOther.events.length === 1, 'the event relayed');
    other.setVisibility('hidden');
    top.setVisibility('hidden');
    await until(() => server.openStreams().length === 0, 'the stream closed');
    // Both hidden: neither asks for the connection (counted over simulated time in live-cost.test.ts).
    expect(server.streams()).to.have.length(1);

    other.setVisibility('visible');
    await until(() => server.streams().length === 2, 'the tab shown again connects');
    expect(server.streams()[1]!.tab).to.equal('second');
    expect(server.streams()[1]!.headers.get('Last-Event-ID')).to.equal('9');
  });

  it('the leader whose last listener leaves hands over; polling resumes from its cursor and ETag', async () => {
    let cursor = 5;
    const server = new ScriptedServer(pollingAnswer(() => cursor));
    const top = thisTab(server);
    const other = await otherTab(server, 'second');
    tabs.push(other, top);
    const atTop = top.listen({ pollInterval: 30 });
    await until(() => server.polls().length >= 2, 'the leader polls');
    const atOther = other.listen({ pollInterval: 30 });
    cursor = 6;
    await until(() => atOther.events.length === 1, 'a polled change relayed');
    expect(atOther.events).to.deep.equal([{ type: 'x', id: '6', data: { n: 6 } }]);
    expect(atTop.events).to.deep.equal(atOther.events);
    expect(new Set(server.calls.map((call) => call.tab)), 'only the leader asks').to.deep.equal(new Set(['top']));

    const before = server.calls.length;
    atTop.stop();
    await until(() => server.calls.some((call) => call.tab === 'second'), 'the other tab takes over');
    const [first] = server.calls.slice(before).filter((call) => call.tab === 'second');
    expect(first!.headers.get('Accept'), 'it knows there is no stream: it polls at once').not.to.equal(
      'text/event-stream',
    );
    expect(first!.url.searchParams.get('since')).to.equal('6');
    expect(first!.headers.get('If-None-Match')).to.equal('"v6"');
    cursor = 7;
    await until(() => atOther.events.length === 2, 'the next change, from the new leader');
    expect(top.live.liveChannelCount()).to.equal(0);
  });

  it('without Web Locks a tab keeps a connection of its own', async () => {
    const server = new ScriptedServer(() => 'stream');
    const top = thisTab(server);
    const other = await otherTab(server, 'no-locks', (win) =>
      Object.defineProperty(win.navigator, 'locks', { configurable: true, value: undefined }),
    );
    tabs.push(other, top);
    top.listen();
    const atOther = other.listen();
    await until(() => server.streams().length === 2, 'a stream for each');
    expect(new Set(server.streams().map((call) => call.tab))).to.deep.equal(new Set(['top', 'no-locks']));
    server
      .streams()
      .find((call) => call.tab === 'no-locks')!
      .write('id: 1\nevent: x\ndata: {}\n\n');
    await until(() => atOther.events.length === 1, 'its own events');
  });
});
