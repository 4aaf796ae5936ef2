import { css } from 'lit';

/** Styles shared by the element and its parts. */
export const verificationStyles = css`
  :host {
    display: block;
    color: var(--gu-color-text);
    font-family: var(--gu-font-family);
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 calc(var(--gu-space, 8px) * 2);
    line-height: 1.25;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: var(--gu-focus-width, 3px) solid var(--gu-color-focus);
    outline-offset: 2px;
  }
  p {
    margin: 0 0 calc(var(--gu-space, 8px) * 1.5);
  }
  section {
    margin-block: calc(var(--gu-space, 8px) * 3);
  }
  .levels,
  .reqs,
  .methods,
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--gu-space, 8px) * 1.5);
  }
  .card {
    border: 1px solid var(--gu-color-border);
    border-radius: var(--gu-radius, 4px);
    padding: calc(var(--gu-space, 8px) * 2);
    background: var(--gu-color-surface, transparent);
  }
  .card--current {
    border-width: 3px;
    border-color: var(--gu-color-primary);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--gu-space, 8px);
    align-items: center;
    justify-content: space-between;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--gu-space, 8px);
    margin-top: calc(var(--gu-space, 8px) * 2);
  }
  .btn {
    min-height: 44px;
    min-width: 44px;
    padding: 0 calc(var(--gu-space, 8px) * 2);
    border: 2px solid var(--gu-color-primary);
    border-radius: var(--gu-radius, 4px);
    background: var(--gu-color-background, #fff);
    color: var(--gu-color-primary);
    font: inherit;
    cursor: pointer;
  }
  .btn--primary {
    background: var(--gu-color-primary);
    color: var(--gu-color-on-primary, #fff);
  }
  .btn:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: var(--gu-focus-width, 3px) solid var(--gu-color-focus);
    outline-offset: 2px;
  }
  .btn[aria-disabled='true'] {
    opacity: 0.7;
    cursor: not-allowed;
  }
  .muted {
    color: var(--gu-color-text-muted);
  }
  .ok::before {
    content: '✓ ';
  }
  .todo::before {
    content: '○ ';
  }
  .error {
    color: var(--gu-color-error);
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
