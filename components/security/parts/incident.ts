// SCAFFOLD — its owner replaces this whole file (see /work/brief/security-plan.md).
import { html } from 'lit';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { SecurityPart } from './part.js';

const messages = { ru: { heading: 'Это был не я' }, en: () => Promise.resolve({ heading: 'Это был не я' }) };

export class GuSecurityIncident extends SecurityPart<{ heading: string }> {
  protected readonly i18n = new LocaleController(this, messages);
  override render() {
    return html`<h3 tabindex="-1">${this.i18n.msg.heading}</h3>`;
  }
}

if (!customElements.get('gu-security-incident')) customElements.define('gu-security-incident', GuSecurityIncident);
