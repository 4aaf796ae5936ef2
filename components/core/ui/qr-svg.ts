/**
 * Draws a QR module matrix as a Lit `svg` template of rects (one per run of dark modules in a row) — no innerHTML,
 * no string markup, so it renders under the strict CSP and Trusted Types. Accessible as one image with a name.
 * Used by <gu-login> (the mobile-app sign-in) and <gu-payments> (СБП); the matrix comes from qr-code.ts, loaded with
 * the step that shows a code.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** A square matrix of modules: `data[row * size + column]` is 1 for a dark module. */
export interface ModuleMatrix {
  readonly size: number;
  readonly data: ArrayLike<number>;
}

/** The quiet zone around the symbol, in modules (the standard asks for 4). */
const QUIET = 4;

/** Horizontal runs of dark modules: [row, first column, length]. */
export function darkRuns(matrix: ModuleMatrix): Array<[number, number, number]> {
  const runs: Array<[number, number, number]> = [];
  for (let row = 0; row < matrix.size; row += 1) {
    let start = -1;
    for (let column = 0; column <= matrix.size; column += 1) {
      const dark = column < matrix.size && matrix.data[row * matrix.size + column] === 1;
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push([row, start, column - start]);
        start = -1;
      }
    }
  }
  return runs;
}

/**
 * The symbol as an `<svg role="img">` named `label`; `pixels` is its rendered width and height, `className` the
 * class its widget styles it by. After it, `label` again as text (`.gu-qr-text`): with images off it is shown in the
 * image's place — the widget's styles give the image the `qrImage` look and `.gu-qr-text` the `qrText` look
 * (core/theme/looks/qr.ts); each widget shows what the code holds in words next to it (a link, a key, a button).
 */
export function qrSvg(matrix: ModuleMatrix, label: string, pixels = 192, className = 'gu-qr'): TemplateResult {
  const side = matrix.size + QUIET * 2;
  const rects: SVGTemplateResult[] = darkRuns(matrix).map(
    ([row, column, length]) => svg`<rect x=${column + QUIET} y=${row + QUIET} width=${length} height="1"></rect>`,
  );
  return html`<svg
      class=${className}
      role="img"
      aria-label=${label}
      viewBox="0 0 ${side} ${side}"
      width=${pixels}
      height=${pixels}
      shape-rendering="crispEdges"
      data-modules=${matrix.size}
    >
      <rect width=${side} height=${side} fill="#fff"></rect>
      <g fill="#000">${rects}</g></svg
    ><span class="gu-qr-text">${label}</span>`;
}
