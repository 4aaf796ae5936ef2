import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';
import { wrappingRow } from '../../core/theme/looks/row.js';

/** What only the feed draws: the filters, the tools, the notice with «Отменить», the rows, the pager. */
export const feedStyles = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    gap: calc(${token('--gu-space')} * 2);
    align-items: start;
    margin-bottom: calc(${token('--gu-space')} * 2);
  }
  .filters .search,
  .filters .show {
    grid-column: 1 / -1;
  }
  .search-row {
    ${wrappingRow}
    align-items: center;
  }
  .search-row .input {
    flex: 1 1 16em;
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
  .show {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${token('--gu-space')} * 2);
  }
  .show legend {
    float: left;
    margin-inline-end: ${token('--gu-space')};
  }
  label.choice {
    display: inline-flex;
    align-items: center;
    gap: ${token('--gu-space')};
    margin: 0;
    font-weight: 400;
    min-height: ${token('--gu-control-height')};
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .unread-only {
    align-self: end;
  }
  .period {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--gu-space')};
  }
  .period > div {
    flex: 1 1 9em;
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
  .live-broken.is-empty,
  .skipped.is-empty,
  .notice.is-empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .tools {
    ${wrappingRow}
    align-items: center;
    justify-content: space-between;
    margin-block: calc(${token('--gu-space')} * 2);
  }
  .tools .count {
    margin: 0;
    font-weight: 700;
  }
  .confirm {
    margin-block: calc(${token('--gu-space')} * 2);
  }
  .confirm[hidden] {
    display: none;
  }
  .notice {
    ${wrappingRow}
    align-items: center;
    margin-block: calc(${token('--gu-space')} * 2);
    padding: calc(${token('--gu-space')} * 1.5) calc(${token('--gu-space')} * 2);
    border: 1px solid ${token('--gu-color-info')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-info-surface')};
  }
  .notice p {
    margin: 0;
  }
  .notice p:focus {
    outline: none;
  }
  .notice p:focus-visible,
  .summary:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  .live-broken,
  .skipped {
    padding: ${token('--gu-space')} calc(${token('--gu-space')} * 1.5);
    border-inline-start: 4px solid ${token('--gu-color-warning')};
    background: ${token('--gu-color-warning-surface')};
  }
  .summary {
    margin-block: calc(${token('--gu-space')} * 2);
    font-weight: 700;
  }
  .summary:focus {
    outline: none;
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
    gap: calc(${token('--gu-space')} / 2);
    padding: calc(${token('--gu-space')} * 1.5) calc(${token('--gu-space')} * 2);
    border: 1px solid ${token('--gu-color-divider')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-background')};
  }
  .row.is-unread {
    border-inline-start: 4px solid ${token('--gu-color-primary')};
  }
  .row.is-alert {
    border: 2px solid ${token('--gu-color-error')};
    border-inline-start-width: 6px;
    background: ${token('--gu-color-error-surface')};
  }
  .row p {
    margin: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(${token('--gu-space')} / 2) calc(${token('--gu-space')} * 1.5);
  }
  .row .title {
    margin: 0;
    font-size: 1em;
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
  .row.is-unread .open {
    font-weight: 800;
  }
  .row .open:hover {
    text-decoration-thickness: 2px;
  }
  .row .open:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  .preview {
    overflow-wrap: anywhere;
  }
  .row-actions {
    ${wrappingRow}
    align-items: center;
    margin-top: calc(${token('--gu-space')} / 2);
  }
  .pager {
    ${wrappingRow}
    align-items: center;
    margin-block: calc(${token('--gu-space')} * 2);
  }
  @media (forced-colors: active) {
    .row.is-unread,
    .row.is-alert {
      border-color: CanvasText;
    }
    .row .open {
      color: LinkText;
    }
  }
`;
