import { css } from 'lit';
import { token } from '../core/theme/base-styles.js';

/** The bell's popover: a heading line, the newest five as links, «Все уведомления». */
export const bellPopoverStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    width: min(24em, calc(100vw - 16px));
    border: 1px solid ${token('--gu-color-border')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-background')};
    color: ${token('--gu-color-text')};
    box-shadow: 0 8px 24px rgb(11 31 51 / 0.2);
  }
  .box {
    padding: calc(${token('--gu-space')} * 1.5) 0;
  }
  .head,
  .note,
  .all {
    margin: 0;
    padding: 0 calc(${token('--gu-space')} * 2);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: ${token('--gu-space')};
    padding-bottom: ${token('--gu-space')};
    border-bottom: 1px solid ${token('--gu-color-divider')};
  }
  .heading {
    font-weight: 700;
  }
  .count {
    color: ${token('--gu-color-text-muted')};
  }
  .note {
    padding-block: ${token('--gu-space')};
  }
  .note p {
    margin: 0 0 ${token('--gu-space')};
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item a,
  .item .plain {
    display: block;
    padding: ${token('--gu-space')} calc(${token('--gu-space')} * 2);
    border-bottom: 1px solid ${token('--gu-color-divider')};
    color: inherit;
    text-decoration: none;
  }
  .item a:hover {
    background: ${token('--gu-color-surface')};
  }
  .item a:hover .title {
    text-decoration: underline;
  }
  a:focus-visible,
  button:focus-visible {
    outline-offset: -3px;
  }
  .title {
    display: block;
    overflow-wrap: anywhere;
  }
  .unread .title {
    font-weight: 700;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--gu-space')};
    color: ${token('--gu-color-text-muted')};
    font-size: 0.875em;
  }
  .mark {
    color: ${token('--gu-color-primary')};
    font-weight: 700;
  }
  .mark::before {
    content: '●' / '';
    margin-inline-end: 4px;
  }
  .all {
    padding-top: calc(${token('--gu-space')} * 1.5);
  }
  .all a {
    color: ${token('--gu-color-primary')};
    font-weight: 700;
  }
  .retry {
    min-height: 44px;
    padding: 0 calc(${token('--gu-space')} * 2);
    border: 1px solid ${token('--gu-color-primary')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-background')};
    color: ${token('--gu-color-primary')};
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
`;
