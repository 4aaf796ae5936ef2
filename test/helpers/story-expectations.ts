/**
 * What particular stories must show beyond the sweep's general checks, keyed by `title/ExportName`. A story that
 * quietly shows a fallback (a link instead of a drawn QR code) passes every general check, so its picture is named here.
 */
import { expect } from '@open-wc/testing';
import { deepQueryAll, expectVisible } from './perceive.js';
import { until } from './until.js';

/** The QR code of the mobile-app sign-in is drawn (an SVG image of module rects), not replaced by its link. */
async function drawsQrCode(root: HTMLElement): Promise<void> {
  const find = () => deepQueryAll<SVGSVGElement>(root, '.gu-login__qr-box svg[role="img"]')[0];
  // Not there in time: the assertion below says what the citizen sees instead.
  await until(find, 'the QR code', 10_000).catch(() => undefined);
  const svg = find();
  expectVisible(svg, 'the QR code (the story fell back to the link: the `qrcode` encoder did not load)');
  expect(svg!.getAttribute('aria-label'), 'the QR image has a name').to.match(/\S/);
  expect(svg!.querySelectorAll('rect').length, 'module rects of the QR code').to.be.greaterThan(20);
}

export const STORY_EXPECTATIONS: Record<string, (root: HTMLElement) => Promise<void>> = {
  'Widgets/Login/Qr': drawsQrCode,
  'Widgets/Login/QrScanned': drawsQrCode,
};
