/**
 * The events of <gu-security-settings>: the public ones (the page hears them) and the parts' internal words to their
 * element. One module for all, so every part fires the same classes.
 */
import { GuEvent } from '../core/widget/events.js';
import type { SecurityView } from './context.js';
import type { SecurityArea } from './types.js';

/** `gu-security-view`: the element shows another view (the portal may mirror it in its URL). */
export class GuSecurityViewEvent extends GuEvent<{ view: SecurityView }> {
  static readonly eventName = 'gu-security-view';
  constructor(detail: { view: SecurityView }) {
    super(GuSecurityViewEvent.eventName, detail);
  }
}

/**
 * `gu-security-changed`: the citizen changed a section here (password changed, two-factor turned on, sessions ended …):
 * `detail.area`. A portal may refresh what it shows about the account.
 */
export class GuSecurityChangedEvent extends GuEvent<{ area: SecurityArea }> {
  static readonly eventName = 'gu-security-changed';
  constructor(detail: { area: SecurityArea }) {
    super(GuSecurityChangedEvent.eventName, detail);
  }
}

/** A part asks its element to open a view (internal). */
export interface SecurityTarget {
  view: SecurityView;
  /** `incident`: the login event. */
  eventId?: string;
}

export class SecurityNavigateEvent extends GuEvent<SecurityTarget> {
  static readonly eventName = 'gu-security-navigate';
  constructor(detail: SecurityTarget) {
    super(SecurityNavigateEvent.eventName, detail, { internal: true });
  }
}

/** The re-authentication dialog ended (internal): `confirmed` — the server accepted the password or passkey. */
export class SecurityReauthEndEvent extends GuEvent<{ confirmed: boolean }> {
  static readonly eventName = 'gu-security-reauth-end';
  constructor(detail: { confirmed: boolean }) {
    super(SecurityReauthEndEvent.eventName, detail, { internal: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-security-view': GuSecurityViewEvent;
    'gu-security-changed': GuSecurityChangedEvent;
  }
}
