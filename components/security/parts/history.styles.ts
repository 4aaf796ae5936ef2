import { css } from 'lit';
// Through ../../core/theme/: the build writes token() out as text (build/compact-templates.ts).
import { token } from '../../core/theme/base-styles.js';
import { statusBadgeStyles } from '../../core/theme/looks/status-badge.js';
import { wrappingRow } from '../../core/theme/looks/row.js';

/**
 * What only «История входов» draws: the filters, the table of sign-ins (a stack of labelled cells on a narrow
 * screen), the result and marker badges with their icons, the pager.
 */
export const historyStyles = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: calc(${token('--gu-space')} * 2);
    align-items: end;
    margin-bottom: calc(${token('--gu-space')} * 2);
  }
  fieldset {
    grid-column: 1 / -1;
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
    align-items: flex-start;
    gap: ${token('--gu-space')} calc(${token('--gu-space')} * 2);
  }
  .period > div {
    flex: 1 1 10em;
  }
  .period label {
    font-weight: 400;
  }
  .period .actions {
    flex: 1 1 100%;
    margin: 0;
  }
  .input {
    width: 100%;
  }
  .field-error {
    margin: calc(${token('--gu-space')} / 2) 0 0;
    color: ${token('--gu-color-error')};
    font-weight: 600;
  }
  .field-error.is-empty {
    margin: 0;
  }
  .tools {
    ${wrappingRow}
    align-items: center;
    justify-content: space-between;
    margin-block: calc(${token('--gu-space')} * 2);
  }
  .summary {
    margin: 0;
    font-weight: 700;
  }
  .summary:focus {
    outline: none;
  }
  .summary:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  /* The table scrolls sideways in its own labelled region when its columns do not fit (large text), never the page. */
  .scroll {
    overflow-x: auto;
    container-type: inline-size;
  }
  /* Inside its edges: the region is as wide as the screen and may be taller, an outer ring would be off it. */
  .scroll:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: calc(-1 * ${token('--gu-focus-width')});
  }
  .table caption {
    padding-bottom: ${token('--gu-space')};
    text-align: start;
    color: ${token('--gu-color-text-muted')};
  }
  .table th[scope='col'] {
    font-size: 0.875em;
    color: ${token('--gu-color-text-muted')};
  }
  .table tr.is-current {
    background: ${token('--gu-color-info-surface')};
  }
  .table tr.is-failure > :first-child {
    box-shadow: inset 4px 0 0 ${token('--gu-color-error')};
  }
  .time {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .sub {
    display: block;
    color: ${token('--gu-color-text-muted')};
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .marks {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${token('--gu-space')} / 2);
    margin-top: calc(${token('--gu-space')} / 2);
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
  /* A stack of labelled cells when the table is narrower than 48 of its letters: a narrow screen or large text. */
  @container (max-width: 48em) {
    .table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .table,
    .table tbody,
    .table tr,
    .table td,
    .table th[scope='row'] {
      display: block;
    }
    .table tr {
      margin-bottom: ${token('--gu-space')};
      border: 1px solid ${token('--gu-color-divider')};
      border-radius: ${token('--gu-radius')};
    }
    .table td,
    .table th[scope='row'] {
      border-bottom: 0;
    }
    .table td[data-label]::before {
      content: attr(data-label) / '';
      display: block;
      font-size: 0.875em;
      color: ${token('--gu-color-text-muted')};
    }
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .badge::before {
      color: CanvasText;
    }
    .table tr.is-failure > :first-child {
      box-shadow: none;
      border-inline-start: 4px solid CanvasText;
    }
  }
`;
