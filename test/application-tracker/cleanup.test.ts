/**
 * Removing <gu-application-tracker> leaves nothing running: no timer, no listener on window or document, no
 * request (list, agencies) still pending, no live-status stream open. The portal bench mounts and unmounts it 1 000 times.
 */
import { expect } from '@open-wc/testing';
import { useMockBackend } from '../helpers/mock-backend.js';
import { openLiveStreams } from '../../mocks/db/live-events.js';
import { instrumentPage as instrument, type Probe } from '../helpers/lifecycle-probe.js';
import { mountTracker, until } from './harness.js';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('gu-application-tracker: removal leaves nothing behind', () => {
  let probe: Probe | undefined;
  /** The event streams the tracker opened (GET /api/events). */
  const streams = () => probe!.calls.filter((path) => path === '/api/events');
  beforeEach(async () => {
    await useMockBackend('default');
  });
  afterEach(() => probe?.restore());

  it('removed while its first list request is in flight: the request is aborted, no timer stays', async () => {
    await useMockBackend('slow'); // the mock answers after a while: the request is still out when the tracker goes
    probe = instrument();
    const h = await mountTracker({ pollInterval: 60_000 });
    await until(() => probe!.pending.size > 0, 4000, 'the list request');
    h.tracker.remove();
    await settle(300); // longer than the announcer's frame fallback; far shorter than the poll and retry delays
    expect([...probe.pending], 'requests still pending').to.deep.equal([]);
    expect([...probe.timers.values()], 'timers still set').to.deep.equal([]);
    expect([...probe.listeners], 'window/document listeners').to.deep.equal([]);
  });

  it('removed while listening to live status and with a search typed: no stream, no timer, no listener stays', async () => {
    probe = instrument();
    const h = await mountTracker({ pollInterval: 60_000 });
    await h.waitForList();
    await until(() => openLiveStreams() === 1, 8000, 'the event stream open');
    const input = h.root.querySelector<HTMLInputElement>('#q')!;
    input.value = 'паспорт';
    input.dispatchEvent(new InputEvent('input')); // the 400 ms search timer is running
    h.tracker.remove();
    await until(() => openLiveStreams() === 0, 8000, 'the event stream closed');
    await settle(300); // longer than the announcer's frame fallback
    expect(streams().length, 'streams opened').to.equal(1);
    expect([...probe.pending], 'requests still pending').to.deep.equal([]);
    expect([...probe.timers.values()], 'timers still set').to.deep.equal([]);
    expect([...probe.listeners], 'window/document listeners').to.deep.equal([]);
  });

  it('put back after removal, it loads and listens again', async () => {
    probe = instrument();
    const h = await mountTracker({ pollInterval: 60_000 });
    await h.waitForList();
    await until(() => openLiveStreams() === 1, 8000, 'the event stream open');
    h.tracker.remove();
    await until(() => openLiveStreams() === 0, 8000, 'the event stream closed');
    h.wrapper.append(h.tracker);
    await h.waitForList();
    expect(h.rows().length).to.be.greaterThan(0);
    await until(() => openLiveStreams() === 1 && streams().length === 2, 8000, 'listening again');
  });

  it('listens only while signed in with a poll interval: 0 or signing out closes the stream, and it resumes', async () => {
    probe = instrument();
    const h = await mountTracker({ pollInterval: 0 });
    await h.waitForList();
    await settle(400);
    expect(streams(), 'listened with poll-interval 0').to.have.length(0);
    h.tracker.pollInterval = 60_000;
    await until(() => openLiveStreams() === 1, 8000, 'listening with poll-interval 60 000');
    h.tracker.pollInterval = 0;
    await until(() => openLiveStreams() === 0, 8000, 'closed by poll-interval 0');
    h.tracker.pollInterval = 60_000;
    await until(() => openLiveStreams() === 1, 8000, 'listening again');
    h.session.update({ status: 'signed-out', reason: 'user' });
    await until(() => openLiveStreams() === 0, 8000, 'closed by signing out');
    const before = streams().length;
    h.session.update({ status: 'signed-in', reason: undefined });
    await until(() => openLiveStreams() === 1 && streams().length === before + 1, 8000, 'listening after signing in');
  });
});
