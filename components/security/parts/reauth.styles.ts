import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';

/** The step-up dialog's own rules (on top of core/theme/looks/part.ts `partStyles`). */
export const reauthStyles = css`
  form {
    display: grid;
    gap: calc(${token('--gu-space')} * 2);
  }
  .or {
    margin: 0;
  }
`;
