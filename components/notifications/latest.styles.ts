import { css } from 'lit';
import { token } from '../core/theme/base-styles.js';
import { outlinedButton, outlinedButtonHover } from '../core/theme/looks/buttons.js';

/** <gu-notifications-latest>: a heading, a short list (category, title as a link, date, «Новое»), «Все уведомления». */
export const latestStyles = css`
  :host {
    display: block;
  }
  .latest > * {
    margin: 0 0 ${token('--gu-space')};
  }
  .latest > :last-child {
    margin-bottom: 0;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
  }
  .list {
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: calc(${token('--gu-space')} / 2);
    padding-block: ${token('--gu-space')};
    border-bottom: 1px solid ${token('--gu-color-divider')};
  }
  .item:first-child {
    padding-top: 0;
  }
  .title {
    overflow-wrap: anywhere;
  }
  .item.is-unread .title {
    font-weight: 700;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--gu-space')};
    color: ${token('--gu-color-text-muted')};
    font-size: 0.875em;
  }
  a {
    color: ${token('--gu-color-primary')};
  }
  a:hover {
    color: ${token('--gu-color-primary-hover')};
  }
  .all a {
    font-weight: 700;
  }
  a:focus-visible,
  .btn:focus-visible {
    outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
    outline-offset: 2px;
  }
  .btn {
    ${outlinedButton}
  }
  .btn:hover {
    ${outlinedButtonHover}
  }
  .problem {
    padding: calc(${token('--gu-space')} * 2);
    border: 2px solid ${token('--gu-color-error')};
    border-radius: ${token('--gu-radius')};
    background: ${token('--gu-color-error-surface')};
  }
  .problem p {
    margin: 0 0 ${token('--gu-space')};
  }
`;
