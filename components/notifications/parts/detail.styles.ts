import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';

/** What only the detail view draws: the header's marks, the text's paragraphs, the actions, the confirmation. */
export const detailStyles = css`
  .marks {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(${token('--gu-space')} / 2) calc(${token('--gu-space')} * 1.5);
    margin-bottom: ${token('--gu-space')};
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${token('--gu-space')} / 2) calc(${token('--gu-space')} * 3);
    margin: 0 0 calc(${token('--gu-space')} * 2);
  }
  dl div {
    display: flex;
    gap: calc(${token('--gu-space')} / 2);
  }
  dt {
    color: ${token('--gu-color-text-muted')};
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .body p {
    overflow-wrap: anywhere;
  }
  .card.is-alert {
    border: 2px solid ${token('--gu-color-error')};
  }
  .confirm[hidden] {
    display: none;
  }
  .done:focus {
    outline: none;
  }
  .done:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  .problem.is-empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
`;
