/**
 * `gu-security-passkeys` («Ключи доступа»): the account's passkeys with name, created, last used and where they were
 * made; add one (a name → creation options → `navigator.credentials.create()` through core/api's webauthn.ts, shared
 * with <gu-login> → added), rename it in place, remove it after a confirmation. The add and the removal go through the
 * step-up. Where the browser cannot — no WebAuthn, not a secure context, the citizen cancelled, the device already
 * holds one, no way to confirm — each is said in its own words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/api-error.js';
import {
  createPasskeyCredential,
  passkeyFailure,
  passkeySupport,
  type PasskeyAttestationJson,
  type PasskeySupport,
} from '../../core/api/webauthn.js';
import type { LazyCatalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import '../../core/ui/gu-dialog.js';
import '../../core/ui/gu-text-field.js';
import { ActionController } from '../../core/widget/action.js';
import { passkeysRu, type PasskeysMessages } from '../locales/passkeys-ru.js';
import {
  PASSKEY_NAME_MAX,
  addPasskey,
  createPasskeyOptions,
  listPasskeys,
  removePasskey,
  renamePasskey,
} from '../passkeys-api.js';
import type { SecurityArea, SecurityPasskey } from '../types.js';
import { SecurityPart } from './part.js';
import { twoFactorStyles } from './two-factor.styles.js';

const passkeysMessages: LazyCatalogs<PasskeysMessages> = {
  ru: passkeysRu,
  en: () => import('../locales/passkeys-en.js').then((module) => module.passkeysEn),
};

/** The browser refused to make a passkey: the part's words for why. */
class BrowserRefusal extends Error {
  constructor(readonly reason: ReturnType<typeof passkeyFailure>) {
    super(reason);
  }
}

type Field = HTMLElement & { value: string; checkValidity(): boolean; reset?(): void };

export class GuSecurityPasskeys extends SecurityPart<PasskeysMessages> {
  static override styles = [baseStyles, partStyles, twoFactorStyles];

  static override properties = {
    ...SecurityPart.properties,
    support: { attribute: false },
    items: { state: true },
    loadState: { state: true },
    notice: { state: true },
    renaming: { state: true },
    renameError: { state: true },
    removing: { state: true },
  };

  protected override readonly areas: readonly SecurityArea[] = ['passkeys'];
  protected readonly i18n = new LocaleController(this, passkeysMessages);
  protected readonly action = new ActionController(this, (error) => this.describe(error));

  /**
   * Whether this browser and page can make passkeys (core/api `passkeySupport()`; a story shows the others).
   * @internal
   */
  declare support: PasskeySupport;
  declare private items: SecurityPasskey[];
  declare private loadState: 'loading' | 'ready' | 'failed';
  declare private notice: string;
  /** The passkey whose name is being edited in place. */
  declare private renaming: string | undefined;
  declare private renameError: string;
  declare private removing: SecurityPasskey | undefined;

  constructor() {
    super();
    this.support = passkeySupport();
    this.items = [];
    this.loadState = 'loading';
    this.notice = '';
    this.renaming = undefined;
    this.renameError = '';
    this.removing = undefined;
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  protected override areaChanged(_area: SecurityArea, origin: 'here' | 'elsewhere'): void {
    if (origin === 'elsewhere') void this.load();
  }

  private async load(): Promise<void> {
    if (this.loadState !== 'ready') this.loadState = 'loading';
    try {
      this.items = await listPasskeys(this.ctx.client, this.abort.signal);
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      if (this.loadState !== 'ready') this.loadState = 'failed';
    }
  }

  private describe(error: unknown): string | undefined {
    if (this.aborted(error)) return undefined;
    const m = this.msg;
    if (error instanceof BrowserRefusal)
      return {
        cancelled: m.cancelled,
        exists: m.exists,
        unsupported: m.unsupported,
        insecure: m.insecure,
        other: m.failed,
      }[error.reason];
    if (isApiError(error)) {
      if (error.code === 'passkey-invalid') return m.invalid;
      if (error.code === 'passkey-exists') return m.duplicate;
    }
    return this.errorText(error);
  }

  private say(text: string): void {
    if (text) this.announcer.announce(text);
  }

  // ——— Add ———

  private readonly onAdd = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).querySelector<Field>('gu-text-field');
    if (!field) return;
    if (!field.checkValidity()) {
      field.focus();
      return;
    }
    const name = field.value.trim();
    this.notice = '';
    const added = await this.action.run(() =>
      this.ctx.stepUp.guard(async () => {
        const options = await createPasskeyOptions(this.ctx.client, this.abort.signal);
        let attestation: PasskeyAttestationJson;
        try {
          attestation = await createPasskeyCredential(options, this.abort.signal);
        } catch (error) {
          throw new BrowserRefusal(passkeyFailure(error));
        }
        return addPasskey(this.ctx.client, { challenge: options.challenge, name, attestation }, this.abort.signal);
      }),
    );
    if (!added) {
      this.say(this.action.problem);
      return;
    }
    this.items = [added, ...this.items.filter((item) => item.id !== added.id)];
    field.value = '';
    this.notice = this.msg.added(added.name);
    this.say(this.notice);
    this.reportChange('passkeys');
  };

  // ——— Rename ———

  private async openRename(item: SecurityPasskey): Promise<void> {
    this.renaming = item.id;
    this.renameError = '';
    await this.focusOn(`#rename-${CSS.escape(item.id)}`);
  }

  private async closeRename(id: string): Promise<void> {
    this.renaming = undefined;
    this.renameError = '';
    await this.focusOn(`[data-rename="${CSS.escape(id)}"]`);
  }

  private async onRename(event: SubmitEvent, item: SecurityPasskey): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).querySelector('input')!;
    const name = input.value.trim();
    const m = this.msg;
    this.renameError = name === '' ? m.nameRequired : name.length > PASSKEY_NAME_MAX ? m.nameTooLong : '';
    if (this.renameError) {
      this.say(this.renameError);
      input.focus();
      return;
    }
    this.notice = '';
    const renamed = await this.action.run(() => renamePasskey(this.ctx.client, item.id, name, this.abort.signal));
    if (!renamed) {
      this.say(this.action.problem);
      return;
    }
    this.items = this.items.map((entry) => (entry.id === renamed.id ? renamed : entry));
    this.notice = m.renamed(renamed.name);
    this.say(this.notice);
    this.reportChange('passkeys');
    await this.closeRename(item.id);
  }

  // ——— Remove ———

  private async confirmRemove(): Promise<void> {
    const item = this.removing;
    if (!item) return;
    this.notice = '';
    const done = await this.action.run(async () => {
      await this.ctx.stepUp.guard(() => removePasskey(this.ctx.client, item.id, this.abort.signal));
      return true;
    });
    this.renderRoot.querySelector<HTMLElement & { close(value?: string): void }>('gu-dialog')?.close('done');
    this.removing = undefined;
    if (!done) {
      this.say(this.action.problem);
      return;
    }
    this.items = this.items.filter((entry) => entry.id !== item.id);
    this.notice = this.msg.removed(item.name);
    this.say(this.notice);
    this.reportChange('passkeys');
    await this.focusOn('#list-heading');
  }

  // ——— Rendering ———

  private renderItem(item: SecurityPasskey): TemplateResult {
    const m = this.msg;
    const details = [
      m.created(this.date(item.createdAt)),
      item.lastUsedAt ? m.lastUsed(this.dateTime(item.lastUsedAt)) : m.neverUsed,
      ...(item.createdOn ? [m.createdOn(item.createdOn)] : []),
    ].join('; ');
    if (this.renaming === item.id)
      return html`<li class="card" data-passkey=${item.id}>
        <form class="rename" novalidate @submit=${(event: SubmitEvent) => void this.onRename(event, item)}>
          <div>
            <label for="rename-${item.id}">${m.renameLabel(item.name)}</label>
            <input
              class="input"
              id="rename-${item.id}"
              name="name"
              .value=${item.name}
              maxlength=${PASSKEY_NAME_MAX}
              autocomplete="off"
              aria-invalid=${this.renameError ? 'true' : 'false'}
              aria-describedby="rename-error-${item.id}"
              @keydown=${(event: KeyboardEvent) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  void this.closeRename(item.id);
                }
              }}
            />
            <p id="rename-error-${item.id}" class="field-error" ?hidden=${!this.renameError}>${this.renameError}</p>
          </div>
          <button class="btn-primary" type="submit" aria-disabled=${this.action.busy ? 'true' : 'false'}>
            ${m.save}
          </button>
          <button class="btn" type="button" @click=${() => void this.closeRename(item.id)}>${m.cancel}</button>
        </form>
      </li>`;
    return html`<li class="card item" data-passkey=${item.id}>
      <p><strong>${item.name}</strong><br /><span class="muted">${details}</span></p>
      <div class="actions">
        <button class="btn" type="button" data-rename=${item.id} @click=${() => void this.openRename(item)}>
          ${m.rename}<span class="visually-hidden"> ${item.name}</span>
        </button>
        <button class="btn" type="button" @click=${() => (this.removing = item)}>
          ${m.remove}<span class="visually-hidden"> ${item.name}</span>
        </button>
      </div>
    </li>`;
  }

  private renderList(): TemplateResult {
    const m = this.msg;
    if (this.loadState === 'loading') return html`<p role="status" aria-busy="true">${m.loading}</p>`;
    if (this.loadState === 'failed')
      return html`<div class="problem" role="alert">
        <p>${m.loadFailed}</p>
        <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>
      </div>`;
    if (this.items.length === 0) return html`<p class="muted">${m.none}</p>`;
    return html`<ul class="plain" aria-labelledby="list-heading">
      ${this.items.map((item) => this.renderItem(item))}
    </ul>`;
  }

  private renderAdd(): TemplateResult {
    const m = this.msg;
    if (this.support !== 'supported')
      return html`<p class="guide" data-unsupported>${this.support === 'insecure' ? m.insecure : m.noApi}</p>`;
    return html`<form novalidate @submit=${this.onAdd}>
      <gu-text-field
        class="field"
        name="name"
        label=${m.nameLabel}
        hint=${m.nameHint}
        maxlength=${PASSKEY_NAME_MAX}
        autocomplete="off"
        required
      ></gu-text-field>
      <div class="actions">
        <button class="btn-primary" type="submit" aria-disabled=${this.action.busy ? 'true' : 'false'}>${m.add}</button>
        ${this.action.busy ? html`<span class="muted">${m.adding}</span>` : nothing}
      </div>
    </form>`;
  }

  private renderDialog(): TemplateResult {
    const m = this.msg;
    const item = this.removing;
    return html`<gu-dialog
      .open=${item !== undefined}
      heading=${item ? m.removeHeading(item.name) : m.remove}
      @gu-dialog-close=${() => (this.removing = undefined)}
    >
      <p>${m.removeText}</p>
      <button class="btn" slot="footer" type="button" data-gu-dialog-close value="keep">${m.removeKeep}</button>
      <button
        class="btn-primary"
        slot="footer"
        type="button"
        id="confirm-remove"
        aria-disabled=${this.action.busy ? 'true' : 'false'}
        @click=${() => void this.confirmRemove()}
      >
        ${m.removeConfirm}
      </button>
    </gu-dialog>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    const problem = this.action.problem;
    return html`<h3 tabindex="-1">${m.heading}</h3>
      <p class="muted">${m.intro}</p>
      <p id="status" class="status" ?hidden=${!this.notice}>${this.notice}</p>
      <div id="problem" class="problem ${problem ? '' : 'is-empty'}" role="alert">
        ${problem ? html`<p>${problem}</p>` : nothing}
      </div>
      <section aria-labelledby="list-heading">
        <h4 id="list-heading" tabindex="-1">${m.listLabel}</h4>
        ${this.renderList()}
      </section>
      <section aria-labelledby="add-heading">
        <h4 id="add-heading">${m.addHeading}</h4>
        ${this.renderAdd()}
      </section>
      ${this.renderDialog()}`;
  }
}

if (!customElements.get('gu-security-passkeys')) customElements.define('gu-security-passkeys', GuSecurityPasskeys);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-passkeys': GuSecurityPasskeys;
  }
}
