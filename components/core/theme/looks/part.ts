import { css } from 'lit';
// Through ../../theme/ and ../looks/: the build writes token() and the looks out as text (build/compact-templates.ts).
import { token } from '../../theme/base-styles.js';
import { outlinedButton, outlinedButtonHover, primaryButton, primaryButtonHover } from '../looks/buttons.js';
import { field } from '../looks/field.js';
import { wrappingRow } from '../looks/row.js';

/**
 * What the parts of a widget (core/widget WidgetPart: <gu-payments>, <gu-notifications>) draw alike: headings that take focus, buttons (`.btn`, `.btn-primary`), text
 * controls (`.input`), cards (`.card`), rows of actions (`.actions`), the problem region (`.problem`), tables
 * (`.table`), muted text (`.muted`), money (`.money`, tabular figures). A part adds only what is its own.
 */
export const partStyles = css`
  :host {
    display: block;
  }
  h3,
  h4 {
    margin: 0 0 calc(${token('--gu-space')} * 2);
    line-height: 1.25;
  }
  h3 {
    font-size: 1.25em;
  }
  h3:focus,
  h4:focus {
    outline: none;
  }
  h3:focus-visible,
  h4:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  p {
    margin: 0 0 calc(${token('--gu-space')} * 1.5);
  }
  .btn {
    ${outlinedButton}
  }
  .btn:hover {
    ${outlinedButtonHover}
  }
  .btn-primary {
    ${primaryButton}
  }
  .btn-primary:hover {
    ${primaryButtonHover}
  }
  .btn[disabled],
  .btn-primary[disabled] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .input {
    ${field}
    min-height: ${token('--gu-control-height')};
    padding: 0 ${token('--gu-space')};
  }
  label {
    display: block;
    margin-bottom: calc(${token('--gu-space')} / 2);
    font-weight: 700;
  }
  .card {
    padding: calc(${token('--gu-space')} * 2);
    border: 1px solid ${token('--gu-color-divider')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-background')};
  }
  .actions {
    ${wrappingRow}
    align-items: center;
    margin-block: calc(${token('--gu-space')} * 2);
  }
  .problem {
    margin-block: calc(${token('--gu-space')} * 2);
    padding: calc(${token('--gu-space')} * 2);
    border: 2px solid ${token('--gu-color-error')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-error-surface')};
  }
  /* An empty problem region stays in the page (a live region must exist before its message) but takes no room. */
  .problem.is-empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .muted {
    color: ${token('--gu-color-text-muted')};
  }
  .money {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .table {
    width: 100%;
    border-collapse: collapse;
  }
  .table th,
  .table td {
    padding: ${token('--gu-space')};
    border-bottom: 1px solid ${token('--gu-color-divider')};
    text-align: start;
    vertical-align: top;
  }
  .table td.money,
  .table th.money {
    text-align: end;
  }
`;
