/**
 * What a user perceives, not what the code set: visibility by the rendered box, text in the DOM across shadow roots,
 * announcements as text in live regions, focus across shadow roots. Every widget's tests and the story sweep use these.
 */
import { expect } from '@open-wc/testing';

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
  for (const region of initial) last.set(region, (region.textContent ?? '').trim());
  const sample = () => {
    for (const region of liveRegions()) {
      if (existingOnly && !initial.has(region)) continue;
      const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
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
      const started = Date.now();
      while (!matches()) {
        if (Date.now() - started > timeout) {
          throw new Error(`not announced: ${String(text)}; said: ${JSON.stringify(said)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
        sample();
      }
    },
    stop() {
      cancelAnimationFrame(frame);
      observer.disconnect();
    },
  };
}
