import { css } from 'lit';
import { token } from '../core/theme/base-styles.js';
import { outlinedButton, outlinedButtonHover, primaryButton, primaryButtonHover } from '../core/theme/looks/buttons.js';
import { field } from '../core/theme/looks/field.js';
import { statusBadgeStyles } from '../core/theme/looks/status-badge.js';

/**
 * Controls shared by the tracker and its parts: buttons, the search field and select, focus, forced colours. What only
 * the parts need is in parts/part-styles.ts, what only the filters panel needs in parts/application-filters.ts.
 */
export const controlStyles = css`
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(${token('--gu-space')} / 2);
    text-align: center;
    ${outlinedButton}
  }
  .btn:hover {
    ${outlinedButtonHover}
  }
  .btn[disabled],
  .btn[aria-disabled='true'] {
    cursor: not-allowed;
    border-style: dashed;
    color: ${token('--gu-color-text-muted')};
    border-color: ${token('--gu-color-text-muted')};
  }
  .btn--primary {
    ${primaryButton}
  }
  .btn--primary:hover {
    ${primaryButtonHover}
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  input[type='search'],
  input[type='date'],
  select {
    /* Shrinks with its column (a field's default width is 20 characters of the citizen's size). */
    width: 100%;
    min-height: 44px;
    padding: 0 ${token('--gu-space')};
    ${field}
  }
  h2 {
    margin: 0;
    line-height: 1.3;
  }
  /* A heading focused by the script (after a view changes) shows the base styles' ring only for the keyboard. */
  h2[tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  @media (forced-colors: active) {
    .btn {
      border-color: ButtonText;
    }
    .btn--primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;

/** The list view. */
export const trackerStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    overflow-wrap: anywhere;
  }
  .content:not([hidden]) {
    display: flex;
    flex-direction: column;
    gap: calc(${token('--gu-space')} * 2);
  }
  .toolbar,
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: ${token('--gu-space')};
  }
  .search {
    flex: 1 1 18em;
  }
  .search .field {
    flex: 1 1 12rem;
  }
  details.filters {
    border: 1px solid ${token('--gu-color-border')};
    border-radius: ${token('--gu-radius')};
    padding: 0 ${token('--gu-space')};
  }
  details.filters > summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    font-weight: 600;
    cursor: pointer;
  }
  .summary {
    margin: 0;
  }
  ol.rows {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid ${token('--gu-color-divider')};
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: 4px calc(${token('--gu-space')} * 2);
    align-items: start;
    padding: calc(${token('--gu-space')} * 1.5) ${token('--gu-space')};
    border-bottom: 1px solid ${token('--gu-color-divider')};
    /* Rows out of view skip layout and paint until scrolled near (they stay in the accessibility tree). */
    content-visibility: auto;
    contain-intrinsic-size: auto 7.5em;
  }
  .row--error {
    display: flex;
    gap: ${token('--gu-space')};
    color: ${token('--gu-color-error')};
    border-left: 4px solid ${token('--gu-color-error')};
  }
  .open {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: ${token('--gu-color-primary')};
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .meta {
    display: grid;
    /* A label takes at most 40 % of a narrow row and wraps there: its value keeps the rest. */
    grid-template-columns: fit-content(40%) 1fr;
    gap: 2px ${token('--gu-space')};
    margin: 0;
  }
  .meta dt {
    color: ${token('--gu-color-text-muted')};
  }
  .meta dd {
    margin: 0;
  }
  .flags {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 4px;
  }
  .unread {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-weight: 700;
  }
  .unread::before {
    content: '';
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: ${token('--gu-color-primary')};
  }
  .overdue {
    color: ${token('--gu-color-error')};
    font-weight: 700;
  }
  .overdue::before {
    content: '⚠ ';
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--gu-space')};
  }
  /* The status badge of a row: the same look as <gu-status-badge> (text, an icon whose shape differs by tone, and a
     colour), drawn inline — 50 rows need no 50 shadow roots. The icon is a glyph of the tone's shape in ::before,
     with empty alternative text (after the slash), so it is never read: the label says the same. */
  ${statusBadgeStyles}
  .badge::before {
    content: var(--icon) / '';
    flex: none;
    width: 1.15em;
    text-align: center;
    color: var(--tone);
  }
  /* em: the row stacks sooner when the citizen's text is larger. */
  @container (max-width: 40em) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
    .flags {
      align-items: flex-start;
      flex-direction: row;
      flex-wrap: wrap;
    }
  }
  @media (forced-colors: active) {
    .unread::before {
      background: CanvasText;
    }
    .row--error {
      border-left-color: CanvasText;
    }
    .badge {
      border-color: CanvasText;
    }
    .badge::before {
      color: CanvasText;
    }
  }
`;
