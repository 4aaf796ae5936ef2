/**
 * The kit's shared looks (core/theme/looks/): each one written once, as a Lit `css` fragment of declarations (no
 * selector), interpolated into a rule of the element or widget that draws it — `.btn { ${outlinedButton} }` in a shadow
 * root, `gu-login .gu-login__button { ${outlinedButton} }` in <gu-login>'s light DOM. Declarations rather than rules, so
 * each place keeps its own selectors (and its layout: margins, widths). Every colour is a token, so the looks follow a
 * portal's theme, and keeps axe's contrast. One module a look: a `css` call is code a build cannot drop when unused,
 * so a widget's first render carries only the looks it imports.
 */
import { css } from 'lit';
// Through '../../theme/': the build writes token() out as text where it comes from a path ending theme/base-styles.js.
import { token } from '../../theme/base-styles.js';

/**
 * The outlined (secondary) button: a 2px primary border on the page background, primary text, bold, at least 44px
 * square (the target size) and as tall as the kit's controls. Used by the tracker's and verification's `.btn`, the
 * error state's «Повторить» and <gu-login>'s buttons (as <gu-button variant="secondary"> draws it).
 */
export const outlinedButton = css`
  min-height: ${token('--gu-control-height')};
  min-width: 44px;
  padding: 0 calc(${token('--gu-space')} * 3);
  border: 2px solid ${token('--gu-color-primary')};
  border-radius: ${token('--gu-radius')};
  background: ${token('--gu-color-background')};
  color: ${token('--gu-color-primary')};
  font: inherit;
  font-weight: 700;
  cursor: pointer;
`;

/** The outlined button under the pointer: border and text in the darker primary. */
export const outlinedButtonHover = css`
  border-color: ${token('--gu-color-primary-hover')};
  color: ${token('--gu-color-primary-hover')};
`;

/** The primary button, on top of outlinedButton: filled with the primary colour. */
export const primaryButton = css`
  background: ${token('--gu-color-primary')};
  color: ${token('--gu-color-on-primary')};
`;

/** The primary button under the pointer: filled with the darker primary. */
export const primaryButtonHover = css`
  border-color: ${token('--gu-color-primary-hover')};
  background: ${token('--gu-color-primary-hover')};
  color: ${token('--gu-color-on-primary')};
`;
