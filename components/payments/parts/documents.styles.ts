import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';
import { statusBadgeStyles } from '../../core/theme/looks/status-badge.js';

/**
 * What the documents part and the find part draw on top of `partStyles`: radio groups, a number field with its hint
 * and error next to it, cards of documents and of found charges, the success note.
 */
export const searchFormStyles = [
  statusBadgeStyles,
  css`
    form {
      display: grid;
      gap: calc(${token('--gu-space')} * 2);
      max-width: 40rem;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      margin-bottom: ${token('--gu-space')};
      padding: 0;
      font-weight: 700;
    }
    .radios {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('--gu-space')} calc(${token('--gu-space')} * 3);
    }
    .radio {
      display: inline-flex;
      gap: ${token('--gu-space')};
      align-items: center;
      min-height: 44px;
      margin: 0;
      font-weight: 400;
    }
    .radio input {
      width: 24px;
      height: 24px;
      margin: 0;
      flex: none;
      accent-color: ${token('--gu-color-primary')};
    }
    .field {
      display: grid;
      gap: calc(${token('--gu-space')} / 2);
    }
    .field label {
      margin: 0;
    }
    .field .input {
      width: 100%;
      box-sizing: border-box;
      max-width: 28rem;
    }
    .field .input[aria-invalid='true'] {
      border: 2px solid ${token('--gu-color-error')};
    }
    .hint {
      margin: 0;
      color: ${token('--gu-color-text-muted')};
    }
    .field-error {
      margin: 0;
      color: ${token('--gu-color-error')};
      font-weight: 700;
    }
    .field-error.is-empty {
      display: none;
    }
    .field-error:not(.is-empty)::before {
      content: '✕ ';
    }
    .problem.is-empty {
      display: none;
    }
    .cards {
      display: grid;
      gap: calc(${token('--gu-space')} * 2);
      margin: 0 0 calc(${token('--gu-space')} * 3);
      padding: 0;
      list-style: none;
    }
    .card h5 {
      margin: 0 0 ${token('--gu-space')};
      font-size: 1.0625em;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: calc(${token('--gu-space')} / 2) calc(${token('--gu-space')} * 2);
      margin: 0 0 ${token('--gu-space')};
    }
    .facts dt {
      color: ${token('--gu-color-text-muted')};
    }
    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .number {
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.02em;
    }
    .note {
      margin-block: calc(${token('--gu-space')} * 2);
      padding: calc(${token('--gu-space')} * 2);
      border: 2px solid ${token('--gu-color-success')};
      border-radius: ${token('--gu-radius')};
      background: ${token('--gu-color-success-surface')};
    }
    .note p:last-child {
      margin-bottom: 0;
    }
    .badge::before {
      content: var(--icon);
    }
  `,
];
