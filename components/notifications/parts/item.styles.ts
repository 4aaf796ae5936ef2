import { css } from 'lit';
import { token } from '../../core/theme/base-styles.js';

/** One notification's marks, in the feed and the detail view: its category with an icon, «Новое», its link. */
export const itemStyles = css`
  .cat {
    display: inline-flex;
    align-items: center;
    gap: calc(${token('--gu-space')} / 2);
    font-weight: 700;
    font-size: 0.875em;
  }
  .cat::before {
    content: var(--icon, '●') / '';
    /* A decorative icon: gone with images off («Версия для слабовидящих»), the category's name stays. */
    display: ${token('--gu-icon-display')};
    align-items: center;
    justify-content: center;
    flex: none;
    width: 1.5em;
    height: 1.5em;
    line-height: 1;
    border: 1px solid currentColor;
    border-radius: 50%;
    font-size: 0.875em;
  }
  .cat[data-category='security'] {
    --icon: '!';
    color: ${token('--gu-color-error')};
  }
  .cat[data-category='applications'] {
    --icon: '✎';
  }
  .cat[data-category='charges'] {
    --icon: '₽';
  }
  .cat[data-category='payment-due'] {
    --icon: '⌛';
  }
  .cat[data-category='payments'] {
    --icon: '✓';
  }
  .cat[data-category='documents'] {
    --icon: '▤';
  }
  .cat[data-category='appointments'] {
    --icon: '◷';
  }
  .cat[data-category='messages'] {
    --icon: '✉';
  }
  .cat[data-category='news'] {
    --icon: 'i';
  }
  .unread {
    display: inline-flex;
    align-items: center;
    gap: calc(${token('--gu-space')} / 2);
    color: ${token('--gu-color-primary')};
    font-weight: 700;
    font-size: 0.875em;
  }
  .unread::before {
    content: '';
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: currentColor;
  }
  .link {
    color: ${token('--gu-color-primary')};
    overflow-wrap: anywhere;
  }
  .link:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .cat,
    .unread {
      color: CanvasText;
    }
    .unread::before {
      background: CanvasText;
    }
    .link {
      color: LinkText;
    }
  }
`;
