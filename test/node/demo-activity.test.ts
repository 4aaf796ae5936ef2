/**
 * The demo's backend changes things over time (issue 12, defect 5): startDemoActivity moves applications on, each
 * change published on the live-updates log that GET /events streams. Waits for the state, never for a time.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getDb } from '../../mocks/db/index.js';
import { liveCursor, liveEventsSince } from '../../mocks/db/live-events.js';
import { setScenario, startDemoActivity } from '../../mocks/scenarios.js';

describe('the demo backend changes things over time', () => {
  it('moves an application in progress one step on and publishes the change', async () => {
    setScenario('default');
    const inProgress = () =>
      getDb()
        .applications.filter((a) => a.ownerId === 'person-1' && ['sent', 'accepted', 'processing'].includes(a.status))
        .map((a) => `${a.id}:${a.status}`)
        .join();
    const before = inProgress();
    const stop = startDemoActivity(10);
    try {
      for (let i = 0; i < 500 && liveCursor() === '0'; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      stop();
    }
    const [event] = liveEventsSince('person-1', '0');
    assert.ok(event, 'a live event for the citizen');
    assert.equal(event.type, 'application-status');
    const data = event.data as { applicationId: string; status: string; previousStatus: string };
    assert.notEqual(data.status, data.previousStatus);
    assert.equal(getDb().applications.find((a) => a.id === data.applicationId)!.status, data.status);
    assert.notEqual(inProgress(), before);
  });
});
