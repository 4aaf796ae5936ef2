/**
 * Issue 12, defect 6 (verification part): the error regions were hidden by `:empty`, which dev builds and Storybook
 * defeat (Lit keeps whitespace and markers). An empty region must take no room and show nothing — asserted on the
 * rendered page; with a message it is visible.
 */
import { expect } from '@open-wc/testing';
import { isPerceivable } from '../helpers/perceive.js';
import { mountSignedIn, part, until } from './harness.js';
import type { GuVerification } from '../../components/verification/verification.js';

function expectEmptyRegionsTakeNoRoom(widget: GuVerification, where: string): void {
  const regions = [...part(widget).querySelectorAll<HTMLElement>('.error, [data-code-sent]')].filter(
    (region) => (region.textContent ?? '').trim() === '',
  );
  expect(regions.length, `${where}: empty regions`).to.be.greaterThan(0);
  for (const region of regions) {
    expect(isPerceivable(region), `${where}: an empty region is visible`).to.equal(false);
    const style = getComputedStyle(region);
    const room =
      region.getBoundingClientRect().height + parseFloat(style.marginBlockStart) + parseFloat(style.marginBlockEnd);
    expect(room, `${where}: an empty region takes ${room}px`).to.equal(0);
  }
}

describe('gu-verification: empty error regions', () => {
  it('take no room and show nothing in every step; a message is visible', async () => {
    const { widget } = await mountSignedIn('standard');
    await widget.goTo('bank');
    await until(() => part(widget).querySelector('#problem'), 'bank step');
    expectEmptyRegionsTakeNoRoom(widget, 'bank');
    part(widget).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => part(widget).querySelector('#problem')?.textContent?.includes('Выберите банк'), 'bank required');
    expect(isPerceivable(part(widget).querySelector('#problem')!)).to.equal(true);

    await widget.goTo('centre');
    await until(() => part(widget).querySelector('#problem'), 'centre step');
    expectEmptyRegionsTakeNoRoom(widget, 'centre');

    await widget.goTo('phone');
    await until(() => part(widget).querySelector('[data-code-sent]'), 'phone step');
    expectEmptyRegionsTakeNoRoom(widget, 'phone');
  });
});
