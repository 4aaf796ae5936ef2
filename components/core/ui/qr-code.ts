/**
 * The QR symbol of a payload (the mobile-app sign-in, an СБП payment), loaded lazily with the step that shows it (it
 * carries the `qrcode` encoder):
 * `QRCode.create(payload, { errorCorrectionLevel: 'M' })` → the module matrix, which the part draws with `qrSvg` (the
 * drawing, qr-svg.ts, stays out of this chunk: its only import of Lit would split Lit out of a widget's first render).
 */
import { create } from 'qrcode';
import type { ModuleMatrix } from './qr-svg.js';

const matrices = new Map<string, ModuleMatrix>();

/** The module matrix of a payload (memoised: the same payload is drawn on every render of the step). */
export function qrMatrix(payload: string): ModuleMatrix {
  let matrix = matrices.get(payload);
  if (!matrix) {
    const modules = create(payload, { errorCorrectionLevel: 'M' }).modules;
    matrix = { size: modules.size, data: modules.data };
    if (matrices.size > 8) matrices.clear();
    matrices.set(payload, matrix);
  }
  return matrix;
}
