import { css } from 'lit';
import { token } from '../core/theme/base-styles.js';
import { outlinedButton, outlinedButtonHover } from '../core/theme/looks/buttons.js';

/** <gu-payments-due>: a few lines, a badge, a link. */
export const paymentsDueStyles = css`
  :host {
    display: block;
  }
  .summary > * {
    margin: 0 0 ${token('--gu-space')};
  }
  .summary > :last-child {
    margin-bottom: 0;
  }
  .total {
    font-size: 1.125em;
    font-weight: 700;
  }
  .badge::before {
    content: var(--icon) / '';
    color: var(--tone);
  }
  .kinds {
    padding-inline-start: calc(${token('--gu-space')} * 2.5);
  }
  .kinds li + li {
    margin-top: calc(${token('--gu-space')} / 2);
  }
  a {
    color: ${token('--gu-color-primary')};
    font-weight: 700;
  }
  a:hover {
    color: ${token('--gu-color-primary-hover')};
  }
  a:focus-visible,
  .btn:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  .btn {
    ${outlinedButton}
  }
  .btn:hover {
    ${outlinedButtonHover}
  }
  .problem {
    padding: calc(${token('--gu-space')} * 2);
    border: 2px solid ${token('--gu-color-error')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-error-surface')};
  }
  .problem p {
    margin: 0 0 ${token('--gu-space')};
  }
  @media (forced-colors: active) {
    .badge::before {
      color: CanvasText;
    }
  }
`;
