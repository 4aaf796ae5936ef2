/**
 * The focus-visible check (issue 12; WCAG 2.4.7): Tab through everything under `root` with real key presses; at each
 * stop the focused element must be perceivable, and its pixels focused must differ visibly from its pixels not
 * focused — the changed pixels at a contrast of at least 3:1 (test/tools/focus-pixels.ts). The captures come from the
 * browser through the `gu-screenshot` server command (test/tools/screenshot-plugin.mjs); they are compared here.
 */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { compareFocus } from '../tools/focus-pixels.js';
import { deepActiveElement, describeElement, whyNotPerceivable } from './perceive.js';

/** Room around the control for its ring (outline offset and width). */
const RING_ROOM = 8;

async function capture(clip: { x: number; y: number; width: number; height: number }): Promise<ImageData> {
  const base64 = await executeServerCommand<string, typeof clip>('gu-screenshot', clip);
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

/** Whether `node` is `root` or inside it, across shadow roots. */
function within(root: Node, node: Node | null): boolean {
  for (let current: Node | null = node; current;) {
    if (current === root) return true;
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return false;
}

const sameBox = (a: DOMRect, b: DOMRect): boolean =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * The control's pixels focused, then not focused (blur keeps the sequential navigation point, so the next Tab goes on
 * from here) — taken again, with the control focused anew, while it moved in between: content still arriving above it
 * (a lazily loaded meter, a late answer) shifts the page, and the captures must show the control at the box measured.
 */
async function captureStop(active: HTMLElement): Promise<{ box: DOMRect; focused: ImageData; unfocused: ImageData }> {
  for (let attempt = 0; ; attempt += 1) {
    const box = active.getBoundingClientRect();
    const clip = {
      x: Math.max(0, Math.floor(box.left + window.scrollX - RING_ROOM)),
      y: Math.max(0, Math.floor(box.top + window.scrollY - RING_ROOM)),
      width: Math.ceil(box.width + 2 * RING_ROOM),
      height: Math.ceil(box.height + 2 * RING_ROOM),
    };
    const focused = await capture(clip);
    active.blur();
    await frames(2);
    const unfocused = await capture(clip);
    if (sameBox(active.getBoundingClientRect(), box) || attempt === 4) return { box, focused, unfocused };
    active.focus(); // the keyboard's modality is kept: :focus-visible applies again
    await frames(2);
  }
}

export interface FocusStop {
  element: string;
  problem?: string;
}

/** Attributes that name other nodes, carry generated ids or words: they do not change how the element is drawn. */
const REFERENCE_ATTRIBUTES =
  /^(id|for|name|value|title|href|aria-(label|describedby|labelledby|controls|owns|activedescendant|errormessage))$/;

/** The colour a ring is seen against: the nearest ancestor (across shadow roots) with a background of its own. */
function backgroundBehind(element: Element): string {
  for (let node: Node | null = element.parentNode; node;) {
    if (node instanceof Element) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'page';
}

/** How much room the ring has before an ancestor that clips (overflow other than visible) cuts it, up to RING_ROOM. */
function ringRoom(element: Element): number {
  const box = element.getBoundingClientRect();
  let room = RING_ROOM;
  for (let node: Node | null = element.parentNode; node;) {
    if (node instanceof Element) {
      const style = getComputedStyle(node);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const clip = node.getBoundingClientRect();
        room = Math.min(
          room,
          box.left - clip.left,
          box.top - clip.top,
          clip.right - box.right,
          clip.bottom - box.bottom,
        );
      }
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return Math.max(0, Math.floor(room));
}

/**
 * What decides how a focused element's ring is drawn and whether it is seen: the element (name, classes, its own
 * attributes but references — `aria-current`, `aria-selected`, `type` … select styles), its size (by powers of two:
 * the compared share of the ring's pixels scales with it), its computed colours and outline while focused, the colour
 * behind it and the room its ring has before an ancestor clips it (the sweep's theme is part of the key it is given).
 * Not its text or its place: a «Далее» and an «Отмена» of the same class on the same surface draw the same ring, and the
 * sweep would otherwise capture every button of every story again for the same answer.
 */
export function focusStopKey(active: Element): string {
  const attributes = [...active.attributes]
    .filter((attribute) => !REFERENCE_ATTRIBUTES.test(attribute.name))
    .map((attribute) => `${attribute.name}=${attribute.value}`)
    .sort();
  const box = active.getBoundingClientRect();
  const style = getComputedStyle(active);
  const scale = (size: number) => Math.round(Math.log2(Math.max(1, size)));
  return JSON.stringify([
    active.localName,
    attributes,
    scale(box.width),
    scale(box.height),
    style.color,
    style.backgroundColor,
    style.borderColor,
    `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`,
    style.boxShadow,
    style.textDecorationLine,
    backgroundBehind(active),
    ringRoom(active),
  ]);
}

/**
 * Tabs through `root` (at most `maxStops` stops) and returns one line per stop whose focus is not visible or whose
 * element is not perceivable when focused. Starts from a marker placed before `root`; leaves focus nowhere.
 * `checked` (a set kept by the caller, e.g. for every story of a stories file in one theme) skips the pixel capture of a
 * stop whose focusStopKey() is in it — it was compared already — and adds every stop it compares; every stop is still
 * reached by Tab and must be perceivable.
 */
export async function focusVisibilityProblems(
  root: HTMLElement,
  { maxStops = 12, checked }: { maxStops?: number; checked?: Set<string> } = {},
): Promise<string[]> {
  const problems: string[] = [];
  const start = document.createElement('span');
  start.tabIndex = -1;
  root.before(start);
  start.focus();
  const seen = new Set<Element>();
  try {
    for (let stop = 0; stop < maxStops; stop += 1) {
      await sendKeys({ press: 'Tab' });
      await frames(2);
      const active = deepActiveElement();
      if (!active || !within(root, active) || seen.has(active)) break;
      seen.add(active);
      const why = whyNotPerceivable(active);
      if (why) {
        problems.push(`tab stop ${stop + 1} not visible when focused (${why}): ${describeElement(active)}`);
        continue;
      }
      if (checked) {
        const key = focusStopKey(active);
        if (checked.has(key)) continue;
        checked.add(key);
      }
      const style = getComputedStyle(active);
      const ring = `${active.matches(':focus-visible') ? ':focus-visible' : 'no :focus-visible'}, outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      const { box, focused, unfocused } = await captureStop(active as HTMLElement);
      const difference = compareFocus(unfocused.data, focused.data, { width: box.width, height: box.height });
      if (!difference.visible) {
        problems.push(
          `tab stop ${stop + 1} shows no visible focus: ${describeElement(active)} — ${difference.strong} px at ≥ 3:1 ` +
            `(needs ${difference.needed}; ${difference.changed} px changed, best contrast ${difference.bestContrast.toFixed(2)}:1; ${ring})`,
        );
      }
    }
  } finally {
    start.remove();
    (deepActiveElement() as HTMLElement | null)?.blur?.();
  }
  return problems;
}
