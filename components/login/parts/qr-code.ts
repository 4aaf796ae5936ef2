/**
 * The QR symbol of the mobile-app sign-in, loaded lazily with the QR step only (it carries the `qrcode` encoder):
 * `QRCode.create(payload, { errorCorrectionLevel: 'M' })` → the module matrix → `qrSvg` (rects, no markup strings).
 */
import { create } from 'qrcode';
import type { TemplateResult } from 'lit';
import { qrSvg, type ModuleMatrix } from './qr-svg.js';

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

/** The QR code of `payload` as an accessible SVG image named `label`. */
export function qrImage(payload: string, label: string): TemplateResult {
  return qrSvg(qrMatrix(payload), label);
}
