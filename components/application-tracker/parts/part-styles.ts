import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';
import { field } from '../../core/theme/looks/field.js';

/**
 * Controls only the detail and upload use (on top of controlStyles): the link button, the message field, lists,
 * muted text, sub-headings. Here rather than in application-tracker.styles.ts so the list's first render does not carry them.
 */
export const partStyles = css`
  .btn--link {
    border-color: transparent;
    background: transparent;
    padding: 0 calc(${token('--gu-space')} / 2);
    text-decoration: underline;
  }
  textarea {
    min-height: 6em;
    padding: ${token('--gu-space')};
    ${field}
    resize: vertical;
  }
  /* The parts' lists: documents, the message thread, chosen files. */
  .stack {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: ${token('--gu-space')};
  }
  .muted {
    color: ${token('--gu-color-text-muted')};
  }
  h3,
  h4 {
    margin: 0;
    line-height: 1.3;
  }
`;
