// SCAFFOLD — its owner replaces this whole file (see /work/brief/security-plan.md): the re-authentication dialog
// (gu-dialog, the password again or a passkey; POST /security/reauthentication) that ends with SecurityReauthEndEvent.
import { html } from 'lit';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { SecurityReauthEndEvent } from '../events.js';
import { SecurityPart } from './part.js';

const messages = { ru: { cancel: 'Отмена' }, en: () => Promise.resolve({ cancel: 'Cancel' }) };

export class GuSecurityReauth extends SecurityPart<{ cancel: string }> {
  protected readonly i18n = new LocaleController(this, messages);
  override render() {
    return html`<button
      type="button"
      @click=${() => this.dispatchEvent(new SecurityReauthEndEvent({ confirmed: false }))}
    >
      ${this.i18n.msg.cancel}
    </button>`;
  }
}

if (!customElements.get('gu-security-reauth')) customElements.define('gu-security-reauth', GuSecurityReauth);
