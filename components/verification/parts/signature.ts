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
import { VerificationPart } from './part.js';

type Stage = 'loading' | 'choose' | 'no-signer' | 'done';

/** The citizen's signing software did not sign (cancelled, no token, its own error). */
class SignerFailure extends Error {
  constructor(cause: unknown) {
    super('The signing software did not sign', { cause });
  }
}

export class GuVerificationSignature extends VerificationPart {
  static override properties = {
    ...VerificationPart.properties,
    stage: { state: true },
    certificates: { state: true },
    thumbprint: { state: true },
  };
  declare private stage: Stage;
  declare private certificates: SigningCertificate[];
  declare private thumbprint: string;

  constructor() {
    super();
    this.stage = 'loading';
    this.certificates = [];
    this.thumbprint = '';
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const signer = this.ctx.signer;
    if (!signer) {
      this.stage = 'no-signer';
      await this.focusHeading();
      return;
    }
    try {
      this.certificates = await signer.listCertificates(this.abort.signal);
    } catch {
      this.action.fail(this.msg.signatureFailed);
    }
    this.stage = 'choose';
    await this.focusHeading();
  }

  private expired(certificate: SigningCertificate): boolean {
    return certificate.validTo < new Date().toISOString().slice(0, 10);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.action.busy) return;
    const certificate = this.certificates.find((c) => c.thumbprint === this.thumbprint);
    if (!certificate || this.expired(certificate)) {
      this.action.fail(certificate ? this.msg.certificateExpired : this.msg.certificateRequired);
      await this.focusRadios('certificate');
      return;
    }
    await this.sign(certificate);
  }

  /** Asks the server for a challenge, has the signer sign it, sends certificate and signature. */
  private async sign(certificate: SigningCertificate): Promise<void> {
    const { client, signer } = this.ctx;
    if (!signer) return;
    await this.action.run(
      async () => {
        const confirmation = await startConfirmation(client, { method: 'signature' }, this.abort.signal);
        const signature = await signer
          .sign(certificate.thumbprint, confirmation.challenge ?? '')
          .catch((cause: unknown) => Promise.reject(new SignerFailure(cause)));
        const done = await completeConfirmation(client, confirmation.id, { certificate, signature }, this.abort.signal);
        if (done.status === 'confirmed') {
          this.stage = 'done';
          await this.confirmed();
        }
      },
      (error) => {
        if (error instanceof SignerFailure) return this.msg.signatureFailed;
        const code = isApiError(error) ? error.code : undefined;
        return code === 'certificate-expired'
          ? this.msg.certificateExpired
          : code === 'signature-invalid'
            ? this.msg.signatureInvalid
            : this.describe(error);
      },
    );
    if (this.action.problem) await this.focusOn('#problem');
  }

  private renderCertificate(certificate: SigningCertificate): TemplateResult {
    const m = this.msg;
    const expired = this.expired(certificate);
    const validTo = this.i18n.date(`${certificate.validTo}T12:00:00Z`);
    return this.renderRadio(
      'certificate',
      certificate.thumbprint,
      certificate.thumbprint === this.thumbprint,
      () => (this.thumbprint = certificate.thumbprint),
      html`<strong>${this.ru(certificate.subject)}</strong><br />
        ${this.withRu(m.signatureIssuer, certificate.issuer)}<br />
        <span class=${expired ? 'todo' : 'ok'}
          >${expired ? m.signatureExpired(validTo) : m.signatureValid(validTo)}</span
        >`,
    );
  }

  override render(): TemplateResult {
    const m = this.msg;
    const back = this.renderBack();
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
            ${this.renderProblem()}
            <div class="actions">
              ${this.certificates.length > 0 ? html`<gu-button ?busy=${this.action.busy}>${m.sign}</gu-button>` : nothing}
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
