/**
 * The design tokens of gu-kit: every `--gu-*` custom property a widget reads, with its default. A portal themes
 * every widget by setting these custom properties on any ancestor (or `:root`). Styles read a token only through
 * `token('--gu-…')` (core/theme/base-styles.ts), which writes `var(--gu-…, default)` with the default from this
 * table — never a literal `var(--gu-…, …)` (test/node/tokens.test.ts checks both, and that every name used is here).
 */
// One plain object literal (no calls, no spread), so a build that writes token() out drops the table.
export const TOKEN_DEFAULTS = {
  '--gu-color-primary': '#0d4cd3',
  '--gu-color-primary-hover': '#0a3aa3',
  '--gu-color-on-primary': '#ffffff',
  '--gu-color-text': '#0b1f33',
  '--gu-color-text-muted': '#4a5868',
  '--gu-color-background': '#ffffff',
  '--gu-color-surface': '#f5f7fa',
  '--gu-color-border': '#6b7886',
  '--gu-color-divider': '#d6dce3',
  '--gu-color-focus': '#0d4cd3',
  '--gu-color-error': '#b3001b',
  '--gu-color-error-surface': '#fdecee',
  '--gu-color-success': '#0b6b2e',
  '--gu-color-success-surface': '#e8f5ec',
  '--gu-color-warning': '#7a4a00',
  '--gu-color-warning-surface': '#fff4e0',
  '--gu-color-info': '#0d4cd3',
  '--gu-color-info-surface': '#eaf0fd',
  '--gu-font-family': "Lato, 'Helvetica Neue', Arial, sans-serif",
  '--gu-font-size': '1rem',
  '--gu-line-height': '1.5',
  // Text spacing (WCAG 1.4.12): «Версия для слабовидящих» sets them for the portal's CSS, and sets letter-spacing and
  // word-spacing themselves on the document, which every widget inherits (no widget sets them).
  '--gu-letter-spacing': 'normal',
  '--gu-word-spacing': 'normal',
  '--gu-radius': '8px',
  '--gu-space': '8px',
  '--gu-control-height': '48px',
  '--gu-focus-width': '3px',
  // Images (components/a11y sets the first three to `none` and the last to `block` when the citizen turns images off):
  // decorative icons, decorative illustrations, information images (a QR code), and the text that replaces them.
  '--gu-icon-display': 'inline-flex',
  '--gu-illustration-display': 'block',
  '--gu-image-display': 'block',
  '--gu-image-text-display': 'none',
  // Tokens of one element or widget (documented with `@cssprop` on it): most fall back to a global token, so a portal
  // that sets only the global ones themes them too. The fallback carries the global token's default from above
  // (test/node/tokens.test.ts checks it).
  '--gu-alert-radius': 'var(--gu-radius, 8px)',
  '--gu-button-background': 'var(--gu-color-primary, #0d4cd3)',
  '--gu-button-color': 'var(--gu-color-on-primary, #ffffff)',
  '--gu-button-radius': 'var(--gu-radius, 8px)',
  '--gu-dialog-backdrop': 'rgb(11 31 51 / 0.6)',
  '--gu-dialog-width': '36rem',
  '--gu-error-summary-color': 'var(--gu-color-error, #b3001b)',
  '--gu-field-background': 'var(--gu-color-background, #ffffff)',
  '--gu-field-border-color': 'var(--gu-color-border, #6b7886)',
  '--gu-field-error-color': 'var(--gu-color-error, #b3001b)',
  '--gu-field-height': 'var(--gu-control-height, 48px)',
  '--gu-field-hint-color': 'var(--gu-color-text-muted, #4a5868)',
  '--gu-field-radius': 'var(--gu-radius, 8px)',
  '--gu-loading-state-size': '32px',
  '--gu-login-control-height': 'var(--gu-control-height, 48px)',
  '--gu-login-width': '32rem',
  '--gu-status-badge-radius': '999px',
} as const;

export type TokenName = keyof typeof TOKEN_DEFAULTS;
export type ThemeTokens = Partial<Record<TokenName, string>>;
