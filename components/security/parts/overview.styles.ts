import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';

/**
 * «Обзор»'s own look (on top of `partStyles` and the status badges): one row per section — its name, its state as a
 * badge (text and icon, never colour alone) and its action — wrapping on a narrow screen; the recommendations as a
 * warning box.
 */
export const overviewStyles = css`
  .rows {
    margin: 0;
    padding: 0;
    list-style: none;
    container-type: inline-size;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(10em, 14em) minmax(0, 1fr) auto;
    align-items: center;
    gap: ${token('--gu-space')} calc(${token('--gu-space')} * 2);
    padding-block: calc(${token('--gu-space')} * 1.5);
    border-bottom: 1px solid ${token('--gu-color-divider')};
  }
  .row h4 {
    margin: 0;
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .state {
    margin: 0;
  }
  .state .hint {
    display: block;
    margin-top: calc(${token('--gu-space')} / 2);
  }
  .badge::before {
    content: var(--icon);
    color: var(--tone);
  }
  .recommendations {
    margin-block: calc(${token('--gu-space')} * 2);
    padding: calc(${token('--gu-space')} * 2);
    border-inline-start: 4px solid ${token('--gu-color-warning')};
    background: ${token('--gu-color-warning-surface')};
  }
  .recommendations ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .recommendations li + li {
    margin-top: calc(${token('--gu-space')} * 1.5);
  }
  .recommendations p {
    margin-bottom: ${token('--gu-space')};
  }
  /* Stacked when the rows are narrower than 40 of their letters: a narrow screen, or large text on a wide one. */
  @container (max-width: 40em) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
    .row .btn {
      justify-self: start;
    }
  }
`;
