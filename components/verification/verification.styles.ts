import { css } from 'lit';
import { token } from '../core/theme/base-styles.js';
import { outlinedButton, outlinedButtonHover, primaryButton, primaryButtonHover } from '../core/theme/looks/buttons.js';
import { wrappingRow } from '../core/theme/looks/row.js';

/** Styles shared by the element and its parts. */
export const verificationStyles = css`
  :host {
    display: block;
    color: ${token('--gu-color-text')};
    font-family: ${token('--gu-font-family')};
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 calc(${token('--gu-space')} * 2);
    line-height: 1.25;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  p {
    margin: 0 0 calc(${token('--gu-space')} * 1.5);
  }
  section {
    margin-block: calc(${token('--gu-space')} * 3);
  }
  .levels,
  .reqs,
  .methods,
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(${token('--gu-space')} * 1.5);
  }
  .card {
    overflow-wrap: anywhere;
    border: 1px solid ${token('--gu-color-border')};
    border-radius: ${token('--gu-radius')};
    padding: calc(${token('--gu-space')} * 2);
    background: ${token('--gu-color-surface')};
  }
  .card--current {
    border-width: 3px;
    border-color: ${token('--gu-color-primary')};
  }
  .row {
    ${wrappingRow}
    align-items: center;
    justify-content: space-between;
  }
  .actions {
    ${wrappingRow}
    margin-top: calc(${token('--gu-space')} * 2);
  }
  .btn {
    ${outlinedButton}
  }
  .btn:hover {
    ${outlinedButtonHover}
  }
  .btn--primary {
    ${primaryButton}
  }
  .btn--primary:hover {
    ${primaryButtonHover}
  }
  .btn:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  .btn[aria-disabled='true'] {
    opacity: 0.7;
    cursor: not-allowed;
  }
  .muted {
    color: ${token('--gu-color-text-muted')};
  }
  .ok::before {
    content: '✓ ';
  }
  .todo::before {
    content: '○ ';
  }
  .error {
    color: ${token('--gu-color-error')};
    font-weight: 600;
  }
  /* Empty by state (errorClass()), not by :empty: a live region stays in the tree for the message to come, without room. */
  .is-empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    .card--current {
      border-color: Highlight;
    }
  }
`;
