import { css } from 'lit';
// Through '../../theme/': the build writes token() out as text where it comes from a path ending theme/base-styles.js.
import { token } from '../../theme/base-styles.js';

/**
 * A QR code (core/ui/qr-svg.ts) is an information image: with images off («Версия для слабовидящих») its text takes
 * its place. `qrImage` goes on the image's own rule (the `<svg>`), `qrText` on `.gu-qr-text`, the text qrSvg() writes
 * after it. The text is painted with the scheme's text and background (a QR box stays white for the camera).
 */
export const qrImage = css`
  display: ${token('--gu-image-display')};
`;

export const qrText = css`
  display: ${token('--gu-image-text-display')};
  max-width: 100%;
  padding: ${token('--gu-space')};
  background: ${token('--gu-color-background')};
  color: ${token('--gu-color-text')};
  line-height: ${token('--gu-line-height')};
  overflow-wrap: anywhere;
`;
