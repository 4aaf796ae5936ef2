import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';
import { statusBadgeStyles } from '../../core/theme/looks/status-badge.js';

/**
 * The linked cards' and the autopay's own look (on top of `partStyles`): the card rows, the providers' forms, the
 * switch, the field messages, the status badges.
 */
export const cardsStyles = [
  statusBadgeStyles,
  css`
    .plain {
      display: grid;
      gap: ${token('--gu-space')};
      margin: 0 0 calc(${token('--gu-space')} * 2);
      padding: 0;
      list-style: none;
    }
    .linked {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: ${token('--gu-space')};
    }
    .linked p {
      margin: 0;
    }
    .number {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    h5 {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('--gu-space')};
      margin: 0 0 ${token('--gu-space')};
      font-size: 1em;
    }
    .badge::before {
      content: var(--icon);
    }
    .check {
      display: flex;
      align-items: center;
      gap: ${token('--gu-space')};
      min-height: ${token('--gu-control-height')};
      margin-bottom: ${token('--gu-space')};
    }
    .check input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      accent-color: ${token('--gu-color-primary')};
    }
    .field {
      margin-bottom: calc(${token('--gu-space')} * 2);
    }
    .field .input {
      width: 100%;
      max-width: 24rem;
    }
    .field .short {
      max-width: 8rem;
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
      border-color: ${token('--gu-color-error')};
      border-width: 2px;
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
    .status[hidden] {
      display: none;
    }
    section + section {
      margin-top: calc(${token('--gu-space')} * 3);
    }
  `,
];
