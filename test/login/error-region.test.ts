/**
 * Issue 12, defect 6 (login part): the field's error region was hidden by `:empty`, which only the production build's
 * whitespace compaction satisfies — in dev, Storybook and these tests (Lit keeps the whitespace around a binding) a red
 * «!» stood above every empty field. It is hidden by state now; this runs on the uncompacted templates the tests load.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNotVisible, expectVisible, liveRegions, perceivabilityProblems } from '../helpers/perceive.js';
import { input, mountLogin, internals } from './harness.js';

describe('<gu-login> field error regions', () => {
  it('shows no error mark above an empty field in the dev build, and the message once there is one', async () => {
    const { login } = await mountLogin();
    await internals(login).ready();
    const regions = [...login.querySelectorAll('.gu-login__error')];
    expect(regions.length).to.be.greaterThan(0);
    // The regions hold Lit's whitespace here (what made `:empty` fail) …
    expect(regions.some((region) => region.childNodes.length > 0)).to.equal(true);
    // … and still show nothing, not even the «!» mark.
    for (const region of regions) {
      expectNotVisible(region, `the empty error region #${region.id}`);
      expect(getComputedStyle(region, '::before').content, `no «!» on #${region.id}`).to.be.oneOf(['none', 'normal']);
    }
    const box = regions[0]!.getBoundingClientRect();
    expect(perceivabilityProblems(login), `box ${box.width}×${box.height}`).to.deep.equal([]);
    // The regions are live regions that exist before any message (so the message is announced).
    expect(liveRegions(login)).to.include.members(regions);
    input(login, 'Телефон').focus();
    await sendKeys({ press: 'Enter' });
    await login.updateComplete;
    const passwordError = login.querySelector(`#${internals(login).uid}-password-error`);
    expect(passwordError).to.equal(regions[1]);
    expectVisible(passwordError, 'the password error');
    expect(getComputedStyle(passwordError!, '::before').content).to.equal('"!"');
  });
});
