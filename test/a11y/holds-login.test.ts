/**
 * Issue 17, «the kit holds»: <gu-login>'s busiest states at 320 px with the largest low-vision preferences, in every
 * colour scheme and under forced colours (test/helpers/holds.ts), rendered as their stories render them: the sign-in
 * form submitted empty (errors at the fields, the summary, the other ways in) and the QR step (with images off the
 * code gives way to its text). Also: the QR code, an information image, replaced by its text with images off.
 */
import { expect } from '@open-wc/testing';
import * as login from '../../stories/login/login.stories.js';
import { applyPreferences, NORMAL } from '../../components/a11y/preferences.js';
import { describeHolds } from '../helpers/holds.js';
import { mountStory } from '../helpers/mount-story.js';
import { deepQueryAll, isPerceivable } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';

/** The QR step once its code is drawn (the encoder is loaded with the step). */
const qrDrawn = (root: HTMLElement) =>
  until(() => deepQueryAll(root, '.gu-login__qr-box svg[role="img"]')[0], 'the QR code', 15_000);

describeHolds('gu-login: the sign-in form submitted empty', mountStory(login, 'SubmittedEmpty'));
describeHolds('gu-login: the QR step', mountStory(login, 'Qr', qrDrawn));

describe('gu-login: the QR code with images off (issue 17)', () => {
  afterEach(() => applyPreferences({ ...NORMAL }));

  it('shows the code with images on and its text in its place with images off', async function () {
    this.timeout(30_000);
    const root = document.createElement('main');
    document.body.append(root);
    try {
      await mountStory(login, 'Qr', qrDrawn)(root);
      const svg = deepQueryAll(root, '.gu-login__qr-box svg[role="img"]')[0]!;
      const text = deepQueryAll(root, '.gu-login__qr-box .gu-qr-text')[0]!;
      const name = svg.getAttribute('aria-label')!;
      expect(name).to.match(/QR/);
      expect(isPerceivable(svg), 'the code with images on').to.equal(true);
      expect(isPerceivable(text), 'no second name with images on').to.equal(false);

      applyPreferences({ ...NORMAL, images: 'off' });
      expect(isPerceivable(svg), 'the code with images off').to.equal(false);
      expect(isPerceivable(text), 'its text with images off').to.equal(true);
      expect(text.textContent!.trim()).to.equal(name);
      // What the code holds, in words the citizen can use: the sign-in link stays next to it.
      expect(isPerceivable(root.querySelector('figure a')!)).to.equal(true);
    } finally {
      root.remove();
    }
  });
});
