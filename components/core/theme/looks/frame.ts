import { css } from 'lit';
// Through ../../theme/ and ../looks/: the build writes token() and the looks out as text (build/compact-templates.ts).
import { token } from '../../theme/base-styles.js';
import { outlinedButton, outlinedButtonHover } from '../looks/buttons.js';
import { wrappingRow } from '../looks/row.js';

/**
 * The frame of a widget with views (<gu-payments>, <gu-notifications>): its heading, the navigation between its
 * views (`.nav`, the current one `aria-current="page"`), the problem box of a view that failed to load.
 */
export const frameStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 calc(${token('--gu-space')} * 2);
    font-size: 1.5em;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  .nav {
    ${wrappingRow}
    margin: 0 0 calc(${token('--gu-space')} * 3);
    padding: 0;
    list-style: none;
  }
  .nav button {
    ${outlinedButton}
  }
  .nav button:hover {
    ${outlinedButtonHover}
  }
  .nav button[aria-current='page'] {
    border-width: 3px;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.25em;
  }
  .problem {
    padding: calc(${token('--gu-space')} * 2);
    border: 2px solid ${token('--gu-color-error')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-error-surface')};
  }
  .problem button {
    ${outlinedButton}
    margin-top: ${token('--gu-space')};
  }
`;
