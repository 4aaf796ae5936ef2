/**
 * The design tokens of gu-kit. A portal themes every widget by setting these custom properties on any
 * ancestor (or `:root`); widgets read them through `var(--gu-…, default)` in `baseStyles`.
 */
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
  '--gu-radius': '8px',
  '--gu-space': '8px',
  '--gu-control-height': '48px',
  '--gu-focus-width': '3px',
} as const;

export type TokenName = keyof typeof TOKEN_DEFAULTS;
export type ThemeTokens = Partial<Record<TokenName, string>>;
