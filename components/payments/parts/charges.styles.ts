import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';
import { statusBadgeStyles } from '../../core/theme/looks/status-badge.js';

/** The «Начисления» view's own look, on top of `partStyles`: groups, charge rows, badges, the total. */
export const chargesStyles = [
  statusBadgeStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .find {
      margin-block-end: calc(${token('--gu-space')} * 3);
    }
    .disclosure {
      display: inline-flex;
      align-items: center;
      gap: ${token('--gu-space')};
      text-align: start;
    }
    .disclosure .chevron {
      display: inline-block;
      transition: transform 0.15s;
    }
    .disclosure[aria-expanded='true'] .chevron {
      transform: rotate(90deg);
    }
    .find-body {
      margin-block-start: calc(${token('--gu-space')} * 2);
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(${token('--gu-space')} * 3);
    }
    @media (min-width: 60rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
        align-items: start;
      }
      .total {
        position: sticky;
        top: ${token('--gu-space')};
      }
    }
    .group + .group {
      margin-block-start: calc(${token('--gu-space')} * 3);
    }
    .group-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: ${token('--gu-space')};
      margin-block-end: ${token('--gu-space')};
    }
    .group-head h4 {
      margin: 0;
    }
    .group-sum {
      margin: 0;
    }
    .subgroup {
      margin-block: calc(${token('--gu-space')} * 2);
    }
    h5 {
      margin: 0 0 ${token('--gu-space')};
      font-size: 1em;
    }
    .provider-facts {
      display: flex;
      flex-wrap: wrap;
      gap: calc(${token('--gu-space')} * 2);
      margin: 0 0 ${token('--gu-space')};
    }
    .rows {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .charge {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: ${token('--gu-space')} calc(${token('--gu-space')} * 1.5);
      padding: calc(${token('--gu-space')} * 1.5) ${token('--gu-space')};
      border-bottom: 1px solid ${token('--gu-color-divider')};
    }
    .charge:focus {
      outline: none;
    }
    .charge:focus-visible {
      outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
      outline-offset: 2px;
    }
    .charge.is-selected {
      background: ${token('--gu-color-surface')};
    }
    .check {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0.125rem 0 0;
      accent-color: ${token('--gu-color-primary')};
    }
    .no-check {
      width: 1.5rem;
    }
    .charge-top {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: ${token('--gu-space')};
    }
    .charge-title {
      margin: 0;
      font-weight: 700;
    }
    .charge-amount {
      margin: 0;
      font-weight: 700;
      text-align: end;
    }
    .charge-full {
      display: block;
      font-weight: 400;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: calc(${token('--gu-space')} / 4) ${token('--gu-space')};
      margin: ${token('--gu-space')} 0;
    }
    .facts dt {
      color: ${token('--gu-color-text-muted')};
    }
    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    /* Grouped by spaces: a long УИН wraps between its groups (overflow-wrap: anywhere inside one if it must). */
    .uin {
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    /* em: the facts stack (label above value) sooner when the citizen's text is larger. */
    @container (max-width: 24em) {
      .facts {
        grid-template-columns: minmax(0, 1fr);
      }
      .facts dd + dt {
        margin-block-start: calc(${token('--gu-space')} / 2);
      }
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('--gu-space')};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .badge::before {
      content: var(--icon) / '';
      color: var(--tone);
    }
    .badge[data-overdue] {
      --icon: '⚠';
    }
    .resolution {
      margin: 0 0 ${token('--gu-space')};
      overflow-wrap: anywhere;
    }
    .discount {
      margin: ${token('--gu-space')} 0 0;
    }
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('--gu-space')};
      margin-block-start: ${token('--gu-space')};
    }
    .more {
      margin-block-start: calc(${token('--gu-space')} * 1.5);
    }
    .total-lines {
      margin: 0 0 calc(${token('--gu-space')} * 1.5);
      padding: 0;
      list-style: none;
    }
    .total-lines li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: ${token('--gu-space')};
      padding-block: calc(${token('--gu-space')} / 2);
      border-bottom: 1px solid ${token('--gu-color-divider')};
    }
    .total-sum {
      font-weight: 700;
    }
    .limit {
      font-weight: 700;
    }
    @media (prefers-reduced-motion: reduce) {
      .disclosure .chevron {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .badge::before {
        color: CanvasText;
      }
      .charge.is-selected {
        outline: 2px solid Highlight;
      }
    }
  `,
];
