import { css } from 'lit';
import { token } from '../core/theme/base-styles.js';

/** <gu-notification-bell>: the button with its badge, and the popover under it (anchored where supported). */
export const bellStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  button {
    position: relative;
    min-width: 44px;
    min-height: 44px;
    border: 0;
    border-radius: ${token('--gu-radius')};
    background: none;
    color: inherit;
    cursor: pointer;
  }
  svg {
    width: 24px;
    vertical-align: middle;
    fill: currentColor;
  }
  .badge {
    position: absolute;
    top: 0;
    right: 0;
    min-width: 20px;
    padding: 0 4px;
    border-radius: 10px;
    background: ${token('--gu-color-primary')};
    color: ${token('--gu-color-on-primary')};
    font: 700 0.75rem/20px ${token('--gu-font-family')};
  }
  /* Under the button, right edges aligned; the box is the popover content's (loaded with it). */
  #popover {
    position: absolute;
    z-index: 10;
    top: 100%;
    right: 0;
    margin-top: 4px;
  }
`;
