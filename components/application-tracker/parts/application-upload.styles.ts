import { css } from 'lit';
import { token } from '../../core/theme/index.js';
import { wrappingRow } from '../../core/theme/looks/row.js';

/** Adding documents to an application (<gu-application-upload>): the drop zone, the chosen files, their progress. */
export const uploadStyles = css`
  :host {
    display: block;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: ${token('--gu-space')};
  }
  .drop {
    ${wrappingRow}
    align-items: center;
    padding: calc(${token('--gu-space')} * 2);
    border: 2px dashed ${token('--gu-color-border')};
    border-radius: ${token('--gu-radius')};
  }
  .drop.over {
    border-style: solid;
    border-color: ${token('--gu-color-primary')};
    background: ${token('--gu-color-info-surface')};
  }
  li {
    ${wrappingRow}
    align-items: center;
    padding: ${token('--gu-space')};
    border: 1px solid ${token('--gu-color-divider')};
    border-radius: ${token('--gu-radius')};
  }
  li.refused,
  li.failed {
    border-left: 4px solid ${token('--gu-color-error')};
  }
  .name {
    flex: 1 1 12rem;
    font-weight: 600;
  }
  .state {
    flex: 1 1 100%;
  }
  .refused .state,
  .failed .state {
    color: ${token('--gu-color-error')};
  }
  progress {
    flex: 1 1 100%;
    height: 12px;
    accent-color: ${token('--gu-color-primary')};
  }
  h3[tabindex='-1']:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
`;
