/**
 * What a user perceives, not what the code set: visibility by the rendered box, text in the DOM across shadow roots,
 * announcements as text in live regions, focus across shadow roots. Every widget's tests and the story sweep use these.
 */
import { expect } from '@open-wc/testing';
import { until as pollUntil } from './until.js';

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Whether a sighted user can see `element`: rendered (`checkVisibility()` with opacity and `visibility`),
 * a non-empty box, and — once scrolled to — at least partly inside the viewport and not clipped to nothing.
 */
export function isPerceivable(element: Element): boolean {
  if (!element.isConnected) return false;
  if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
  const rects = [...element.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  if (rects.length === 0) return false;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = element.getBoundingClientRect();
  const inViewport = box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth;
  // Visually hidden text (1×1 clipped) is for screen readers only: not perceivable by sight.
  const clipped = box.width <= 1 && box.height <= 1;
  return inViewport && !clipped;
}

/** Fails unless `element` is perceivable (see {@link isPerceivable}). */
export function expectVisible(element: Element | null | undefined, what: string): void {
  expect(element, `${what}: not in the DOM`).to.exist;
  expect(isPerceivable(element!), `${what}: in the DOM but not visible`).to.equal(true);
}

/** Fails when `element` exists and is perceivable. */
export function expectNotVisible(element: Element | null | undefined, what: string): void {
  if (!element) return;
  expect(isPerceivable(element), `${what}: still visible`).to.equal(false);
}

/**
 * All text under `root` as a screen reader or a text search meets it: light DOM, open shadow roots (in tree order,
 * slotted content where it is assigned), `alt`, `title`, `aria-label`, `value` of form controls — hidden or not.
 */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      for (const name of ['alt', 'title', 'aria-label', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
      if ((node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) && node.value) {
        parts.push(node.value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Fails when any of `needles` is still in the DOM under `root` (rendered or not, shadow roots included). */
export function expectNoText(root: Node, needles: readonly string[], what: string): void {
  const text = deepText(root);
  const left = needles.filter((needle) => text.includes(needle));
  expect(left, `${what}: still in the DOM: ${left.join(' | ')}`).to.deep.equal([]);
}

/** Every element under `root` (shadow roots included) that is a live region: aria-live, role status/alert/log. */
export function liveRegions(root: Node = document): Element[] {
  const found: Element[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      const role = node.getAttribute('role');
      const live = node.getAttribute('aria-live');
      if ((live && live !== 'off') || role === 'status' || role === 'alert' || role === 'log') found.push(node);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/**
 * Records what is said through live regions from now on: every text that appears in any live region of the page
 * (the kit's page-level announcer and widgets' own regions, shadow roots included). Poll with `until()`.
 * Regions already holding text when recording starts are not counted until their text changes.
 *
 * `existingOnly: true` counts only regions that were in the page when recording started — what screen readers
 * reliably speak: a region created together with (or just before) its text is often not announced at all.
 */
export function recordAnnouncements({ existingOnly = false }: { existingOnly?: boolean } = {}): {
  said: string[];
  until(text: string | RegExp, timeout?: number): Promise<void>;
  stop(): void;
} {
  const said: string[] = [];
  const last = new Map<Element, string>();
  const initial = new Set(liveRegions());
  // The text as rendered: a region in a shadow root often shows its host's children through a slot.
  for (const region of initial) last.set(region, shownText(region));
  const sample = () => {
    for (const region of liveRegions()) {
      if (existingOnly && !initial.has(region)) continue;
      const text = shownText(region);
      if (text && last.get(region) !== text) said.push(text);
      last.set(region, text);
    }
  };
  const observer = new MutationObserver(sample);
  const observeAll = () => {
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    const roots: ShadowRoot[] = [];
    const walk = (node: Node) => {
      if (node instanceof Element && node.shadowRoot) {
        roots.push(node.shadowRoot);
        walk(node.shadowRoot);
      }
      for (const child of node.childNodes) walk(child);
    };
    walk(document);
    for (const root of roots) observer.observe(root, { subtree: true, childList: true, characterData: true });
  };
  observeAll();
  // Shadow roots created later are not observed by the document observer: re-attach on every frame while recording.
  let frame = requestAnimationFrame(function tick() {
    sample();
    observeAll();
    frame = requestAnimationFrame(tick);
  });
  return {
    said,
    async until(text, timeout = 8000) {
      const matches = () => said.some((line) => (typeof text === 'string' ? line.includes(text) : text.test(line)));
      const announced = () => {
        sample();
        return matches();
      };
      await pollUntil(announced, `the announcement ${String(text)}`, timeout).catch(() => {
        throw new Error(`not announced: ${String(text)}; said: ${JSON.stringify(said)}`);
      });
    },
    stop() {
      cancelAnimationFrame(frame);
      observer.disconnect();
    },
  };
}

// ————————————————————————————————————————————— the page as a whole: what the story sweep checks on every story

/** Every element under `root` matching `selector`, looking into open shadow roots (tree order). */
export function deepQueryAll<E extends Element = Element>(root: Node, selector: string): E[] {
  const found: E[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (node.matches(selector)) found.push(node as E);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** The parent in the flat tree: the parent element, or the host of a shadow root, or the slot an element is assigned to. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * What the markup says about `element`'s visibility, before any style: hidden when it or an ancestor (flat tree,
 * across shadow roots) carries `hidden`, is a closed `<dialog>` or `popover`, or is the content of a closed `<details>`.
 */
export function markupSaysHidden(element: Element): boolean {
  let child: Element | null = null;
  for (let node: Element | null = element; node; child = node, node = flatParent(node)) {
    if (node.hasAttribute('hidden')) return true;
    if (node instanceof HTMLDialogElement && !node.open) return true;
    if (node instanceof HTMLDetailsElement && !node.open && child && child.localName !== 'summary') return true;
    if (node.hasAttribute('popover') && !node.matches(':popover-open')) return true;
  }
  return false;
}

/** Text under `element` as rendered into the page (shadow roots and slotted content), whitespace collapsed. */
export function shownText(element: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) {
      visit(node.shadowRoot);
      return; // the light children are shown through the slots
    }
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      for (const child of assigned.length > 0 ? assigned : [...node.childNodes]) visit(child);
      return;
    }
    if (node instanceof HTMLElement && (node.localName === 'style' || node.localName === 'script')) return;
    for (const child of node.childNodes) visit(child);
  };
  visit(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Visually hidden on purpose (text for screen readers only): a clipped box of at most 1×1 px, taken out of the flow. */
export function isVisuallyHiddenByDesign(element: Element): boolean {
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    if (style.position === 'absolute' && box.width <= 1 && box.height <= 1) return true;
  }
  return false;
}

/** A short, findable description of an element for failure messages: `tag#id.class «text…»` and its shadow host. */
export function describeElement(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = [...element.classList]
    .slice(0, 2)
    .map((name) => `.${name}`)
    .join('');
  const text = shownText(element).slice(0, 60);
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
  return `<${element.localName}${id}${classes}>${text ? ` «${text}»` : ''}${host}`;
}

/** Why a sighted user would not see `element` (undefined when they would). */
export function whyNotPerceivable(element: Element): string | undefined {
  if (!element.isConnected) return 'not in the document';
  if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
    return 'not rendered (display, visibility or opacity)';
  }
  const rects = [...element.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  if (rects.length === 0) return 'an empty box';
  if (!isPerceivable(element)) return 'outside the viewport or clipped to nothing when scrolled to';
  return undefined;
}

/** Error message regions: the part and classes the kit gives to error messages (not tones such as `tone-error`), and alerts. */
const ERROR_REGIONS = '[part~="error"], [class~="error"], [class*="__error"], [role="alert"]';

/**
 * Something empty shown as if it had content: an error region (see ERROR_REGIONS) without any text that still draws
 * something (an icon, a `::before`/`::after` mark, a box with a border or background) or takes room on the page
 * (a margin or padding around nothing). Undefined when it is rightly invisible.
 */
export function emptyButShown(element: Element): string | undefined {
  if (shownText(element) !== '') return undefined;
  if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return undefined;
  if (isVisuallyHiddenByDesign(element)) return undefined;
  const style = getComputedStyle(element);
  for (const pseudo of ['::before', '::after']) {
    const content = getComputedStyle(element, pseudo).content;
    if (content && content !== 'none' && content !== 'normal' && content !== '""') {
      return `draws ${pseudo} ${content} without a message`;
    }
  }
  const drawn = deepQueryAll(element, 'svg, img, [class*="icon"]').find(
    (icon) => whyNotPerceivable(icon) === undefined,
  );
  if (drawn) return `shows an icon (${describeElement(drawn)}) without a message`;
  const box = element.getBoundingClientRect();
  const room = ['marginTop', 'marginBottom', 'paddingTop', 'paddingBottom'] as const;
  const taken = room.filter((side) => parseFloat(style[side]) > 0);
  if (style.display !== 'contents' && (box.height > 0 || taken.length > 0)) {
    return `takes ${Math.round(box.height)} px plus ${taken.join(', ') || 'no margin'} on the page without a message`;
  }
  return undefined;
}

/**
 * The perceivability check of the story sweep (and of any widget test): what the markup says is shown is seen, what it
 * says is hidden is not, and nothing empty is shown as if it had content. Returns one line per problem.
 *
 * - hidden: every element with `hidden` (or inside a closed dialog/details) is not rendered — an element's own
 *   `display` rule beats the UA's `[hidden]` rule, so the attribute alone proves nothing;
 * - shown: every alert and status with text, every heading and every control (button, link, field) that the markup
 *   says is shown and no style rule hides from everyone is perceivable (not transparent, a non-empty box, in the
 *   viewport once scrolled to), unless it is visually hidden on purpose;
 * - empty: no error region without a message draws an icon or a mark or takes room (see {@link emptyButShown}).
 */
export function perceivabilityProblems(root: Node): string[] {
  const problems: string[] = [];
  const x = window.scrollX;
  const y = window.scrollY;
  for (const element of deepQueryAll(root, '[hidden]')) {
    if (element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && isPerceivable(element)) {
      problems.push(`hidden but visible: ${describeElement(element)}`);
    }
  }
  const shown = deepQueryAll(
    root,
    '[role="alert"], [role="status"], h1, h2, h3, h4, h5, h6, [role="heading"], button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"]',
  );
  for (const element of shown) {
    if (markupSaysHidden(element) || isVisuallyHiddenByDesign(element)) continue;
    // Hidden by a style rule for everyone (display: none, visibility: hidden): a state the element keeps by its own
    // rules, out of the accessibility tree too. What is still read out but not seen (opacity 0, an empty box, off
    // screen) is what is flagged.
    if (!element.checkVisibility({ checkVisibilityCSS: true })) continue;
    const isRegion = element.matches('[role="alert"], [role="status"]');
    if (isRegion && shownText(element) === '') continue;
    // A native input drawn by its own label (a styled checkbox or radio): the label is what is seen.
    if (element instanceof HTMLInputElement && /^(checkbox|radio|file)$/.test(element.type)) continue;
    const why = whyNotPerceivable(element);
    if (why) problems.push(`shown by the markup but not visible (${why}): ${describeElement(element)}`);
  }
  for (const element of deepQueryAll(root, ERROR_REGIONS)) {
    if (markupSaysHidden(element)) continue;
    const why = emptyButShown(element);
    if (why) problems.push(`empty but shown: ${describeElement(element)} ${why}`);
  }
  window.scrollTo(x, y);
  return problems;
}

/** Fails with every problem {@link perceivabilityProblems} finds under `root`. */
export function expectPerceivable(root: Node, what = 'the page'): void {
  const problems = perceivabilityProblems(root);
  expect(problems, `${what}: what is shown is not what the markup says:\n  ${problems.join('\n  ')}`).to.deep.equal([]);
}

/** Fails unless some element under `root` (shadow roots included) that shows `text` is perceivable. */
export function expectTextVisible(root: Node, text: string, what: string): void {
  const holders = deepQueryAll(root, '*').filter(
    (element) => !(element instanceof HTMLSlotElement) && shownText(element).includes(text),
  );
  expect(holders.length, `${what}: «${text}» is not in the DOM`).to.be.greaterThan(0);
  const seen = holders.some((element) => whyNotPerceivable(element) === undefined);
  expect(seen, `${what}: «${text}» is in the DOM but not visible`).to.equal(true);
}

/** Whether `element` is in a live region (itself or a flat-tree ancestor: aria-live other than off, alert, status, log). */
export function inLiveRegion(element: Element): boolean {
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const role = node.getAttribute('role');
    const live = node.getAttribute('aria-live');
    if ((live && live !== 'off') || role === 'alert' || role === 'status' || role === 'log') return true;
  }
  return false;
}

/**
 * The live-region check of the story sweep: every visible error message under `root` (see ERROR_REGIONS: field
 * errors, widget alerts) is in a live region, or its text was said through one while the story rendered (`said`, from
 * {@link recordAnnouncements} started before the render) — a state the README says is announced is not only shown.
 * Returns one line per message that is only shown.
 */
export function unannouncedMessages(root: Node, said: readonly string[]): string[] {
  const problems: string[] = [];
  const heard = said.join(' \n ');
  for (const element of deepQueryAll(root, ERROR_REGIONS)) {
    const text = shownText(element);
    if (text === '' || markupSaysHidden(element) || whyNotPerceivable(element) !== undefined) continue;
    if (inLiveRegion(element) || heard.includes(text)) continue;
    // A message inside another one that is announced is covered by it.
    if (
      deepQueryAll(root, ERROR_REGIONS).some(
        (other) => other !== element && other.contains(element) && inLiveRegion(other),
      )
    ) {
      continue;
    }
    problems.push(`shown but not in a live region nor announced: ${describeElement(element)}`);
  }
  return problems;
}
