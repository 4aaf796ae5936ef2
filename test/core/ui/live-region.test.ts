import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/core/ui/gu-live-region.js';
import type { GuLiveRegion } from '../../../components/core/ui/live-region.js';
import { expectAccessible } from '../../helpers/a11y.js';

const region = (el: GuLiveRegion) => el.shadowRoot!.querySelector<HTMLElement>('[part="region"]')!;

describe('gu-live-region', () => {
  it('is a polite status region that exists empty, then holds the message', async () => {
    const el = await fixture<GuLiveRegion>(html`<gu-live-region></gu-live-region>`);
    const before = region(el);
    expect(before.getAttribute('role')).to.equal('status');
    expect(before.getAttribute('aria-live')).to.equal('polite');
    expect(before.textContent).to.equal('');
    await expectAccessible(el);
    el.message = 'Код отправлен';
    await el.updateComplete;
    expect(region(el)).to.equal(before);
    expect(before.textContent).to.equal('Код отправлен');
    await expectAccessible(el);
  });

  it('is role="alert" when assertive', async () => {
    const el = await fixture<GuLiveRegion>(
      html`<gu-live-region politeness="assertive" message="Ошибка"></gu-live-region>`,
    );
    expect(region(el).getAttribute('role')).to.equal('alert');
    expect(region(el).getAttribute('aria-live')).to.equal('assertive');
  });

  it('announce() repeats an unchanged message: cleared, then set', async () => {
    const el = await fixture<GuLiveRegion>(html`<gu-live-region message="Сохранено"></gu-live-region>`);
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(region(el).textContent ?? ''));
    observer.observe(region(el), { childList: true, characterData: true, subtree: true });
    await el.announce('Сохранено');
    observer.disconnect();
    expect(texts[0]).to.equal('');
    expect(texts.at(-1)).to.equal('Сохранено');
  });

  it('visually-hidden keeps it announced but out of sight', async () => {
    const el = await fixture<GuLiveRegion>(html`<gu-live-region visually-hidden message="Готово"></gu-live-region>`);
    expect(el.getBoundingClientRect().width).to.be.at.most(1);
    expect(region(el).textContent).to.equal('Готово');
    await expectAccessible(el);
  });
});
