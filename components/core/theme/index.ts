/** gu-kit theming: `--gu-*` tokens, presets and the base styles every element adopts. */
export { TOKEN_DEFAULTS, type TokenName, type ThemeTokens } from './tokens.js';
export { THEMES, THEME_NAMES, applyTheme, themeToCss, type ThemeName } from './presets.js';
export { baseStyles, token, visuallyHidden } from './base-styles.js';
