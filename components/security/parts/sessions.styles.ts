import { css } from 'lit';
// Through ../../core/theme/: the build writes token() out as text (build/compact-templates.ts).
import { token } from '../../core/theme/base-styles.js';

/**
 * What «Активные сеансы» and «Доверенные устройства» draw alike: a list of cards (one per session or device), each
 * with its heading line, a badge for this one, facts as a description list, and its action.
 */
export const sessionsStyles = css`
  .items {
    display: grid;
    gap: calc(${token('--gu-space')} * 1.5);
    margin: 0 0 calc(${token('--gu-space')} * 2);
    padding: 0;
    list-style: none;
  }
  .item {
    padding: calc(${token('--gu-space')} * 2);
    border: 1px solid ${token('--gu-color-divider')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-background')};
  }
  .item.is-current {
    border-color: ${token('--gu-color-primary')};
    border-width: 2px;
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--gu-space')};
    margin-bottom: ${token('--gu-space')};
  }
  .item-head h4 {
    margin: 0;
    font-size: 1em;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(${token('--gu-space')} / 2) calc(${token('--gu-space')} * 2);
    margin: 0 0 ${token('--gu-space')};
  }
  .facts dt {
    color: ${token('--gu-color-text-muted')};
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: calc(${token('--gu-space')} / 2);
    }
  }
  .status.is-empty {
    margin: 0;
  }
`;
