// SCAFFOLD — its owner replaces this whole file (see /work/brief/notifications-plan.md).
import { html } from 'lit';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { NotificationsPart } from './part.js';

const messages = { ru: { heading: 'Feed' }, en: () => Promise.resolve({ heading: 'Feed' }) };

export class GuNotificationsFeed extends NotificationsPart<{ heading: string }> {
  protected readonly i18n = new LocaleController(this, messages);
  override render() {
    return html`<h3 tabindex="-1">${this.i18n.msg.heading}</h3>`;
  }
}

if (!customElements.get('gu-notifications-feed')) customElements.define('gu-notifications-feed', GuNotificationsFeed);
