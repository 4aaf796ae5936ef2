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
    font: inherit;
    cursor: pointer;
  }
  /* In em, as the badge: both follow the host's --gu-font-size («Версия для слабовидящих»). */
  svg {
    width: 1.5em;
    vertical-align: middle;
    fill: currentColor;
  }
  .badge {
    position: absolute;
    top: 0;
    right: 0;
    min-width: 1.7em;
    padding: 0 0.3em;
    border-radius: 1em;
    background: ${token('--gu-color-primary')};
    color: ${token('--gu-color-on-primary')};
    font: 700 0.75em/1.7 ${token('--gu-font-family')};
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
