/**
 * <gu-a11y-panel> holds under the choice it makes (issue 17): open, showing the largest text and spacing with images
 * off in every colour scheme and under forced colours, at 320 px — no sideways scrolling, no clipped text, a visible
 * focus ring, axe (test/helpers/holds.ts). Its busiest state: open, with both notes (storage not kept, and the
 * forced colours' note where the system has them).
 */
import '../../components/a11y/gu-a11y-panel.js';
import { LARGEST, SCHEMES, type Scheme } from '../../components/a11y/preferences.js';
import { describeHolds } from '../helpers/holds.js';
import { until } from '../helpers/until.js';

describeHolds('gu-a11y-panel: open, the largest choice', async (root) => {
  const applied = document.documentElement.dataset['guA11y'];
  const scheme: Scheme = SCHEMES.find((each) => each === applied) ?? 'default';
  const panel = document.createElement('gu-a11y-panel');
  // Not stored (its note shown too), and the same choice the holds check applied to the document.
  panel.transient = true;
  panel.preferences = { ...LARGEST, scheme };
  panel.open = true;
  root.append(panel);
  await until(() => !!panel.shadowRoot?.querySelector('fieldset'), 'the panel drawn');
});
