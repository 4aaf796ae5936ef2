import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';

/**
 * «Настройки уведомлений»' own look (on top of `partStyles`): the channels table (scrolls sideways on a narrow screen,
 * keeping its headers), checkboxes, field messages, the notices and the sections.
 */
export const settingsStyles = css`
  section {
    margin-top: calc(${token('--gu-space')} * 3);
  }
  /* The channels table scrolls sideways in its own labelled region when it does not fit (large text), never the page. */
  .scroll {
    overflow-x: auto;
  }
  /* Inside its edges: the region is as wide as the screen and may be taller, an outer ring would be off it. */
  .scroll:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: calc(-1 * ${token('--gu-focus-width')});
  }
  .table caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: ${token('--gu-space')};
  }
  .table th[scope='col'] {
    white-space: nowrap;
  }
  .table td.cell {
    text-align: center;
    vertical-align: middle;
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: ${token('--gu-color-primary')};
  }
  input[type='checkbox'][aria-disabled='true'] {
    cursor: not-allowed;
  }
  /* Faded while it is not focused: the focus ring itself keeps its full contrast. */
  input[type='checkbox'][aria-disabled='true']:not(:focus-visible) {
    opacity: 0.5;
  }
  .off::after {
    content: ' ⊘';
  }
  .check {
    display: flex;
    align-items: center;
    gap: ${token('--gu-space')};
    min-height: ${token('--gu-control-height')};
    font-weight: 400;
  }
  fieldset {
    margin: 0 0 calc(${token('--gu-space')} * 2);
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: ${token('--gu-space')};
    font-weight: 700;
  }
  .times {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${token('--gu-space')} * 2);
  }
  .field .input {
    width: 100%;
    max-width: 24em;
  }
  .field .short {
    max-width: 8em;
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
  .input[aria-invalid='true'] {
    outline: none;
    border-color: ${token('--gu-color-error')};
    border-width: 2px;
  }
  .note {
    margin-block: ${token('--gu-space')};
    padding: ${token('--gu-space')} calc(${token('--gu-space')} * 2);
    border-inline-start: 4px solid ${token('--gu-color-warning')};
    background: ${token('--gu-color-warning-surface')};
  }
  .note::before {
    content: '⚠ ';
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
  .plain {
    margin: 0 0 calc(${token('--gu-space')} * 2);
    padding: 0;
    list-style: none;
  }
  .plain li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('--gu-space')};
    padding-block: ${token('--gu-space')};
    border-bottom: 1px solid ${token('--gu-color-divider')};
  }
  a {
    color: ${token('--gu-color-primary')};
  }
`;
