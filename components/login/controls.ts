/**
 * The controls every step of <gu-login> renders the same way (the sign-in form and the parts): the step heading at
 * `heading-level`, the submit button that says it is sending, a link-like button, and the summary's links into fields.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** A step heading (the focus target of every step change) at `level` (2–6). */
export function stepHeading(uid: string, level: number, text: string): TemplateResult {
  const clamped = Math.min(6, Math.max(2, Math.floor(level) || 2));
  return html`<div class="gu-login__heading" role="heading" aria-level=${clamped} id="${uid}-heading" tabindex="-1">
    ${text}
  </div>`;
}

/** The submit button: stays focusable while busy (aria-disabled), its name says it is sending (`busyText`). */
export function submitButton(label: string, busy: boolean, busyText: string, secondary = false): TemplateResult {
  return html`<button
    class="gu-login__button ${secondary ? 'gu-login__button--secondary' : ''}"
    type="submit"
    aria-disabled=${busy ? 'true' : 'false'}
    aria-busy=${busy ? 'true' : 'false'}
  >
    ${label}${busy ? html`<span class="gu-login__sr"> ${busyText}</span>` : nothing}
  </button>`;
}

/** A link-like button. */
export function linkButton(label: string, onClick: () => void, disabled = false): TemplateResult {
  return html`<button class="gu-login__link" type="button" ?disabled=${disabled} @click=${onClick}>${label}</button>`;
}

/** A summary link moves focus into its field (`root`: where the widget's light DOM is). */
export function focusField(root: ParentNode, event: Event, id: string): void {
  event.preventDefault();
  const input = root.querySelector<HTMLElement>(`#${id}`);
  input?.focus();
  input?.scrollIntoView?.({ block: 'center' });
}
