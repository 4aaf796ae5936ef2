import { expect } from '@open-wc/testing';
import { getDb } from '../../mocks/db/index.js';
import { deepText, mountNotifications } from './harness.js';

describe('<gu-notifications> ?notification=<id> (where the bell leads)', () => {
  afterEach(() =>
    history.replaceState(history.state, '', location.pathname + location.search.replace(/[?&]notification=[^&]*/, '')),
  );

  it('opens that notification and takes the parameter out of the address', async () => {
    let title = '';
    const h = await mountNotifications({
      beforeMount: () => {
        const item = getDb().notifications.find((n) => n.ownerId === 'person-1' && !n.archived && !n.read)!;
        title = item.title;
        const url = new URL(location.href);
        url.searchParams.set('notification', item.id);
        history.replaceState(history.state, '', url.href);
      },
    });
    await h.waitForView('notification', (shadow) => deepText(shadow).includes(title));
    expect(h.widget.view).to.equal('notification');
    expect(new URL(location.href).searchParams.has('notification'), 'the parameter is gone').to.equal(false);
  });
});
