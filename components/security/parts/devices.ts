/**
 * `gu-security-devices` («Доверенные устройства»): the computers and phones that skip the one-time code at sign-in —
 * device, browser, OS, place, last sign-in, until when trusted, «Это устройство» for the one in the citizen's hands.
 * «Забыть» forgets one (its next sign-in asks for the code again); «Забыть все устройства» forgets every one after a
 * confirmation. Follows `devices` changes live (a sign-in that trusts a device, another tab).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import { LocaleController, plural, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import { statusBadgeStyles } from '../../core/theme/looks/status-badge.js';
import '../../core/ui/gu-dialog.js';
import { ActionController } from '../../core/widget/action.js';
import { forgetAllTrustedDevices, forgetTrustedDevice, listTrustedDevices } from '../devices-api.js';
import { devicesRu, type DevicesMessages } from '../locales/devices-ru.js';
import type { SecurityArea, TrustedDevice } from '../types.js';
import { SecurityPart } from './part.js';
import { sessionsStyles } from './sessions.styles.js';
import { deviceLabel, deviceText } from './device-text.js';

const devicesMessages: LazyCatalogs<DevicesMessages> = {
  ru: devicesRu,
  en: () => import('../locales/devices-en.js').then((module) => module.devicesEn),
};

export class GuSecurityDevices extends SecurityPart<DevicesMessages> {
  static override styles = [baseStyles, partStyles, statusBadgeStyles, sessionsStyles];

  static override properties = {
    ...SecurityPart.properties,
    items: { state: true },
    loadState: { state: true },
    confirming: { state: true },
    notice: { state: true },
  };

  protected readonly i18n = new LocaleController(this, devicesMessages);
  protected override readonly areas: readonly SecurityArea[] = ['devices'];
  private readonly action = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : this.errorText(error),
  );

  declare private items: TrustedDevice[];
  declare private loadState: 'loading' | 'ready' | 'failed';
  /** «Забыть все устройства» asks first. */
  declare private confirming: boolean;
  declare private notice: string;

  constructor() {
    super();
    this.items = [];
    this.loadState = 'loading';
    this.confirming = false;
    this.notice = '';
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  protected override areaChanged(): void {
    if (this.loadState === 'ready') void this.load();
  }

  private async load(): Promise<void> {
    if (this.loadState !== 'ready') this.loadState = 'loading';
    try {
      this.items = await listTrustedDevices(this.ctx.client, this.abort.signal);
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      if (this.loadState !== 'ready') this.loadState = 'failed';
    }
  }

  private say(text: string): void {
    this.notice = text;
    this.announcer.announce(text);
  }

  private async forget(device: TrustedDevice): Promise<void> {
    const m = this.msg;
    this.notice = '';
    const index = this.items.indexOf(device);
    let gone = false;
    const done = await this.action.run(async () => {
      try {
        await forgetTrustedDevice(this.ctx.client, device.id, this.abort.signal);
      } catch (error) {
        if (!isApiError(error) || error.status !== 404) throw error;
        gone = true;
      }
      return true;
    });
    if (!done) {
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    this.items = this.items.filter((item) => item.id !== device.id);
    this.say(gone ? m.alreadyForgotten : m.forgotten(deviceLabel(this.msg, device)));
    this.reportChange('devices');
    // Focus goes to the next device's «Забыть» (or the previous one's), else the heading.
    const next = this.items[Math.min(index, this.items.length - 1)];
    await this.focusOn(next ? `[data-forget="${CSS.escape(next.id)}"]` : '#devices-heading');
  }

  private async forgetAll(): Promise<void> {
    const m = this.msg;
    const count = await this.action.run(() => forgetAllTrustedDevices(this.ctx.client, this.abort.signal));
    this.renderRoot.querySelector<HTMLElement & { close(value?: string): void }>('gu-dialog')?.close('done');
    this.confirming = false;
    if (count === undefined) {
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    this.items = [];
    this.say(plural(this.i18n.locale, count, m.forgottenAll));
    this.reportChange('devices');
    await this.focusOn('#devices-heading');
  }

  // ——— Rendering ———

  private renderItem(device: TrustedDevice): TemplateResult {
    const m = this.msg;
    const headingId = `device-${device.id}`;
    return html`<li class=${device.current ? 'item is-current' : 'item'} aria-labelledby=${headingId}>
      <div class="item-head">
        <h4 id=${headingId}>${deviceText(this.msg, device)}</h4>
        ${device.current ? html`<span class="badge tone-info">${m.thisDevice}</span>` : nothing}
      </div>
      <dl class="facts">
        <dt>${m.place}</dt>
        <dd>${device.place ?? m.placeUnknown}</dd>
        <dt>${m.lastUsed}</dt>
        <dd>${this.dateTime(device.lastUsedAt)}</dd>
        <dt>${m.trustedUntil}</dt>
        <dd>${this.date(device.trustedUntil)}</dd>
      </dl>
      <button
        class="btn"
        type="button"
        data-forget=${device.id}
        aria-label=${m.forgetName(deviceLabel(this.msg, device))}
        aria-disabled=${this.action.busy ? 'true' : 'false'}
        @click=${() => void this.forget(device)}
      >
        ${m.forget}
      </button>
    </li>`;
  }

  private renderDialog(): TemplateResult {
    const m = this.msg;
    return html`<gu-dialog
      .open=${this.confirming}
      heading=${m.forgetAllHeading}
      @gu-dialog-close=${() => (this.confirming = false)}
    >
      <p>${m.forgetAllText}</p>
      <button class="btn" slot="footer" type="button" data-gu-dialog-close value="cancel">${m.cancel}</button>
      <button
        class="btn-primary"
        slot="footer"
        type="button"
        id="confirm-forget-all"
        aria-disabled=${this.action.busy ? 'true' : 'false'}
        @click=${() => void this.forgetAll()}
      >
        ${m.forgetAllConfirm}
      </button>
    </gu-dialog>`;
  }

  private renderBody(): TemplateResult {
    const m = this.msg;
    if (this.loadState === 'loading') return html`<p role="status" aria-busy="true">${m.loading}</p>`;
    if (this.loadState === 'failed')
      return html`<div class="problem" role="alert">
        <p>${m.loadFailed}</p>
        <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
      </div>`;
    if (this.items.length === 0) return html`<p class="muted">${m.none}</p>`;
    return html`<ul class="items" aria-label=${m.listLabel}>
        ${this.items.map((item) => this.renderItem(item))}
      </ul>
      <div class="actions">
        <button
          id="forget-all"
          class="btn"
          type="button"
          @click=${() => {
            this.notice = '';
            this.action.fail('');
            this.confirming = true;
          }}
        >
          ${m.forgetAll}
        </button>
      </div>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    return html`<section aria-labelledby="devices-heading">
      <h3 id="devices-heading" tabindex="-1">${m.heading}</h3>
      <p>${m.intro}</p>
      <p class=${this.notice ? 'status' : 'status is-empty'} role="status">${this.notice}</p>
      <div class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">${this.action.problem}</div>
      ${this.renderBody()} ${this.renderDialog()}
    </section>`;
  }
}

if (!customElements.get('gu-security-devices')) customElements.define('gu-security-devices', GuSecurityDevices);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-devices': GuSecurityDevices;
  }
}
