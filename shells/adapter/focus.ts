/**
 * Focus after a route change: the new view's heading receives focus (screen readers read it, keyboard users
 * continue from there); when the view has no heading, its name is announced through the page-level live region.
 */
import { announce } from '../../components/core/ui/announcer.js';

const HEADING = 'h1, h2, [role="heading"]';

/** The first heading of `root` (light DOM), else of the open shadow roots of its elements, in document order. */
function findHeading(root: ParentNode): HTMLElement | null {
  const own = root.querySelector<HTMLElement>(HEADING);
  if (own) return own;
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (!element.shadowRoot) continue;
    const inside = findHeading(element.shadowRoot);
    if (inside) return inside;
  }
  return null;
}

/**
 * Moves focus to the heading of the view in `container`: the first heading of the enclosing `<main>` (a shell
 * puts its page heading there), else the first heading inside the view (light DOM, then open shadow roots).
 * The heading gets `tabindex="-1"` so it can take focus without entering the tab order.
 * Without a heading, `label` is announced instead. Returns the focused heading, if any.
 */
export function focusView(container: HTMLElement, label = ''): HTMLElement | null {
  const main = container.closest('main');
  const heading = (main && findHeading(main)) ?? findHeading(container);
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
    return heading;
  }
  if (label) void announce(label);
  return null;
}
