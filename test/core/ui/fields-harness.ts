/**
 * Test harness for the gu form controls: hides the shadow-root lookups and computes names and descriptions the
 * way assistive technology does (axe-core's accessible-name algorithm).
 */
import 'axe-core';

/** The parts of axe-core's runtime the name computation needs (not in its public typings). */
interface AxeInternals {
  setup(node?: Node): unknown;
  teardown(): void;
  commons: { text: { accessibleText(element: Element): string } };
}

/** The accessible name of an element as axe-core computes it (shadow DOM, label[for], aria-labelledby). */
export function accessibleName(element: Element): string {
  const axe = window.axe as unknown as AxeInternals;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

/** The accessible description: the text of the `aria-describedby` targets, resolved in the element's own root. */
export function accessibleDescription(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const target = root.getElementById(id);
      if (!target) throw new Error(`aria-describedby points to a missing id "${id}"`);
      return target.textContent ?? '';
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
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

/** The element that has focus, looking inside open shadow roots. */
export { deepActiveElement } from '../../helpers/perceive.js';

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
