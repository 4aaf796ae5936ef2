/**
 * No hard-coded look (issue 17): «Версия для слабовидящих» changes every widget through the `--gu-*` tokens on the
 * document (components/a11y/preferences.ts) — a colour written into a component stays when the citizen picks white on
 * black, and a font size in px or rem stays when they pick huge text (the host's `--gu-font-size` scales only `em` and
 * `%`). This reads every source under components/ (.ts and .css, as test/node/tokens.test.ts does; comments left out)
 * and fails on
 *   - a colour: a hex colour (`#fff`, `#0b1f33`), `rgb()`/`rgba()`/`hsl()`/`hsla()`, or a named colour (`white`, `red`)
 *     in a colour property or an SVG colour attribute — use a token (`${token('--gu-color-…')}`), `currentColor`, or
 *     a system colour under forced-colors;
 *   - a font size in px or rem (`font-size` or the `font` shorthand) — use `em` or `%`.
 * The token tables are the allowed places: core/theme/tokens.ts, core/theme/presets.ts and the low-vision schemes in
 * components/a11y/preferences.ts. The exceptions below are justified one by one; one that no longer matches fails
 * too, so the list stays true.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '../..');

/** Where colours and sizes are defined, not used. */
const TABLES = new Set([
  'components/core/theme/tokens.ts',
  'components/core/theme/presets.ts',
  'components/a11y/preferences.ts',
]);

interface Exception {
  file: string;
  /** The offending text exactly as reported (see `findings`). */
  found: string;
  /** How many times it occurs in the file. */
  count: number;
  reason: string;
}

const QR = 'a QR code must stay black on white (its quiet zone included) for a phone camera to read it in any scheme';
const SHADOW = 'a drop shadow (depth under a popup): decoration, no content; the popup has a border in a token';
const GRID =
  "a chart's faint grid lines (a canvas: a colour value, not CSS): guides only, the figures are in the bars and the chart's table twin; forced colours get system colours";

export const EXCEPTIONS: Exception[] = [
  { file: 'components/core/ui/qr-svg.ts', found: 'colour #fff', count: 1, reason: QR },
  { file: 'components/core/ui/qr-svg.ts', found: 'colour #000', count: 1, reason: QR },
  { file: 'components/login/parts/part.styles.ts', found: 'colour #fff', count: 2, reason: QR },
  { file: 'components/payments/parts/checkout.styles.ts', found: 'colour #fff', count: 1, reason: QR },
  { file: 'components/security/parts/two-factor.styles.ts', found: 'colour #fff', count: 1, reason: QR },
  { file: 'components/core/ui/dialog.ts', found: 'colour rgb(', count: 1, reason: SHADOW },
  { file: 'components/notifications/bell-popover.styles.ts', found: 'colour rgb(', count: 1, reason: SHADOW },
  {
    file: 'components/core/theme/looks/close-button.ts',
    found: 'colour rgb(',
    count: 1,
    reason:
      'the hover shade of a close button (a translucent tint over any surface): the button is seen by its icon, named and ringed through tokens; the shade carries nothing',
  },
  { file: 'components/application-tracker/parts/application-chart.ts', found: 'colour rgba(', count: 1, reason: GRID },
  { file: 'components/payments/parts/history-chart.ts', found: 'colour rgba(', count: 1, reason: GRID },
];

/** CSS named colours (CSS Color 4), but `transparent` and `currentColor`; system colours are allowed. */
const NAMED_COLOURS =
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown
  burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod
  darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen
  darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue
  firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew
  hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
  lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray
  lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid
  mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream
  mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen
  paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue
  saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen
  steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen`
    .split(/\s+/)
    .filter(Boolean);
const NAMED = new RegExp(`(?<![\\w-])(${NAMED_COLOURS.join('|')})(?![\\w-])`, 'gi');

/** Properties (and SVG attributes) whose value is, or holds, a colour. */
const COLOUR_PROPERTY =
  /(?<![\w-])(color|background(?:-color)?|border(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?(?:-color)?|outline(?:-color)?|fill|stroke|accent-color|caret-color|text-decoration(?:-color)?|box-shadow|text-shadow|column-rule(?:-color)?|stop-color|flood-color)\s*(?::\s*([^;{}`]*)|=\s*["']([^"']*)["'])/g;

const HEX = /(?<![\w&#])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})(?![\w-])/g;
const FUNCTION_COLOUR = /(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/g;
const FONT_SIZE = /(?<![\w-])(font-size|font)\s*:\s*([^;{}`]*)/g;
const PX_OR_REM = /(?<![\w.-])\d*\.?\d+(?:px|rem)(?![\w-])/g;

/** The source without comments (keeps line numbers: a comment's lines become empty lines). */
export function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:\\'"`])\/\/[^\n]*/g, (_all, before: string) => before);
}

/** What one source hard-codes: `[line, 'colour #fff' | 'colour rgb(' | 'colour white' | 'font size 14px']`. */
export function findings(source: string): Array<[number, string]> {
  const text = withoutComments(source);
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const found: Array<[number, string]> = [];
  for (const match of text.matchAll(HEX)) found.push([lineOf(match.index), `colour ${match[0]}`]);
  for (const match of text.matchAll(FUNCTION_COLOUR)) found.push([lineOf(match.index), `colour ${match[0]}`]);
  for (const match of text.matchAll(COLOUR_PROPERTY)) {
    const value = match[2] ?? match[3] ?? '';
    // A custom property or a token's name is not a colour.
    for (const named of value.replace(/--[\w-]+/g, '').matchAll(NAMED))
      found.push([lineOf(match.index), `colour ${named[0]}`]);
  }
  for (const match of text.matchAll(FONT_SIZE)) {
    for (const size of match[2]!.matchAll(PX_OR_REM)) found.push([lineOf(match.index), `font size ${size[0]}`]);
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** Every .ts and .css file under components/ but the tables, with its text. */
function sources(dir = join(root, 'components')): { file: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    const file = relative(root, path);
    return /\.(ts|css)$/.test(name) && !TABLES.has(file) ? [{ file, text: readFileSync(path, 'utf8') }] : [];
  });
}

test('the check finds what it must (and not what it must not)', () => {
  const found = (css: string) => findings(css).map(([, what]) => what);
  assert.deepEqual(found('a { color: #fff; background: rgb(0 0 0 / 0.5); }'), ['colour #fff', 'colour rgb(']);
  assert.deepEqual(found('a { border: 1px solid white; fill: currentColor; }'), ['colour white']);
  assert.deepEqual(found('<rect fill="black"></rect>'), ['colour black']);
  assert.deepEqual(found('h2 { font-size: 1.5rem; } p { font: 700 14px/1.5 serif; }'), [
    'font size 1.5rem',
    'font size 14px',
  ]);
  // Tokens, em, %, system colours, custom properties, comments and ids are fine.
  assert.deepEqual(
    found(`a { color: \${token('--gu-color-text')}; font-size: 0.875em; font-size: 120%; --tone: x; }
      @media (forced-colors: active) { a { color: CanvasText; border-color: ButtonText; background: transparent; } }
      /* #fff 14px */ // issue #123, font-size: 2rem
      a.gray-note { width: 12rem; } <a href="#main">`),
    [],
  );
});

test('no component hard-codes a colour or a px/rem font size (tokens, em, %)', () => {
  const problems: string[] = [];
  const unused = new Set(EXCEPTIONS);
  for (const { file, text } of sources()) {
    const counts = new Map<string, number[]>();
    for (const [line, what] of findings(text)) counts.set(what, [...(counts.get(what) ?? []), line]);
    for (const [what, lines] of counts) {
      const exception = EXCEPTIONS.find((each) => each.file === file && each.found === what);
      if (exception) {
        unused.delete(exception);
        if (lines.length === exception.count) continue;
        problems.push(
          `${file}: ${what} ${lines.length} times, the exception allows ${exception.count} (lines ${lines})`,
        );
        continue;
      }
      for (const line of lines) problems.push(`${file}:${line}  ${what}`);
    }
  }
  for (const stale of unused) problems.push(`${stale.file}: the exception for «${stale.found}» matches nothing`);
  assert.deepEqual(
    problems,
    [],
    `hard-coded look (use a --gu-* token through token(), em or %; or justify an exception in this test):\n  ${problems.join('\n  ')}`,
  );
});
