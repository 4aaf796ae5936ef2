import { expect } from '@open-wc/testing';
import { mountNotifications, recordRequests, type RequestLog, until } from './harness.js';

describe('notifications harness', () => {
  it('mounts the signed-in widget, opens views and records the requests of the page', async () => {
    let log: RequestLog | undefined;
    const h = await mountNotifications({ beforeMount: (worker) => void (log = recordRequests(worker)) });
    await h.waitForView('feed');
    await until(() => log!.count('GET', 'notifications/summary') === 1, 10_000, 'the summary request');
    await h.openSection('Настройки уведомлений');
    await h.waitForView('settings');
    expect(h.widget.view).to.equal('settings');
    expect(log!.calls.every((call) => call.path.includes('/api/'))).to.equal(true);
    log!.stop();
  });
});
