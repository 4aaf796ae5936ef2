import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';
import { statusBadgeStyles } from '../../core/theme/looks/status-badge.js';
import { wrappingRow } from '../../core/theme/looks/row.js';

/** What only «История платежей» draws: the filters, the rows, the status badges, the pager, the chart's button. */
export const historyStyles = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: calc(${token('--gu-space')} * 2);
    align-items: start;
    margin-bottom: calc(${token('--gu-space')} * 2);
  }
  .filters .search {
    grid-column: 1 / -1;
  }
  .search-row {
    ${wrappingRow}
    align-items: center;
  }
  .search-row .input {
    flex: 1 1 16rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    margin-bottom: calc(${token('--gu-space')} / 2);
    padding: 0;
    font-weight: 700;
  }
  .period {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--gu-space')};
  }
  .period > div {
    flex: 1 1 9rem;
  }
  .period label {
    font-weight: 400;
  }
  .input {
    width: 100%;
  }
  .hint {
    margin: calc(${token('--gu-space')} / 2) 0 0;
    font-size: 0.875em;
  }
  .field-error {
    margin: calc(${token('--gu-space')} / 2) 0 0;
    color: ${token('--gu-color-error')};
    font-weight: 600;
  }
  .field-error.is-empty,
  .problem.is-empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .summary {
    margin-block: calc(${token('--gu-space')} * 2);
    font-weight: 700;
  }
  .summary:focus {
    outline: none;
  }
  .summary:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  ol.rows {
    display: grid;
    gap: ${token('--gu-space')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: ${token('--gu-space')} calc(${token('--gu-space')} * 2);
    padding: calc(${token('--gu-space')} * 1.5) calc(${token('--gu-space')} * 2);
    border: 1px solid ${token('--gu-color-divider')};
    border-radius: ${token('--gu-radius')};
  }
  .row .open {
    display: block;
    padding: 0;
    border: 0;
    background: none;
    color: ${token('--gu-color-primary')};
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .row .open:hover {
    text-decoration-thickness: 2px;
  }
  .row .open:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  .row dl {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${token('--gu-space')} / 2) calc(${token('--gu-space')} * 2);
    margin: calc(${token('--gu-space')} / 2) 0 0;
  }
  .row dl div {
    display: flex;
    gap: calc(${token('--gu-space')} / 2);
    min-width: 0;
  }
  .row dt {
    color: ${token('--gu-color-text-muted')};
  }
  .row dt::after {
    content: ':';
  }
  .row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .row .side {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: ${token('--gu-space')};
  }
  .row .amount {
    font-size: 1.125em;
    font-weight: 700;
  }
  .reason {
    grid-column: 1 / -1;
    margin: 0;
    color: ${token('--gu-color-error')};
  }
  ${statusBadgeStyles}
  .badge::before {
    content: var(--icon) / '';
    flex: none;
    width: 1.15em;
    text-align: center;
    color: var(--tone);
  }
  .pager {
    ${wrappingRow}
    align-items: center;
    margin-block: calc(${token('--gu-space')} * 2);
  }
  .tools {
    ${wrappingRow}
    align-items: center;
    margin-block: calc(${token('--gu-space')} * 2);
  }
  .disputes {
    margin-top: calc(${token('--gu-space')} * 4);
  }
  @media (max-width: 30rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
    .row .side {
      align-items: flex-start;
    }
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .badge::before {
      color: CanvasText;
    }
    .row .open {
      color: LinkText;
    }
  }
`;
