/**
 * `gu-security-reauth`: the step-up dialog the element shows when a sensitive call answers 403
 * `reauthentication-required` (step-up.ts). «Подтвердите, что это вы»: the password again (gu-password-field,
 * `current-password`), or a passkey when the account has one and the browser can use it. A wrong password says how
 * many tries are left (it counts against the account's lockout like a sign-in); the lockout says when to come back.
 * Esc, the close button or «Отмена» end it with `SecurityReauthEndEvent {confirmed: false}` (nothing is said, what
 * the citizen typed under it stays); success with `{confirmed: true}`. core/ui gu-dialog returns focus where it was.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import { LocaleController, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import '../../core/ui/gu-button.js';
import '../../core/ui/gu-dialog.js';
import '../../core/ui/gu-password-field.js';
import type { GuPasswordField } from '../../core/ui/password-field.js';
import { ActionController } from '../../core/widget/action.js';
import { SecurityReauthEndEvent } from '../events.js';
import { reauthRu, type ReauthMessages } from '../locales/reauth-ru.js';
import { passkeyCount, reauthenticate, type ReauthenticationRequest } from '../reauth-api.js';
import { lockoutText } from './lockout.js';
import { SecurityPart } from './part.js';
import { reauthStyles } from './reauth.styles.js';

const reauthMessages: LazyCatalogs<ReauthMessages> = {
  ru: reauthRu,
  en: () => import('../locales/reauth-en.js').then((module) => module.reauthEn),
};

const passkeysUsable = (): boolean =>
  window.isSecureContext && 'credentials' in navigator && typeof PublicKeyCredential !== 'undefined';

export class GuSecurityReauth extends SecurityPart<ReauthMessages> {
  static override styles = [baseStyles, partStyles, reauthStyles];

  static override properties = {
    ...SecurityPart.properties,
    passkeys: { state: true },
  };

  protected readonly i18n = new LocaleController(this, reauthMessages);
  private readonly action = new ActionController(this, (error) => this.describe(error));
  /** Whether the account has a passkey this browser can use (the dialog then offers it). */
  declare private passkeys: boolean;
  #ended = false;

  constructor() {
    super();
    this.passkeys = false;
  }

  protected override firstUpdated(): void {
    if (passkeysUsable())
      void passkeyCount(this.ctx.client, this.abort.signal).then(
        (count) => (this.passkeys = count > 0),
        () => undefined,
      );
  }

  private get field(): GuPasswordField | null {
    return this.renderRoot.querySelector<GuPasswordField>('gu-password-field');
  }

  private describe(error: unknown): string | undefined {
    if (this.aborted(error)) return undefined;
    if (isApiError(error) && error.code === 'wrong-password') {
      const field = this.field;
      const text = this.msg.wrongPassword(error.attemptsLeft);
      if (field) field.error = text;
      this.announcer.announce(text);
      return undefined;
    }
    if (isApiError(error) && error.code === 'account-locked')
      return lockoutText(this.i18n.locale, error.retryAfter, this.msg.locked);
    return this.errorText(error);
  }

  private end(confirmed: boolean): void {
    if (this.#ended) return;
    this.#ended = true;
    this.dispatchEvent(new SecurityReauthEndEvent({ confirmed }));
  }

  private async confirm(request: ReauthenticationRequest): Promise<void> {
    const done = await this.action.run(async () => {
      await reauthenticate(this.ctx.client, request, this.abort.signal);
      return true;
    });
    if (!done) {
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    this.announcer.announce(this.msg.confirmed);
    this.renderRoot.querySelector<HTMLElement & { close(value?: string): void }>('gu-dialog')?.close('confirmed');
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const field = this.field;
    if (!field) return;
    if (!field.value) {
      field.error = this.msg.passwordRequired;
      field.focus();
      return;
    }
    void this.confirm({ password: field.value });
  };

  private readonly onPasskey = async (): Promise<void> => {
    if (!passkeysUsable()) return this.action.fail(this.msg.passkeyUnsupported);
    const { assertPasskey } = await import('./reauth-passkey.js');
    const outcome = await this.action.run(() => assertPasskey(this.ctx.client, this.abort.signal));
    if (outcome === undefined) {
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    if (typeof outcome === 'string') {
      const text =
        outcome === 'none'
          ? this.msg.passkeyNone
          : outcome === 'cancelled'
            ? this.msg.passkeyCancelled
            : this.msg.passkeyUnsupported;
      this.action.fail(text);
      this.announcer.announce(text);
      return;
    }
    await this.confirm({ passkey: outcome });
  };

  /** The password field takes focus once the dialog is shown and the field drawn (gu-dialog focuses light DOM only). */
  private readonly onOpen = async (): Promise<void> => {
    const field = this.field;
    await field?.updateComplete;
    field?.focus();
  };

  private readonly onClose = (event: CustomEvent<{ returnValue: string }>): void => {
    this.end(event.detail.returnValue === 'confirmed');
  };

  override render(): TemplateResult {
    const m = this.msg;
    return html`<gu-dialog open heading=${m.heading} @gu-dialog-open=${this.onOpen} @gu-dialog-close=${this.onClose}>
      <form novalidate @submit=${this.onSubmit}>
        <p>${this.passkeys ? m.introPasskey : m.intro}</p>
        <gu-password-field
          name="password"
          label=${m.password}
          autocomplete="current-password"
          required
        ></gu-password-field>
        <p class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">${this.action.problem}</p>
        <div class="actions">
          <gu-button variant="primary" ?busy=${this.action.busy}>${m.confirm}</gu-button>
          ${
            this.passkeys
              ? html`<span class="or">${m.or}</span>
                  <button class="btn" id="passkey" type="button" @click=${this.onPasskey}>${m.passkey}</button>`
              : nothing
          }
        </div>
      </form>
      <button class="btn" slot="footer" type="button" data-gu-dialog-close value="cancel">${m.cancel}</button>
    </gu-dialog>`;
  }
}

if (!customElements.get('gu-security-reauth')) customElements.define('gu-security-reauth', GuSecurityReauth);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-reauth': GuSecurityReauth;
  }
}
