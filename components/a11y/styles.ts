/**
 * Lit-free style sheets for the a11y elements: plain text made into constructable style sheets (adoptedStyleSheets,
 * which a strict Content-Security-Policy allows: no `<style>` element, no style attribute). Tokens are read the kit's
 * way, through core/theme's tokenVar() (the same `var(--gu-…, default)` as token()). `base` is the Lit-free twin of
 * core/theme's baseStyles: the host's font and text tokens (so the panel follows the tokens it sets), `hidden` that
 * always hides, the focus ring on `:focus-visible`, no motion when reduced motion is asked for, forced colours.
 */
import { tokenVar } from '../core/theme/token-var.js';

export const base = `:host{font-family:${tokenVar('--gu-font-family')};font-size:${tokenVar('--gu-font-size')};line-height:${tokenVar('--gu-line-height')};letter-spacing:${tokenVar('--gu-letter-spacing')};word-spacing:${tokenVar('--gu-word-spacing')};color:${tokenVar('--gu-color-text')};-webkit-text-size-adjust:100%}
:host([hidden]),[hidden]{display:none!important}
*,*::before,*::after{box-sizing:border-box}
:focus-visible{outline:${tokenVar('--gu-focus-width')} solid ${tokenVar('--gu-color-focus')};outline-offset:2px}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
button{font:inherit;letter-spacing:inherit;word-spacing:inherit;cursor:pointer}
svg{display:${tokenVar('--gu-icon-display')};flex:none;width:1.25em;height:1.25em;fill:currentColor}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation-duration:0.01ms!important;animation-iteration-count:1!important;transition-duration:0.01ms!important;scroll-behavior:auto!important}}
@media (forced-colors:active){:focus-visible{outline-color:Highlight}}`;

const sheets = new Map<string, CSSStyleSheet>();

/** An open shadow root on `host` adopting `base` and `styles` (each sheet made once per page). */
export function shadowWith(host: HTMLElement, styles: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [base, styles].map((text) => {
    let sheet = sheets.get(text);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      sheets.set(text, sheet);
    }
    return sheet;
  });
  return root;
}

/** `document.createElement` with a class, attributes and children (text or nodes): the DOM without markup strings. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
