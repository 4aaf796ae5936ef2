import { LitElement, css, html, nothing } from 'lit';
import { LocaleController } from '../i18n/index.js';
import { baseStyles } from '../theme/index.js';
import { SessionConsumer } from './session-context.js';
import { sessionEn, sessionRu } from './locales.js';
import '../ui/gu-button.js';

/**
 * @summary A visible «Выйти» button (OWASP: every page offers sign-out). It reads the session from the
 * enclosing `<gu-session>` and signs out every tab of the site: the tokens are revoked and the provider
 * session ends. Shown only while the citizen is signed in.
 *
 * @csspart button - The `gu-button`.
 */
export class GuSignOutButton extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
      }
      :host([hidden]) {
        display: none;
      }
    `,
  ];

  static override properties = {
    variant: { type: String, reflect: true },
    busy: { state: true },
  };

  private readonly i18n = new LocaleController(this, { ru: sessionRu, en: sessionEn });
  private readonly consumer = new SessionConsumer(this);

  /** The button's look: `secondary` (default), `primary` or `link`. */
  declare variant: 'primary' | 'secondary' | 'link';
  declare private busy: boolean;

  constructor() {
    super();
    this.variant = 'secondary';
    this.busy = false;
  }

  private async onClick(): Promise<void> {
    const session = this.consumer.value;
    if (!session || this.busy) return;
    this.busy = true;
    try {
      await session.signOut();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const status = this.consumer.value?.status;
    if (status !== 'signed-in' && status !== 'expiring') return nothing;
    return html`<gu-button part="button" type="button" variant=${this.variant} ?busy=${this.busy} @click=${this.onClick}
      >${this.i18n.msg.signOut}</gu-button
    >`;
  }
}
