import { expect } from '@open-wc/testing';
import { mountPayments } from './harness.js';

describe('payments harness', () => {
  it('mounts a signed-in <gu-payments> on the mock backend and waits for the view', async () => {
    const h = await mountPayments();
    const root = await h.waitForView('charges');
    expect(root.querySelector('h3')).to.exist;
    expect(h.root.querySelector('nav')).to.exist;
  });
});
