import { LitElement } from 'lit';
import type { Catalog, LocaleController } from '../i18n/index.js';

/**
 * An element whose strings come from a `LocaleController` and that never shows the Russian fallback while another
 * locale's catalog is on its way: every update waits for the catalog (one download, shared by all hosts).
 * The kit's widgets and their parts extend it; `msg` is the current catalog.
 */
export abstract class LocalizedElement<Messages extends Catalog> extends LitElement {
  protected abstract readonly i18n: LocaleController<Messages>;

  protected get msg(): Messages {
    return this.i18n.msg;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.i18n.ready();
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
