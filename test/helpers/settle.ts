/**
 * Waits until the custom elements under `root` (including those in shadow roots) have finished
 * rendering and pending fetches through the mock backend had a moment to answer.
 */
interface Updatable extends Element {
  updateComplete?: Promise<unknown>;
}

function collectElements(root: Element | ShadowRoot, into: Updatable[]): void {
  for (const element of root.querySelectorAll<Updatable>('*')) {
    if (element.updateComplete) into.push(element);
    if (element.shadowRoot) collectElements(element.shadowRoot, into);
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export async function settle(root: Element, { rounds = 3, quietMs = 50 } = {}): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    const elements: Updatable[] = [];
    if ((root as Updatable).updateComplete) elements.push(root as Updatable);
    collectElements(root, elements);
    await Promise.all(elements.map((element) => element.updateComplete));
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}
