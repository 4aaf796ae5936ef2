import { expect, fixture, html } from '@open-wc/testing';
import { deepActiveElement, recordAnnouncements } from './perceive.js';

describe('perceive (test/helpers/perceive.ts)', () => {
  it('deepActiveElement finds focus inside open shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.textContent = 'Inside';
    root.append(button);
    button.focus();
    expect(document.activeElement).to.equal(host);
    expect(deepActiveElement()).to.equal(button);
  });

  it('recordAnnouncements().until waits for text said later in a live region', async () => {
    const region = await fixture<HTMLDivElement>(html`<div role="status"></div>`);
    const said = recordAnnouncements();
    try {
      setTimeout(() => (region.textContent = 'Код отправлен'), 50);
      await said.until('Код отправлен', 4000);
      expect(said.said).to.include('Код отправлен');
    } finally {
      said.stop();
    }
  });

  it('recordAnnouncements().until fails naming what was said instead', async () => {
    const region = await fixture<HTMLDivElement>(html`<div role="status"></div>`);
    const said = recordAnnouncements();
    try {
      region.textContent = 'Другое';
      let error: Error | undefined;
      await said.until('Код отправлен', 100).catch((caught: Error) => (error = caught));
      expect(error?.message).to.equal('not announced: Код отправлен; said: ["Другое"]');
    } finally {
      said.stop();
    }
  });
});
