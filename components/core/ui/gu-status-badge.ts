import { GuStatusBadge } from './status-badge.js';

export { GuStatusBadge };
export type { StatusTone } from './status-badge.js';

if (!customElements.get('gu-status-badge')) customElements.define('gu-status-badge', GuStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'gu-status-badge': GuStatusBadge;
  }
}
