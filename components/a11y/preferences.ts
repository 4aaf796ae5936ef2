/**
 * «Версия для слабовидящих»: what the citizen chose, kept in localStorage (not personal data; nothing else is
 * stored) and applied as `--gu-*` tokens on the document element, so every gu-* widget and the portal's own CSS follow
 * it — no widget knows the panel exists. Lit-free: the toggle (≤ 3 KB) applies a stored choice on every page.
 *
 * Tokens it sets (documented for the portal's CSS in components/a11y/README.md): `--gu-font-size`,
 * `--gu-font-family`, `--gu-line-height`, `--gu-letter-spacing`, `--gu-word-spacing`, every colour token
 * (`--gu-color-primary` … `--gu-color-info-surface`), `--gu-focus-width`, and with images off `--gu-icon-display`, `--gu-illustration-display`, `--gu-image-display`
 * (all `none`) and `--gu-image-text-display` (`block`: an information image's text shown in its place). The
 * document element also gets `data-gu-a11y` (the scheme, or `on`) and `data-gu-images="off"` for selectors.
 *
 * The system is honoured, not fought: with no scheme chosen, `prefers-color-scheme: dark` gives the kit's dark preset
 * and `prefers-contrast: more` its high-contrast preset; under `forced-colors: active` no colour token is set (the
 * system's colours win anyway); font sizes are rem, so browser zoom multiplies them.
 */
import { THEMES } from '../core/theme/presets.js';
import type { ThemeTokens } from '../core/theme/tokens.js';

export const FONT_SIZES = ['normal', 'large', 'huge'] as const;
export const FONT_FAMILIES = ['sans', 'serif'] as const;
export const SCHEMES = ['default', 'black-on-white', 'white-on-black', 'blue', 'brown'] as const;
export const SPACINGS = ['normal', 'medium', 'large'] as const;
export const IMAGES = ['on', 'off'] as const;

export type FontSize = (typeof FONT_SIZES)[number];
export type FontFamily = (typeof FONT_FAMILIES)[number];
export type Scheme = (typeof SCHEMES)[number];
export type Spacing = (typeof SPACINGS)[number];
export type Images = (typeof IMAGES)[number];

export interface A11yPreferences {
  fontSize: FontSize;
  fontFamily: FontFamily;
  scheme: Scheme;
  letterSpacing: Spacing;
  lineSpacing: Spacing;
  images: Images;
}

/** «Обычная версия»: nothing changed, the portal's own look (and the system's, see above). */
export const NORMAL: Readonly<A11yPreferences> = {
  fontSize: 'normal',
  fontFamily: 'sans',
  scheme: 'default',
  letterSpacing: 'normal',
  lineSpacing: 'normal',
  images: 'on',
};

/** The largest of everything: what the kit must hold at 320 px (test/helpers/holds.ts). */
export const LARGEST: Readonly<Omit<A11yPreferences, 'scheme'>> = {
  fontSize: 'huge',
  fontFamily: 'sans',
  letterSpacing: 'large',
  lineSpacing: 'large',
  images: 'off',
};

export const STORAGE_KEY = 'gu-a11y';

/** rem, so the browser's zoom and its default font size still multiply them. */
const FONT_SIZE_TOKENS: Record<FontSize, string | undefined> = {
  normal: undefined,
  large: '1.25rem',
  huge: '1.5rem',
};
const FONT_FAMILY_TOKENS: Record<FontFamily, string | undefined> = {
  sans: undefined,
  serif: "'PT Serif', Georgia, 'Times New Roman', serif",
};
/** The large steps are WCAG 1.4.12's text spacing (letter 0.12em, word 0.16em; line height is 2 × 1.5 at most). */
const LETTER_SPACING_TOKENS: Record<Spacing, [string, string] | undefined> = {
  normal: undefined,
  medium: ['0.06em', '0.08em'],
  large: ['0.12em', '0.16em'],
};
const LINE_HEIGHT_TOKENS: Record<Spacing, string | undefined> = {
  normal: undefined,
  medium: '1.8',
  large: '2',
};

/**
 * The colour schemes (ГОСТ Р 52872-2019 practice): text, controls and statuses at WCAG AA on their surfaces
 * (test/node/a11y-schemes.test.ts computes every pair), a thicker focus ring.
 */
export const SCHEME_TOKENS: Record<Exclude<Scheme, 'default'>, ThemeTokens> = {
  'black-on-white': {
    ...THEMES['high-contrast'],
    '--gu-color-focus': '#000000',
  },
  'white-on-black': {
    '--gu-color-primary': '#ffffff',
    '--gu-color-primary-hover': '#e0e0e0',
    '--gu-color-on-primary': '#000000',
    '--gu-color-text': '#ffffff',
    '--gu-color-text-muted': '#e6e6e6',
    '--gu-color-background': '#000000',
    '--gu-color-surface': '#000000',
    '--gu-color-border': '#ffffff',
    '--gu-color-divider': '#ffffff',
    '--gu-color-focus': '#ffff00',
    '--gu-color-error': '#ff9a9a',
    '--gu-color-error-surface': '#000000',
    '--gu-color-success': '#8fe89f',
    '--gu-color-success-surface': '#000000',
    '--gu-color-warning': '#ffd166',
    '--gu-color-warning-surface': '#000000',
    '--gu-color-info': '#a8c8ff',
    '--gu-color-info-surface': '#000000',
    '--gu-focus-width': '4px',
  },
  blue: {
    '--gu-color-primary': '#063462',
    '--gu-color-primary-hover': '#021d38',
    '--gu-color-on-primary': '#ffffff',
    '--gu-color-text': '#063462',
    '--gu-color-text-muted': '#063462',
    '--gu-color-background': '#9dd1ff',
    '--gu-color-surface': '#bfe1ff',
    '--gu-color-border': '#063462',
    '--gu-color-divider': '#063462',
    '--gu-color-focus': '#063462',
    '--gu-color-error': '#6e0012',
    '--gu-color-error-surface': '#bfe1ff',
    '--gu-color-success': '#003d17',
    '--gu-color-success-surface': '#bfe1ff',
    '--gu-color-warning': '#452a00',
    '--gu-color-warning-surface': '#bfe1ff',
    '--gu-color-info': '#063462',
    '--gu-color-info-surface': '#bfe1ff',
    '--gu-focus-width': '4px',
  },
  brown: {
    '--gu-color-primary': '#4d4b43',
    '--gu-color-primary-hover': '#2f2d28',
    '--gu-color-on-primary': '#f7f3d6',
    '--gu-color-text': '#4d4b43',
    '--gu-color-text-muted': '#4d4b43',
    '--gu-color-background': '#f7f3d6',
    '--gu-color-surface': '#fffbe6',
    '--gu-color-border': '#4d4b43',
    '--gu-color-divider': '#4d4b43',
    '--gu-color-focus': '#4d4b43',
    '--gu-color-error': '#8b0000',
    '--gu-color-error-surface': '#fffbe6',
    '--gu-color-success': '#1e5a1e',
    '--gu-color-success-surface': '#fffbe6',
    '--gu-color-warning': '#5c3a00',
    '--gu-color-warning-surface': '#fffbe6',
    '--gu-color-info': '#1f3f77',
    '--gu-color-info-surface': '#fffbe6',
    '--gu-focus-width': '4px',
  },
};

/** With images off: decorative icons and illustrations go, an information image gives way to its text. */
const IMAGES_OFF_TOKENS = {
  '--gu-icon-display': 'none',
  '--gu-illustration-display': 'none',
  '--gu-image-display': 'none',
  '--gu-image-text-display': 'block',
} as const;

/** What the system asks for, as media queries report it. */
export interface SystemPreferences {
  dark: boolean;
  moreContrast: boolean;
  forcedColors: boolean;
}

export function systemPreferences(): SystemPreferences {
  const matches = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;
  return {
    dark: matches('(prefers-color-scheme: dark)'),
    moreContrast: matches('(prefers-contrast: more)'),
    forcedColors: matches('(forced-colors: active)'),
  };
}

/** Every token name this module may set (so that applying a choice first removes the previous one's). */
export const A11Y_TOKEN_NAMES: readonly string[] = [
  ...new Set([
    '--gu-font-size',
    '--gu-font-family',
    '--gu-line-height',
    '--gu-letter-spacing',
    '--gu-word-spacing',
    ...Object.keys(IMAGES_OFF_TOKENS),
    ...Object.values(SCHEME_TOKENS).flatMap((tokens) => Object.keys(tokens)),
    ...Object.keys(THEMES.dark),
    ...Object.keys(THEMES['high-contrast']),
  ]),
];

/** The tokens a choice sets on the document, given what the system asks for. */
export function tokensFor(
  preferences: A11yPreferences,
  system: SystemPreferences = systemPreferences(),
): Record<string, string> {
  const tokens: Record<string, string | undefined> = {};
  if (!system.forcedColors) {
    if (preferences.scheme !== 'default') Object.assign(tokens, SCHEME_TOKENS[preferences.scheme]);
    else if (system.moreContrast) Object.assign(tokens, THEMES['high-contrast']);
    else if (system.dark) Object.assign(tokens, THEMES.dark);
  }
  tokens['--gu-font-size'] = FONT_SIZE_TOKENS[preferences.fontSize];
  tokens['--gu-font-family'] = FONT_FAMILY_TOKENS[preferences.fontFamily];
  tokens['--gu-line-height'] = LINE_HEIGHT_TOKENS[preferences.lineSpacing];
  const spacing = LETTER_SPACING_TOKENS[preferences.letterSpacing];
  tokens['--gu-letter-spacing'] = spacing?.[0];
  tokens['--gu-word-spacing'] = spacing?.[1];
  if (preferences.images === 'off') Object.assign(tokens, IMAGES_OFF_TOKENS);
  return Object.fromEntries(Object.entries(tokens).filter((entry): entry is [string, string] => !!entry[1]));
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** A stored value read back, field by field: anything unknown or broken is the normal value (never a crash). */
export function parsePreferences(text: string | null): A11yPreferences {
  let stored: Record<string, unknown> = {};
  try {
    const value: unknown = text ? JSON.parse(text) : {};
    if (value && typeof value === 'object') stored = value as Record<string, unknown>;
  } catch {
    // a broken value is the normal version
  }
  return {
    fontSize: isOneOf(FONT_SIZES, stored['fontSize']) ? stored['fontSize'] : NORMAL.fontSize,
    fontFamily: isOneOf(FONT_FAMILIES, stored['fontFamily']) ? stored['fontFamily'] : NORMAL.fontFamily,
    scheme: isOneOf(SCHEMES, stored['scheme']) ? stored['scheme'] : NORMAL.scheme,
    letterSpacing: isOneOf(SPACINGS, stored['letterSpacing']) ? stored['letterSpacing'] : NORMAL.letterSpacing,
    lineSpacing: isOneOf(SPACINGS, stored['lineSpacing']) ? stored['lineSpacing'] : NORMAL.lineSpacing,
    images: isOneOf(IMAGES, stored['images']) ? stored['images'] : NORMAL.images,
  };
}

export const isNormal = (preferences: A11yPreferences): boolean =>
  (Object.keys(NORMAL) as (keyof A11yPreferences)[]).every((key) => preferences[key] === NORMAL[key]);

/** The stored choice (storage blocked or empty: the normal version). */
export function readPreferences(): A11yPreferences {
  try {
    return parsePreferences(localStorage.getItem(STORAGE_KEY));
  } catch {
    return { ...NORMAL };
  }
}

/** Stores a choice (the normal version removes the key); false when the browser refuses storage. */
export function storePreferences(preferences: A11yPreferences): boolean {
  try {
    if (isNormal(preferences)) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences));
    return true;
  } catch {
    return false;
  }
}

/**
 * Sets a choice's tokens on `target` (the document element by default) through the CSSOM, which a strict
 * Content-Security-Policy allows, after removing every token a previous choice set.
 */
export function applyPreferences(
  preferences: A11yPreferences,
  target: HTMLElement = document.documentElement,
  system: SystemPreferences = systemPreferences(),
): void {
  for (const name of A11Y_TOKEN_NAMES) target.style.removeProperty(name);
  const tokens = tokensFor(preferences, system);
  for (const [name, value] of Object.entries(tokens)) target.style.setProperty(name, value);
  // Letter and word spacing are inherited, through every shadow root, from the target itself: no widget sets them, so
  // a citizen's own text-spacing style sheet (WCAG 1.4.12) reaches them just the same.
  target.style.letterSpacing = tokens['--gu-letter-spacing'] ?? '';
  target.style.wordSpacing = tokens['--gu-word-spacing'] ?? '';
  if (isNormal(preferences)) delete target.dataset['guA11y'];
  else target.dataset['guA11y'] = preferences.scheme === 'default' ? 'on' : preferences.scheme;
  if (preferences.images === 'off') target.dataset['guImages'] = 'off';
  else delete target.dataset['guImages'];
}
