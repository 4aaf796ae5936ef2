/**
 * Where a `<gu-session-notice>` stands on the page: which notice is the page's one (the first in the composed tree —
 * a portal's page-level notice comes before the widgets' own), and which heading level follows the page's outline.
 * Notices of every bundle on the page share one registry (`Symbol.for`). Kept small: the notice is in the first
 * render of every signed-out widget.
 */
import type { HeadingLevel } from '../ui/state.js';

/** What the registry needs of a notice. */
export type RegisteredNotice = HTMLElement & { requestUpdate(): void };

const global = globalThis as typeof globalThis & { [key: symbol]: Set<RegisteredNotice> | undefined };
const notices = (global[Symbol.for('gu-kit/session-notices')] ??= new Set());

/** The element and its shadow hosts, one per tree, from the document down. */
function treePath(element: Element): Element[] {
  const path: Element[] = [];
  for (let at: Element | undefined = element; at; at = (at.getRootNode() as ShadowRoot).host) path.unshift(at);
  return path;
}

/** Whether `a` comes before `b` in the composed tree (a shadow host before what its shadow root holds). */
export function precedesInComposedTree(a: Element, b: Element): boolean {
  const pathA = treePath(a);
  const pathB = treePath(b);
  let i = 0;
  while (pathA[i] && pathA[i] === pathB[i]) i += 1;
  const [nodeA, nodeB] = [pathA[i], pathB[i]];
  return !nodeA || Boolean(nodeB && nodeA.compareDocumentPosition(nodeB) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** A notice connected (`on`) or disconnected: every other one re-renders (the page's one may have changed). */
export function trackNotice(notice: RegisteredNotice, on: boolean): void {
  if (on) notices.add(notice);
  else notices.delete(notice);
  for (const other of notices) if (other !== notice) other.requestUpdate();
}

/** Whether `notice` is the page's one: no connected, not hidden notice comes before it in the composed tree. */
export function isPageNotice(notice: RegisteredNotice): boolean {
  return ![...notices].some(
    (other) => other !== notice && other.isConnected && !other.hidden && precedesInComposedTree(other, notice),
  );
}

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading]';

/** A heading's level (h1–h6, or role=heading with aria-level, 2 without), 0 for anything else. */
function levelOf(element: Element | undefined): number {
  if (!element?.matches(HEADINGS)) return 0;
  return Number(/\d/.exec(element.localName)?.[0] ?? element.getAttribute('aria-level') ?? 2);
}

/**
 * The heading level that fits where `element` stands: one below the nearest heading before it in the composed tree
 * (a preceding element's open shadow root counted; a `hidden` one not) — a portal's h1 → 2; 2 when there is none.
 */
export function contextHeadingLevel(element: Element): HeadingLevel {
  for (let at: Element | undefined = element; at; at = (at.getRootNode() as ShadowRoot).host) {
    const walker = document.createTreeWalker(at.getRootNode(), NodeFilter.SHOW_ELEMENT);
    walker.currentNode = at;
    for (let node = walker.previousNode() as Element | null; node; node = walker.previousNode() as Element | null) {
      const level = levelOf(node) || levelOf([...(node.shadowRoot?.querySelectorAll(HEADINGS) ?? [])].pop());
      if (level && !node.closest('[hidden]')) return Math.min(6, level + 1) as HeadingLevel;
    }
  }
  return 2;
}
