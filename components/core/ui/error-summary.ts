import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { LocaleController } from '../i18n/locale-controller.js';
import { baseStyles, token } from '../theme/base-styles.js';
import { formControlMessages, type FormControlMessages } from './form-messages.js';

/** One entry of the error summary. */
export interface GuErrorSummaryItem {
  /** The message, the same as the one next to the field. */
  message: string;
  /** The field the link moves focus into. */
  control?: HTMLElement;
  /** The field's label, put before the message so the entry makes sense on its own. */
  label?: string;
}

let nextId = 0;

/**
 * @summary The «Исправьте ошибки» box at the top of a form: after a failed submit it lists every error as a
 * link that moves focus into the field, and it takes focus itself so screen readers read it at once.
 *
 * @csspart base - The alert box (role=alert, focusable by script).
 * @csspart title - The heading.
 * @csspart list - The list of links.
 * @csspart link - Each link to a field.
 * @cssprop --gu-error-summary-color - Border and link colour (falls back to `--gu-color-error`).
 */
export class GuErrorSummary extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      :host(:not([has-errors])) .summary {
        display: none;
      }
      .summary {
        margin-block-end: calc(4 * ${token('--gu-space')});
        padding: calc(2 * ${token('--gu-space')});
        border: 4px solid ${token('--gu-error-summary-color')};
        border-radius: ${token('--gu-radius')};
        background: ${token('--gu-color-background')};
      }
      h2 {
        margin: 0 0 ${token('--gu-space')};
        font-size: 1.25em;
      }
      p {
        margin: 0 0 ${token('--gu-space')};
      }
      ul {
        margin: 0;
        padding-inline-start: 1.25em;
      }
      li + li {
        margin-block-start: ${token('--gu-space')};
      }
      a {
        display: inline-block;
        min-height: 24px;
        color: ${token('--gu-error-summary-color')};
        font-weight: 700;
        text-decoration: underline;
      }
      a:hover {
        text-decoration-thickness: 3px;
      }
      @media (forced-colors: active) {
        .summary {
          border-color: CanvasText;
        }
        a {
          color: LinkText;
        }
      }
    `,
  ];
  static override properties = {
    errors: { attribute: false },
    heading: { type: String },
  };

  private readonly i18n = new LocaleController<FormControlMessages>(this, formControlMessages);

  /** The errors to list; an empty list hides the summary. */
  declare errors: GuErrorSummaryItem[];
  /** Heading text (default «Исправьте ошибки» / «There is a problem»). */
  declare heading: string;

  constructor() {
    super();
    this.errors = [];
    this.heading = '';
  }

  protected override updated(): void {
    this.toggleAttribute('has-errors', this.errors.length > 0);
  }

  /** Moves focus to the summary box so it is read out. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus(options);
  }

  private handleLinkClick(event: MouseEvent, control: HTMLElement | undefined): void {
    if (!control) return;
    event.preventDefault();
    control.scrollIntoView?.({ block: 'center' });
    control.focus({ preventScroll: true });
  }

  private hrefFor(control: HTMLElement | undefined): string | undefined {
    if (!control) return undefined;
    if (!control.id) control.id = `gu-field-${(nextId += 1)}`;
    return `#${control.id}`;
  }

  protected override render(): TemplateResult {
    const msg = this.i18n.msg;
    return html`<div class="summary" part="base" role="alert" tabindex="-1" aria-labelledby="title">
      <h2 id="title" part="title">${this.heading || msg.errorSummaryTitle}</h2>
      ${
        this.errors.length > 0
          ? html`<p>${this.i18n.plural(this.errors.length, msg.errorCount)}</p>
              <ul part="list">
                ${this.errors.map(
                  (item) =>
                    html`<li>
                      <a
                        part="link"
                        href=${this.hrefFor(item.control) ?? '#'}
                        @click=${(event: MouseEvent) => this.handleLinkClick(event, item.control)}
                        >${item.label ? `${item.label}${msg.summaryLabelSeparator}` : nothing}${item.message}</a
                      >
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </div>`;
  }
}
