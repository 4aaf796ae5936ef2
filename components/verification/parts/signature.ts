/**
 * `gu-verification-signature`: the confirmed level with a qualified electronic signature — choose a certificate from
 * the citizen's signing software (the element's `signer`), sign the server's challenge, send certificate and signature.
 * Without a signer it says what to install and points to the other methods.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import '../../core/ui/gu-button.js';
import '../../core/ui/gu-loading-state.js';
import { completeConfirmation, startConfirmation, type SigningCertificate } from '../api.js';
import { VerificationPart, errorClass } from './part.js';

type Stage = 'loading' | 'choose' | 'no-signer' | 'done';

export class GuVerificationSignature extends VerificationPart {
  static override properties = {
    ...VerificationPart.properties,
    stage: { state: true },
    certificates: { state: true },
    thumbprint: { state: true },
    busy: { state: true },
    problem: { state: true },
  };
  declare private stage: Stage;
  declare private certificates: SigningCertificate[];
  declare private thumbprint: string;
  declare private busy: boolean;
  declare private problem: string;

  constructor() {
    super();
    this.stage = 'loading';
    this.certificates = [];
    this.thumbprint = '';
    this.busy = false;
    this.problem = '';
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const signer = this.props.ctx.signer;
    if (!signer) {
      this.stage = 'no-signer';
      await this.focusHeading();
      return;
    }
    try {
      this.certificates = await signer.listCertificates(this.abort.signal);
    } catch {
      this.problem = this.msg.signatureFailed;
    }
    this.stage = 'choose';
    await this.focusHeading();
  }

  private expired(certificate: SigningCertificate): boolean {
    return certificate.validTo < new Date().toISOString().slice(0, 10);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const certificate = this.certificates.find((c) => c.thumbprint === this.thumbprint);
    if (!certificate || this.expired(certificate)) {
      this.problem = certificate ? this.msg.certificateExpired : this.msg.certificateRequired;
      await this.focusRadios('certificate');
      return;
    }
    await this.sign(certificate);
  }

  /** Asks the server for a challenge, has the signer sign it, sends certificate and signature. */
  private async sign(certificate: SigningCertificate): Promise<void> {
    const { client, signer } = this.props.ctx;
    if (!signer) return;
    this.busy = true;
    this.problem = '';
    try {
      const confirmation = await startConfirmation(client, { method: 'signature' }, this.abort.signal);
      let signature: string;
      try {
        signature = await signer.sign(certificate.thumbprint, confirmation.challenge ?? '');
      } catch {
        this.problem = this.msg.signatureFailed;
        await this.focusOn('#problem');
        return;
      }
      const done = await completeConfirmation(client, confirmation.id, { certificate, signature }, this.abort.signal);
      if (done.status === 'confirmed') {
        this.stage = 'done';
        await this.confirmed();
      }
    } catch (error) {
      if (this.aborted(error)) return;
      const code = isApiError(error) ? error.code : undefined;
      this.problem =
        code === 'certificate-expired'
          ? this.msg.certificateExpired
          : code === 'signature-invalid'
            ? this.msg.signatureInvalid
            : this.errorText(error);
      await this.focusOn('#problem');
    } finally {
      this.busy = false;
    }
  }

  private renderCertificate(certificate: SigningCertificate): TemplateResult {
    const m = this.msg;
    const expired = this.expired(certificate);
    const validTo = this.i18n.date(`${certificate.validTo}T12:00:00Z`);
    return html`<label class="check">
      <input
        type="radio"
        name="certificate"
        .value=${certificate.thumbprint}
        .checked=${certificate.thumbprint === this.thumbprint}
        @change=${() => {
          this.thumbprint = certificate.thumbprint;
          this.problem = '';
        }}
      />
      <span>
        <strong>${this.ru(certificate.subject)}</strong><br />
        ${this.withRu(m.signatureIssuer, certificate.issuer)}<br />
        <span class=${expired ? 'todo' : 'ok'}
          >${expired ? m.signatureExpired(validTo) : m.signatureValid(validTo)}</span
        >
      </span>
    </label>`;
  }

  override render(): TemplateResult {
    const m = this.msg;
    const back = html`<button class="btn" type="button" @click=${() => this.navigate()}>${m.back}</button>`;
    switch (this.stage) {
      case 'done':
        return this.renderConfirmed();
      case 'loading':
        return html`<h3 tabindex="-1">${m.signatureHeading}</h3>
          <gu-loading-state label=${m.signatureLoading}></gu-loading-state>`;
      case 'no-signer':
        return html`<h3 tabindex="-1">${m.signatureHeading}</h3>
          <p role="alert">${m.signatureNoSigner}</p>
          <p>${m.methodAlternatives}</p>
          <div class="actions">${back}</div>`;
      default:
        return html`<h3 tabindex="-1">${m.signatureHeading}</h3>
          <p>${m.methodSignatureHint}</p>
          <form novalidate @submit=${this.onSubmit}>
            ${
              this.certificates.length > 0
                ? html`<fieldset aria-describedby="problem">
                    <legend>${m.signatureLegend}</legend>
                    ${this.certificates.map((certificate) => this.renderCertificate(certificate))}
                  </fieldset>`
                : html`<p class="todo">${m.signatureNone}</p>`
            }
            <p id="problem" class=${errorClass(this.problem)} role="alert" tabindex="-1">${this.problem}</p>
            <div class="actions">
              ${this.certificates.length > 0 ? html`<gu-button ?busy=${this.busy}>${m.sign}</gu-button>` : nothing}
              ${back}
            </div>
          </form>`;
    }
  }
}

if (!customElements.get('gu-verification-signature'))
  customElements.define('gu-verification-signature', GuVerificationSignature);

declare global {
  interface HTMLElementTagNameMap {
    'gu-verification-signature': GuVerificationSignature;
  }
}
