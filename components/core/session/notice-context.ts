/**
 * Where a `<gu-session-notice>` stands on the page: which notice is the page's one (the first in the composed tree —
 * a portal's page-level notice comes before the widgets' own), and which heading level follows the page's outline.
 * Notices of every bundle on the page share one registry (`Symbol.for`).
 */
import type { HeadingLevel } from '../ui/state.js';

/** What the registry needs of a notice. */
export interface RegisteredNotice extends HTMLElement {
  requestUpdate(): void;
}

const REGISTRY_KEY = Symbol.for('gu-kit/session-notices');

function registry(): Set<RegisteredNotice> {
  const global = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Set<RegisteredNotice> };
  global[REGISTRY_KEY] ??= new Set();
  return global[REGISTRY_KEY];
}

/** The element's ancestors-or-self, one per tree, from the document down (shadow hosts crossed). */
function treePath(element: Element): Element[] {
  const path: Element[] = [];
  let current: Element | undefined = element;
  while (current) {
    path.unshift(current);
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : undefined;
  }
  return path;
}

/** Whether `a` comes before `b` in the composed tree (a shadow host before what its shadow root holds). */
export function precedesInComposedTree(a: Element, b: Element): boolean {
  const pathA = treePath(a);
  const pathB = treePath(b);
  const length = Math.min(pathA.length, pathB.length);
  for (let i = 0; i < length; i += 1) {
    const nodeA = pathA[i]!;
    const nodeB = pathB[i]!;
    if (nodeA === nodeB) continue;
    return Boolean(nodeA.compareDocumentPosition(nodeB) & Node.DOCUMENT_POSITION_FOLLOWING);
  }
  return pathA.length < pathB.length;
}

/** Adds a connected notice; every notice re-renders (the page's one may have changed). */
export function registerNotice(notice: RegisteredNotice): void {
  registry().add(notice);
  for (const other of registry()) if (other !== notice) other.requestUpdate();
}

/** Removes a disconnected notice; the others re-render. */
export function unregisterNotice(notice: RegisteredNotice): void {
  registry().delete(notice);
  for (const other of registry()) other.requestUpdate();
}

/** Whether `notice` is the page's one: the first connected, not hidden notice in the composed tree. */
export function isPageNotice(notice: RegisteredNotice): boolean {
  for (const other of registry()) {
    if (other === notice || !other.isConnected || other.hidden) continue;
    if (precedesInComposedTree(other, notice)) return false;
  }
  return true;
}

function levelOf(element: Element): number | undefined {
  const match = /^h([1-6])$/.exec(element.localName);
  if (match) return Number(match[1]);
  if (element.getAttribute('role') === 'heading') return Number(element.getAttribute('aria-level')) || 2;
  return undefined;
}

/** The last heading inside `element` (its light tree and open shadow root), if any. */
function lastHeadingIn(element: Element): number | undefined {
  for (const root of [element.shadowRoot, element]) {
    if (!root) continue;
    const headings = root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]');
    const last = headings[headings.length - 1];
    if (last) return levelOf(last);
  }
  return undefined;
}

/**
 * The heading level that fits where `element` stands: one below the nearest heading before it in the composed tree
 * (a portal's h1 → 2), 2 when none comes before it; never above 6.
 */
export function contextHeadingLevel(element: Element): HeadingLevel {
  let current: Element | undefined = element;
  while (current) {
    const root = current.getRootNode() as Document | ShadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = current;
    for (let node = walker.previousNode() as Element | null; node; node = walker.previousNode() as Element | null) {
      if (node.closest('[hidden]')) continue;
      const level = levelOf(node) ?? (node.shadowRoot ? lastHeadingIn(node) : undefined);
      if (level) return Math.min(6, Math.max(2, level + 1)) as HeadingLevel;
    }
    current = root instanceof ShadowRoot ? root.host : undefined;
  }
  return 2;
}
