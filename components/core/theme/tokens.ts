/**
 * The design tokens of gu-kit: every `--gu-*` custom property a widget reads, with its default. A portal themes
 * every widget by setting these custom properties on any ancestor (or `:root`). Styles read a token only through
 * `token('--gu-…')` (core/theme/base-styles.ts), which writes `var(--gu-…, default)` with the default from this
 * table — never a literal `var(--gu-…, …)` (test/node/tokens.test.ts checks both, and that every name used is here).
 */
const GLOBAL_TOKENS = {
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
  '--gu-radius': '8px',
  '--gu-space': '8px',
  '--gu-control-height': '48px',
  '--gu-focus-width': '3px',
} as const;

/** An element token that falls back to a global one (`var(` the global token `,` its default `)`). */
const fallsBackTo = (name: keyof typeof GLOBAL_TOKENS) => `var(${name}, ${GLOBAL_TOKENS[name]})`;

/**
 * Tokens of one element or widget (documented with `@cssprop` on it): most fall back to a global token, so a portal
 * that sets only the global ones themes them too.
 */
const ELEMENT_TOKENS = {
  '--gu-alert-radius': fallsBackTo('--gu-radius'),
  '--gu-button-background': fallsBackTo('--gu-color-primary'),
  '--gu-button-color': fallsBackTo('--gu-color-on-primary'),
  '--gu-button-radius': fallsBackTo('--gu-radius'),
  '--gu-dialog-backdrop': 'rgb(11 31 51 / 0.6)',
  '--gu-dialog-width': '36rem',
  '--gu-error-summary-color': fallsBackTo('--gu-color-error'),
  '--gu-field-background': fallsBackTo('--gu-color-background'),
  '--gu-field-border-color': fallsBackTo('--gu-color-border'),
  '--gu-field-error-color': fallsBackTo('--gu-color-error'),
  '--gu-field-height': fallsBackTo('--gu-control-height'),
  '--gu-field-hint-color': fallsBackTo('--gu-color-text-muted'),
  '--gu-field-radius': fallsBackTo('--gu-radius'),
  '--gu-loading-state-size': '32px',
  '--gu-login-control-height': fallsBackTo('--gu-control-height'),
  '--gu-login-width': '32rem',
  '--gu-status-badge-radius': '999px',
} as const;

export const TOKEN_DEFAULTS: Readonly<Record<keyof typeof GLOBAL_TOKENS | keyof typeof ELEMENT_TOKENS, string>> = {
  ...GLOBAL_TOKENS,
  ...ELEMENT_TOKENS,
};

export type TokenName = keyof typeof TOKEN_DEFAULTS;
/** The tokens a theme preset sets: the global ones (element tokens follow them). */
export type ThemeTokens = Partial<Record<keyof typeof GLOBAL_TOKENS, string>>;
