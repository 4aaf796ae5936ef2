/**
 * The pixel comparison of the focus-visible check, shared by the browser tests (test/helpers/focus-visible.ts: the
 * story sweep) and the end-to-end route check (test/e2e/focus-visible.test.ts): the same control captured focused and
 * not focused; the pixels that change with a contrast of at least 3:1 between their two colours (WCAG 2.4.7, and the
 * 3:1 of 1.4.11 / 2.4.13) must cover at least half the control's perimeter — a one-pixel ring on two sides, or a
 * two-pixel underline, at least. Pure functions over RGBA bytes: no browser, no Node API.
 */

/** Relative luminance of an sRGB colour (0–255 channels), as WCAG defines it. */
export function luminance(r: number, g: number, b: number): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two luminances (1–21). */
export function contrastRatio(a: number, b: number): number {
  const [light, dark] = a > b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05);
}

export interface FocusDifference {
  /** Pixels whose colour differs at all between the two captures. */
  changed: number;
  /** Pixels whose two colours differ by a contrast of at least `minContrast`. */
  strong: number;
  /** The best contrast among the changed pixels. */
  bestContrast: number;
  /** What `strong` must reach for the focus to count as visible. */
  needed: number;
  visible: boolean;
}

/**
 * Compares two captures of the same clip (RGBA, row-major, same size): `unfocused` and `focused`. `box` is the
 * control's size in the same pixels (its perimeter sets how much must change).
 */
export function compareFocus(
  unfocused: Uint8ClampedArray | Uint8Array,
  focused: Uint8ClampedArray | Uint8Array,
  box: { width: number; height: number },
  minContrast = 3,
): FocusDifference {
  if (unfocused.length !== focused.length) throw new Error('compareFocus: the two captures differ in size');
  let changed = 0;
  let strong = 0;
  let bestContrast = 1;
  for (let i = 0; i < focused.length; i += 4) {
    if (unfocused[i] === focused[i] && unfocused[i + 1] === focused[i + 1] && unfocused[i + 2] === focused[i + 2]) {
      continue;
    }
    changed += 1;
    const ratio = contrastRatio(
      luminance(unfocused[i]!, unfocused[i + 1]!, unfocused[i + 2]!),
      luminance(focused[i]!, focused[i + 1]!, focused[i + 2]!),
    );
    if (ratio > bestContrast) bestContrast = ratio;
    if (ratio >= minContrast) strong += 1;
  }
  const needed = Math.max(8, Math.round(box.width + box.height));
  return { changed, strong, bestContrast, needed, visible: strong >= needed };
}
