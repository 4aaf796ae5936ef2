/**
 * The low-vision version's colour schemes (components/a11y/preferences.ts, issue 17): every scheme's text and controls
 * at WCAG AA, computed from the tokens — text, muted text and statuses ≥ 4.5:1 on the surfaces they are drawn on, the
 * border and the focus ring ≥ 3:1 against the background (WCAG 1.4.11); tokensFor() with the system's preferences;
 * parsePreferences() on junk never throws.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  LARGEST,
  NORMAL,
  parsePreferences,
  SCHEME_TOKENS,
  SCHEMES,
  tokensFor,
  type A11yPreferences,
} from '../../components/a11y/preferences.js';
import { tokenVar } from '../../components/core/theme/token-var.js';
import { token } from '../../components/core/theme/base-styles.js';
import { THEMES } from '../../components/core/theme/presets.js';
import { TOKEN_DEFAULTS, type TokenName } from '../../components/core/theme/tokens.js';

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  assert.ok(match, `${hex} is not #rrggbb`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

type Color = Extract<TokenName, `--gu-color-${string}`>;
/** [foreground, background, minimum ratio] */
const PAIRS: [Color, Color, number][] = [
  ['--gu-color-text', '--gu-color-background', 4.5],
  ['--gu-color-text', '--gu-color-surface', 4.5],
  ['--gu-color-text-muted', '--gu-color-background', 4.5],
  ['--gu-color-text-muted', '--gu-color-surface', 4.5],
  ['--gu-color-primary', '--gu-color-background', 4.5],
  ['--gu-color-primary', '--gu-color-surface', 4.5],
  ['--gu-color-on-primary', '--gu-color-primary', 4.5],
  ['--gu-color-on-primary', '--gu-color-primary-hover', 4.5],
  ...(['error', 'success', 'warning', 'info'] as const).flatMap((status): [Color, Color, number][] => [
    [`--gu-color-${status}`, `--gu-color-${status}-surface`, 4.5],
    [`--gu-color-${status}`, '--gu-color-background', 4.5],
    ['--gu-color-text', `--gu-color-${status}-surface`, 4.5],
  ]),
  ['--gu-color-border', '--gu-color-background', 3],
  ['--gu-color-focus', '--gu-color-background', 3],
  ['--gu-color-focus', '--gu-color-surface', 3],
];

for (const scheme of SCHEMES) {
  test(`the «${scheme}» scheme: text, controls and statuses at AA, borders and focus at 3:1`, () => {
    const tokens = {
      ...TOKEN_DEFAULTS,
      ...tokensFor({ ...NORMAL, scheme }, { dark: false, moreContrast: false, forcedColors: false }),
    };
    const failing = PAIRS.flatMap(([fg, bg, min]) => {
      const ratio = contrast(tokens[fg], tokens[bg]);
      return ratio >= min ? [] : [`${fg} ${tokens[fg]} on ${bg} ${tokens[bg]}: ${ratio.toFixed(2)} < ${min}`];
    });
    assert.deepEqual(failing, []);
  });
}

test('every scheme sets every colour token (nothing left to a default drawn for another background)', () => {
  const colors = Object.keys(TOKEN_DEFAULTS).filter((name) => /^--gu-color-/.test(name));
  for (const [scheme, tokens] of Object.entries(SCHEME_TOKENS))
    assert.deepEqual(
      colors.filter((name) => !(name in tokens)),
      [],
      scheme,
    );
});

test('tokensFor(): sizes in rem, spacing, images off', () => {
  const tokens = tokensFor(
    { ...LARGEST, scheme: 'default' },
    { dark: false, moreContrast: false, forcedColors: false },
  );
  assert.equal(tokens['--gu-font-size'], '1.5rem');
  assert.equal(tokens['--gu-letter-spacing'], '0.12em');
  assert.equal(tokens['--gu-word-spacing'], '0.16em');
  assert.equal(tokens['--gu-line-height'], '2');
  assert.equal(tokens['--gu-image-display'], 'none');
  assert.equal(tokens['--gu-image-text-display'], 'block');
  assert.deepEqual(tokensFor({ ...NORMAL }, { dark: false, moreContrast: false, forcedColors: false }), {});
});

test('tokensFor() honours the system: dark, more contrast, forced colours', () => {
  const none = { dark: false, moreContrast: false, forcedColors: false };
  // No scheme chosen: the system's dark or high-contrast preset.
  assert.deepEqual(tokensFor({ ...NORMAL }, { ...none, dark: true }), THEMES.dark);
  assert.deepEqual(tokensFor({ ...NORMAL }, { ...none, moreContrast: true }), THEMES['high-contrast']);
  assert.deepEqual(tokensFor({ ...NORMAL }, { ...none, dark: true, moreContrast: true }), THEMES['high-contrast']);
  // A chosen scheme wins over the system's dark theme.
  assert.equal(
    tokensFor({ ...NORMAL, scheme: 'brown' }, { ...none, dark: true })['--gu-color-background'],
    SCHEME_TOKENS.brown['--gu-color-background'],
  );
  // Forced colours: no colour token at all (the system's colours win), the rest still applies.
  const forced = tokensFor({ ...LARGEST, scheme: 'white-on-black' }, { ...none, forcedColors: true, dark: true });
  assert.deepEqual(
    Object.keys(forced).filter((name) => name.startsWith('--gu-color-')),
    [],
  );
  assert.equal(forced['--gu-font-size'], '1.5rem');
});

test('parsePreferences() on junk never throws and gives the normal value field by field', () => {
  const junk: (string | null)[] = [
    null,
    '',
    'not json',
    '{',
    'null',
    '42',
    '"huge"',
    '[]',
    '[1,2]',
    '{"fontSize":3}',
    '{"fontSize":"gigantic","scheme":{"x":1}}',
    '{"__proto__":{"fontSize":"huge"}}',
    JSON.stringify({ fontSize: 'huge', scheme: 'white-on-black', images: 'maybe', extra: true }),
  ];
  for (const text of junk) {
    const parsed: A11yPreferences = parsePreferences(text);
    assert.deepEqual(Object.keys(parsed).sort(), Object.keys(NORMAL).sort(), String(text));
  }
  assert.deepEqual(parsePreferences('{"fontSize":"gigantic"}'), NORMAL);
  assert.deepEqual(parsePreferences('{"__proto__":{"fontSize":"huge"}}'), NORMAL);
  assert.deepEqual(parsePreferences(JSON.stringify({ fontSize: 'huge', scheme: 'white-on-black', images: 'maybe' })), {
    ...NORMAL,
    fontSize: 'huge',
    scheme: 'white-on-black',
  });
});

test("tokenVar() (the Lit-free elements') writes what token() writes, for every token", () => {
  for (const name of Object.keys(TOKEN_DEFAULTS) as TokenName[]) assert.equal(tokenVar(name), String(token(name)));
});
