import { css } from 'lit';
// Through '../../theme/': the build writes token() out as text where it comes from a path ending theme/base-styles.js.
import { token } from '../../theme/base-styles.js';

/**
 * The close button of a dialog or an alert: a 44px square drawn only by its icon. Its margin is the place's own (it
 * sits in the corner of a padded box). The border is transparent, so forced colours draw it (in ButtonText): the
 * button keeps a visible box there without a rule of its own.
 */
export const closeButton = css`
  flex: none;
  display: inline-grid;
  place-items: center;
  width: 44px;
  height: 44px;
  padding: 0;
  border: 1px solid transparent;
  border-radius: ${token('--gu-radius')};
  background: transparent;
  color: ${token('--gu-color-text')};
  cursor: pointer;
`;

/** The close button under the pointer: a translucent shade, seen on any surface (a dialog's, an alert's tone). */
export const closeButtonHover = css`
  background: rgb(0 0 0 / 0.08);
`;
