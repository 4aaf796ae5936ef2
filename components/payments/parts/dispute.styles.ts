import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';
import { statusBadgeStyles } from '../../core/theme/looks/status-badge.js';

/**
 * The dispute form's and the disputes list's own look (on top of `partStyles`): the fine's facts, the reasons, the
 * comment with its counter, the documents with progress, the field messages, the status badges.
 */
export const disputeStyles = [
  statusBadgeStyles,
  css`
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: calc(${token('--gu-space')} / 2) calc(${token('--gu-space')} * 2);
      margin: 0 0 calc(${token('--gu-space')} * 2);
    }
    .facts dt {
      font-weight: 700;
    }
    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    fieldset {
      margin: 0 0 calc(${token('--gu-space')} * 2);
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      margin-bottom: ${token('--gu-space')};
      padding: 0;
      font-weight: 700;
    }
    .radio {
      display: flex;
      align-items: center;
      gap: ${token('--gu-space')};
      min-height: ${token('--gu-control-height')};
      font-weight: 400;
      margin: 0;
    }
    .radio input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      accent-color: ${token('--gu-color-primary')};
    }
    textarea.input {
      display: block;
      width: 100%;
      min-height: 8em;
      padding: ${token('--gu-space')};
      resize: vertical;
      font: inherit;
    }
    .field {
      margin-bottom: calc(${token('--gu-space')} * 2);
    }
    .counter {
      margin: calc(${token('--gu-space')} / 2) 0 0;
      font-variant-numeric: tabular-nums;
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
    .ok {
      margin: 0;
      color: ${token('--gu-color-success')};
    }
    .ok::before {
      content: '✓ ';
    }
    [aria-invalid='true'] {
      border-color: ${token('--gu-color-error')};
      border-width: 2px;
    }
    .plain {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: ${token('--gu-space')};
    }
    progress {
      width: 100%;
      accent-color: ${token('--gu-color-primary')};
    }
    .badge::before {
      content: var(--icon);
    }
    .dispute h5 {
      margin: 0 0 ${token('--gu-space')};
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('--gu-space')};
      font-size: 1em;
    }
    .answer {
      margin-top: ${token('--gu-space')};
      padding: ${token('--gu-space')};
      border-inline-start: 4px solid var(--tone, ${token('--gu-color-divider')});
      background: ${token('--gu-color-surface')};
    }
    .answer p {
      margin: 0;
    }
  `,
];
