import { css } from 'lit';
// Through '../../theme/': the build writes token() out as text where it comes from a path ending theme/base-styles.js.
import { token } from '../../theme/base-styles.js';

/** A row of items that wraps: flex, wrapping, one space apart (alignment is the place's own). */
export const wrappingRow = css`
  display: flex;
  flex-wrap: wrap;
  gap: ${token('--gu-space')};
`;
