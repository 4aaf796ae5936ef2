import { css } from 'lit';
// Through '../../theme/': the build writes token() out as text where it comes from a path ending theme/base-styles.js.
import { token } from '../../theme/base-styles.js';

/**
 * A text control (select, search, date, textarea): a 1px border on the page background. Its height and padding are
 * the place's own (a textarea is taller than a select).
 */
export const field = css`
  max-width: 100%;
  border: 1px solid ${token('--gu-color-border')};
  border-radius: ${token('--gu-radius')};
  background: ${token('--gu-color-background')};
  color: ${token('--gu-color-text')};
  font: inherit;
`;
