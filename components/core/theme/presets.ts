import type { ThemeTokens } from './tokens.js';

/**
 * Theme presets. `default` is the federal look; `severny` and `yuzhny` are two fictional regional portals
 * (different brand colour, font stack and radius); `dark` and `high-contrast` serve user needs.
 * Every preset keeps text and controls at WCAG AA contrast (checked by axe in test/core/theme).
 */
export const THEMES = {
  default: {},
  severny: {
    '--gu-color-primary': '#1f4e79',
    '--gu-color-primary-hover': '#163a5a',
    '--gu-color-focus': '#1f4e79',
    '--gu-color-info': '#1f4e79',
    '--gu-font-family': "'PT Sans', 'Segoe UI', Roboto, sans-serif",
    '--gu-radius': '2px',
  },
  yuzhny: {
    '--gu-color-primary': '#8a2a0a',
    '--gu-color-primary-hover': '#6b2008',
    '--gu-color-focus': '#8a2a0a',
    '--gu-color-info': '#8a2a0a',
    '--gu-color-info-surface': '#fbefe9',
    '--gu-color-surface': '#fbf7f2',
    '--gu-font-family': "Georgia, 'PT Serif', 'Times New Roman', serif",
    '--gu-radius': '16px',
  },
  dark: {
    '--gu-color-primary': '#8ab4ff',
    '--gu-color-primary-hover': '#b3ceff',
    '--gu-color-on-primary': '#0b1220',
    '--gu-color-text': '#e8edf3',
    '--gu-color-text-muted': '#b5c0cc',
    '--gu-color-background': '#121820',
    '--gu-color-surface': '#1b2430',
    '--gu-color-border': '#8795a5',
    '--gu-color-divider': '#33404f',
    '--gu-color-focus': '#ffd166',
    '--gu-color-error': '#ff9aa6',
    '--gu-color-error-surface': '#3a1a20',
    '--gu-color-success': '#7fdc9c',
    '--gu-color-success-surface': '#15301f',
    '--gu-color-warning': '#ffcf70',
    '--gu-color-warning-surface': '#33270f',
    '--gu-color-info': '#8ab4ff',
    '--gu-color-info-surface': '#182a48',
  },
  'high-contrast': {
    '--gu-color-primary': '#000000',
    '--gu-color-primary-hover': '#1a1a1a',
    '--gu-color-on-primary': '#ffffff',
    '--gu-color-text': '#000000',
    '--gu-color-text-muted': '#1a1a1a',
    '--gu-color-background': '#ffffff',
    '--gu-color-surface': '#ffffff',
    '--gu-color-border': '#000000',
    '--gu-color-divider': '#000000',
    '--gu-color-focus': '#0000cc',
    '--gu-color-error': '#a00000',
    '--gu-color-error-surface': '#ffffff',
    '--gu-color-success': '#005000',
    '--gu-color-success-surface': '#ffffff',
    '--gu-color-warning': '#5c3a00',
    '--gu-color-warning-surface': '#ffffff',
    '--gu-color-info': '#00008b',
    '--gu-color-info-surface': '#ffffff',
    '--gu-focus-width': '4px',
  },
} satisfies Record<string, ThemeTokens>;

export type ThemeName = keyof typeof THEMES;
export const THEME_NAMES = Object.keys(THEMES) as ThemeName[];

/**
 * Applies a preset to an element (and so to every widget inside it) through the CSSOM, which a strict
 * Content-Security-Policy allows. Tokens of the previous preset are removed first.
 */
export function applyTheme(target: HTMLElement, name: ThemeName): void {
  for (const preset of Object.values(THEMES)) {
    for (const token of Object.keys(preset)) target.style.removeProperty(token);
  }
  for (const [token, value] of Object.entries(THEMES[name])) target.style.setProperty(token, value);
  target.dataset['guTheme'] = name;
}

/** A preset as CSS text for a portal's stylesheet: `themeToCss('severny', ':root')`. */
export function themeToCss(name: ThemeName, selector = ':root'): string {
  const body = Object.entries(THEMES[name])
    .map(([token, value]) => `  ${token}: ${value};`)
    .join('\n');
  return `${selector} {\n${body}\n}\n`;
}
