import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';

/**
 * «Оповещения»' own look (on top of `partStyles`): one section per alert, checkboxes with their labels in a wrapping
 * row, messages next to the channel (text with a ✕, never colour alone), the saved notice.
 */
export const alertsStyles = css`
  .kind {
    margin-block: calc(${token('--gu-space')} * 3);
    padding-bottom: calc(${token('--gu-space')} * 2);
    border-bottom: 1px solid ${token('--gu-color-divider')};
  }
  .check {
    display: flex;
    align-items: center;
    gap: ${token('--gu-space')};
    min-height: ${token('--gu-control-height')};
    font-weight: 400;
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(${token('--gu-space')} * 3);
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: ${token('--gu-color-primary')};
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset:focus {
    outline: none;
  }
  fieldset:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  legend {
    padding: 0;
    margin-bottom: ${token('--gu-space')};
    font-weight: 700;
  }
  .error {
    margin: calc(${token('--gu-space')} / 2) 0 0;
    color: ${token('--gu-color-error')};
    font-weight: 700;
  }
  .error::before {
    content: '✕ ';
  }
  .error[hidden] {
    display: none;
  }
  [aria-invalid='true'] {
    outline: 2px solid ${token('--gu-color-error')};
  }
  .status {
    margin-block: calc(${token('--gu-space')} * 2);
    padding: calc(${token('--gu-space')} * 2);
    border: 2px solid ${token('--gu-color-success')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-success-surface')};
  }
  .status::before {
    content: '✓ ';
  }
  .status.is-empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .status.is-empty::before {
    content: none;
  }
  a {
    color: ${token('--gu-color-primary')};
  }
`;
