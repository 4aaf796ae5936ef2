/**
 * Internal: the inline SVG icons of the feedback elements. Always decorative (aria-hidden) — every icon sits
 * next to text that says the same thing. Drawn with `currentColor`, so forced-colors mode recolours them.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

export type FeedbackIcon = 'neutral' | 'info' | 'success' | 'warning' | 'error' | 'progress' | 'close' | 'empty';

const paths: Record<FeedbackIcon, SVGTemplateResult> = {
  neutral: svg`<circle cx="12" cy="12" r="5" fill="currentColor" />`,
  info: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M12 11v6" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
    <circle cx="12" cy="7.5" r="1.4" fill="currentColor" />`,
  success: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M7.5 12.5l3 3 6-6.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />`,
  warning: svg`<path d="M12 3L2 20.5h20L12 3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    <path d="M12 10v5" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
    <circle cx="12" cy="17.6" r="1.3" fill="currentColor" />`,
  error: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />`,
  progress: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M12 6.5V12l3.5 2.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />`,
  close: svg`<path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />`,
  empty: svg`<rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M3 13h5l1.5 2h5L16 13h5" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />`,
};

/** An `<svg>` icon, hidden from assistive technology. */
export function feedbackIcon(name: FeedbackIcon, className = 'icon'): TemplateResult {
  return html`<svg
    class=${className}
    part="icon"
    viewBox="0 0 24 24"
    width="24"
    height="24"
    aria-hidden="true"
    focusable="false"
  >
    ${paths[name]}
  </svg>`;
}

/**
 * The close button of a dialog or an alert (its look: core/theme/looks/close-button.ts): the close icon in a button
 * named by `label`. `name` is the element's own name for it, its class and its `part` («close», «dismiss»).
 */
export function closeButtonTemplate(name: string, label: string, onClick: () => void): TemplateResult {
  return html`<button part=${name} class=${name} type="button" aria-label=${label} @click=${onClick}>
    ${feedbackIcon('close')}
  </button>`;
}
