/**
 * A portal page's theme preset (its brand: `severny`, `yuzhny`; the dev toolbar's choice) as a `:root` rule in an
 * adopted stylesheet — a strict Content-Security-Policy allows it — instead of tokens on the document element's own
 * style. The low-vision choice (<gu-a11y-toggle>, <gu-a11y-panel>: components/a11y/preferences.ts) sets its tokens on
 * the document element's style, so it wins over the brand, and neither removes the other's tokens when it changes.
 */
import { themeToCss, type ThemeName } from '../../components/core/theme/index.js';

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Sets the page's theme preset (replacing the previous one); `data-gu-theme` on the document element names it. */
export function setPageTheme(name: ThemeName, doc: Document = document): void {
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheets.set(doc, sheet);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(themeToCss(name, ':root'));
  doc.documentElement.dataset['guTheme'] = name;
}
