/**
 * A tiny consumer widget for the end-to-end pages: it takes the session from the context (as every gu-kit widget does)
 * and reflects the snapshot on its host as data-* attributes that the tests read.
 */
import { LitElement, html } from 'lit';
import { SessionConsumer } from '../../../components/core/session/session-context.js';
import type { Session } from '../../../components/core/session/session-context.js';

/** Defines the probe element under a tag (a no-op when the tag is taken). */
export function defineSessionProbe(tag: string): void {
  if (customElements.get(tag)) return;
  class SessionProbe extends LitElement {
    /** The latest snapshot. */
    session: Session | undefined;
    /** How many snapshots arrived. */
    snapshots = 0;

    constructor() {
      super();
      new SessionConsumer(this, (session) => {
        this.session = session;
        this.snapshots += 1;
        this.dataset.status = session.status;
        this.dataset.level = session.level ?? '';
        this.dataset.name = session.citizen?.name ?? '';
        this.dataset.reason = session.reason ?? '';
        this.dataset.error = session.error ? `${session.error.kind}: ${session.error.message}` : '';
        this.dataset.snapshots = String(this.snapshots);
        this.requestUpdate();
      });
    }

    override render() {
      return html`<p>${tag}: ${this.session?.status ?? 'нет сеанса'} ${this.session?.citizen?.name ?? ''}</p>`;
    }
  }
  customElements.define(tag, SessionProbe);
}
