/**
 * Test harness for the gu form controls: hides the shadow-root lookups and reads the page the way a screen
 * reader does (Chromium's accessibility tree through `a11ySnapshot`).
 */
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name: string;
  description?: string;
  value?: string;
  invalid?: string;
  required?: boolean;
  disabled?: boolean;
  pressed?: boolean | 'mixed';
  focused?: boolean;
  children?: AxNode[];
}

/** The pieces of a field's shadow root. */
export function parts(field: Element) {
  const root = field.shadowRoot;
  if (!root) throw new Error(`${field.localName} has no open shadow root`);
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  return {
    root,
    input: q<HTMLInputElement>('[part~="input"]')!,
    label: q<HTMLLabelElement>('[part~="label"]'),
    hint: q<HTMLElement>('[part~="hint"]'),
    error: q<HTMLElement>('[part~="error"]')!,
    toggle: q<HTMLButtonElement>('[part~="toggle"]'),
    button: q<HTMLButtonElement>('[part~="button"]'),
  };
}

/** Visible error text of a field, whitespace collapsed ('' when none). */
export function errorText(field: Element): string {
  return (parts(field).error.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The whole page as the browser exposes it to assistive technology. */
export async function axTree(): Promise<AxNode> {
  return (await a11ySnapshot({})) as unknown as AxNode;
}

/** The first node of the accessibility tree that passes `test`; fails with the tree when none does. */
export async function axNode(test: (node: AxNode) => boolean): Promise<AxNode> {
  const tree = await axTree();
  const node = findAccessibilityNode<AxNode>(tree as AxNode & { children: AxNode[] }, test);
  if (!node) throw new Error(`No accessibility node matched. Tree:\n${JSON.stringify(tree, null, 1)}`);
  return node;
}

/** The element that has focus, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Pastes text into an input like a user: a cancellable paste event, then the browser's own insertion. */
export function paste(input: HTMLInputElement, text: string): void {
  input.focus();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  const allowed = input.dispatchEvent(event);
  if (allowed) document.execCommand('insertText', false, text);
}

/** Waits for the element's pending render. */
export async function rendered(element: Element): Promise<void> {
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}
