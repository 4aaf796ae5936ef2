/**
 * «The kit holds» (issue 17): a widget's busiest state rendered at 320 px wide with the low-vision version's largest
 * everything (huge text, widest letter and line spacing, images off) in every colour scheme, and once more under the
 * system's forced colours, must show
 *   - no horizontal scrolling of the page (WCAG 1.4.10; a data table scrolls in its own labelled region instead),
 *   - no clipped text: every element that holds text keeps its scroll size within its box (nothing cut off, nothing
 *     spilling over its neighbours),
 *   - a visible focus ring in pixels at the first tab stops (focus-visible.ts),
 *   - the axe assertion, contrast included.
 *
 *   describeHolds('gu-payments: charges', async (root) => { …render the busiest state into root, wait for it… });
 *
 * Every widget's holds test is one call (test/a11y/holds-*.test.ts).
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { applyPreferences, LARGEST, NORMAL, SCHEMES, type Scheme } from '../../components/a11y/preferences.js';
import { expectAccessible } from './a11y.js';
import { focusVisibilityProblems } from './focus-visible.js';
import { describeElement } from './perceive.js';
import { settle } from './settle.js';

/** WCAG 1.4.10: 320 CSS px is 1280 px at 400 % zoom. */
export const NARROW = { width: 320, height: 720 };
const WIDE = { width: 800, height: 600 };

/** Every element under `root`, across open shadow roots, in tree order. */
function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

const ownText = (element: Element): string =>
  [...element.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent ?? '')
    .join('')
    .trim();

/** Text meant for screen readers only (1×1, clipped): it is clipped on purpose. */
function visuallyHidden(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return (
    (box.width <= 1 && box.height <= 1) || style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)'
  );
}

/** A region the citizen scrolls on purpose: a data table's labelled scroll container. */
function scrollRegion(element: Element): boolean {
  const style = getComputedStyle(element);
  const scrolls = /auto|scroll/.test(style.overflowX) || /auto|scroll/.test(style.overflowY);
  return scrolls && (element.getAttribute('role') === 'region' || element.hasAttribute('tabindex'));
}

/** Form controls scroll their own value; an `<svg>` or a canvas draws, it holds no text to clip. */
const SKIPPED = new Set(['input', 'textarea', 'select', 'svg', 'canvas', 'script', 'style', 'template', 'slot']);

/** What a citizen at 320 px cannot read: horizontal scrolling of the page, clipped or spilling text. */
export function reflowProblems(root: HTMLElement): string[] {
  const problems: string[] = [];
  const page = document.scrollingElement ?? document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) {
    const wide = [...deepElements(root)]
      .filter((element) => element.getBoundingClientRect().right > page.clientWidth + 1 && element.checkVisibility())
      .filter((element) => !visuallyHidden(element))
      .slice(0, 5)
      .map(
        (element) => `${describeElement(element)} (right edge ${Math.round(element.getBoundingClientRect().right)})`,
      );
    problems.push(
      `the page scrolls sideways: ${page.scrollWidth} px wide in ${page.clientWidth} px — ${wide.join('; ')}`,
    );
  }
  for (const element of deepElements(root)) {
    if (SKIPPED.has(element.localName) || !ownText(element)) continue;
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) || visuallyHidden(element)) continue;
    if (scrollRegion(element)) continue;
    const style = getComputedStyle(element);
    if (style.display === 'inline' || style.display === 'contents') continue; // measured by its block
    const wider = element.scrollWidth - element.clientWidth;
    const taller = element.scrollHeight - element.clientHeight;
    if (wider > 1 || taller > 1) {
      const how = [wider > 1 ? `${wider} px too narrow` : '', taller > 1 ? `${taller} px too short` : '']
        .filter(Boolean)
        .join(', ');
      problems.push(
        `text clipped or spilling (${how}; overflow ${style.overflowX}/${style.overflowY}): ${describeElement(element)}`,
      );
    }
  }
  return problems;
}

const emulateMediaFeatures = (features: Array<{ name: string; value: string }>) =>
  executeServerCommand('gu-emulate-media-features', features);

export interface HoldsOptions {
  /** Tab stops whose ring is compared in pixels, per scheme (1 by default: the scheme's ring on the widget's surface). */
  focusStops?: number;
}

/**
 * Registers one test per colour scheme (and one under forced colours). `mount` renders the widget's busiest state
 * into the given root (already in the document, 320 px wide, the largest preferences applied) and waits until it is
 * shown — once: the schemes then follow one another on the same render, live, as a citizen switching them in the
 * panel sees them (a scheme changes colours, not sizes; a render per scheme cost the suite minutes for nothing more).
 * The root is removed and the preferences reset at the end.
 */
export function describeHolds(
  title: string,
  mount: (root: HTMLElement) => Promise<void>,
  { focusStops = 1 }: HoldsOptions = {},
): void {
  const cases: Array<{ name: string; scheme: Scheme; forcedColors?: boolean }> = [
    ...SCHEMES.map((scheme) => ({ name: scheme, scheme })),
    { name: 'forced colors', scheme: 'default', forcedColors: true },
  ];
  describe(`${title} holds at 320 px, the largest size and spacing, images off`, () => {
    const root = document.createElement('main');
    root.lang = 'ru';
    // Painted as a portal's page is (its CSS reads the same tokens): the scheme's text on the scheme's background.
    root.style.display = 'flow-root';
    root.style.background = 'var(--gu-color-background, #ffffff)';
    root.style.color = 'var(--gu-color-text, #0b1f33)';
    before(async function () {
      this.timeout(60_000);
      await setViewport(NARROW);
      // The page under the root too: axe measures rows that `content-visibility: auto` has not laid out yet at their
      // estimated place, a last row's text past the root — against the page's background.
      document.documentElement.style.setProperty('background', 'var(--gu-color-background, #ffffff)');
      applyPreferences({ ...LARGEST, scheme: 'default' });
      document.body.append(root);
      await mount(root);
      await settle(root);
    });
    after(async () => {
      root.remove();
      document.documentElement.style.removeProperty('background');
      applyPreferences({ ...NORMAL });
      await emulateMediaFeatures([]);
      await setViewport(WIDE);
    });
    for (const each of cases) {
      it(`in ${each.name}`, async function () {
        this.timeout(60_000);
        await emulateMediaFeatures(each.forcedColors ? [{ name: 'forced-colors', value: 'active' }] : []);
        applyPreferences({ ...LARGEST, scheme: each.scheme });
        await settle(root, { rounds: 1 });
        const problems = reflowProblems(root);
        problems.push(...(await focusVisibilityProblems(root, { maxStops: focusStops })));
        if (problems.length > 0) throw new Error(`[${each.name}]\n  ${problems.join('\n  ')}`);
        await expectAccessible(root);
      });
    }
  });
}
