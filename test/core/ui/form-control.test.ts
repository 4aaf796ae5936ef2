/**
 * Issue 12, defect 6: the fields' error region took its room by `:empty`, which an element holding the white space Lit
 * keeps around a binding never matches outside the production build's compaction — so in dev, Storybook and tests
 * every empty field had a gap above it. The region is shown by state: empty, it draws nothing and takes no room;
 * with a message, it is seen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/core/ui/gu-text-field.js';
import '../../../components/core/ui/gu-otp-field.js';
import '../../../components/core/ui/gu-password-field.js';
import { emptyButShown, expectVisible } from '../../helpers/perceive.js';

type Field = HTMLElement & { showErrors(): void; updateComplete: Promise<unknown> };

for (const tag of ['gu-text-field', 'gu-otp-field', 'gu-password-field']) {
  describe(`<${tag}> error region`, () => {
    it('empty: draws nothing and takes no room; with a message: seen, with room', async () => {
      const form = await fixture<HTMLFormElement>(html`<form novalidate></form>`);
      const field = document.createElement(tag) as Field;
      field.setAttribute('label', 'Поле');
      field.setAttribute('required', '');
      form.append(field);
      await field.updateComplete;
      const region = field.shadowRoot!.querySelector('#error')!;
      expect(region.textContent!.length, 'the region holds white space (dev build)').to.be.greaterThan(0);
      expect(emptyButShown(region), 'the empty region').to.equal(undefined);
      field.showErrors();
      await field.updateComplete;
      expectVisible(region, 'the error message');
      expect(parseFloat(getComputedStyle(region).marginBottom)).to.be.greaterThan(0);
    });
  });
}
