/**
 * Tokens one way (issue 13): styles read a `--gu-*` token only through core/theme's `token()`, whose default comes
 * from TOKEN_DEFAULTS. Literal `var(--gu-…, default)` drifted (`--gu-radius` 4px in one widget and 8px in the table, a
 * warning colour that differed), and a misspelt name silently falls back to its default. This reads every style
 * source under components/ (.ts and .css) and checks:
 *   (a) no `var(--gu-…)` is written by hand — with or without a default, it is `token('--gu-…')`;
 *   (b) what `token()` writes is `var(name, TOKEN_DEFAULTS[name])`, and an element token's default that falls back to
 *       a global token carries that token's own default (the table agrees with itself);
 *   (c) every `--gu-*` name used anywhere under components/ is in TOKEN_DEFAULTS.
 * The browser side (what the elements really compute with no token set) is test/core/theme/tokens.test.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { token } from '../../components/core/theme/base-styles.js';
import { TOKEN_DEFAULTS, type TokenName } from '../../components/core/theme/tokens.js';

const root = join(import.meta.dirname, '../..');

/** The table itself: the one place a default is written (an element token's default may be `var(--gu-global, …)`). */
const TABLE = 'components/core/theme/tokens.ts';

/** Every .ts and .css file under components/ but the table, with its text. */
function styleSources(dir = join(root, 'components')): { file: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return styleSources(path);
    const file = relative(root, path);
    return /\.(ts|css)$/.test(name) && file !== TABLE ? [{ file, text: readFileSync(path, 'utf8') }] : [];
  });
}

/** `file:line  text` of every line matching `pattern` (global), one entry per match. */
function occurrences(pattern: RegExp, map: (match: RegExpExecArray) => string | undefined = (m) => m[0]): string[] {
  const found: string[] = [];
  for (const { file, text } of styleSources()) {
    for (const match of text.matchAll(pattern)) {
      const what = map(match);
      if (what === undefined) continue;
      const line = text.slice(0, match.index).split('\n').length;
      found.push(`${file}:${line}  ${what}`);
    }
  }
  return found;
}

test('(a) no hand-written var(--gu-…): every token is read through token()', () => {
  const literal = occurrences(/var\(\s*--gu-[\w-]+[^)]*\)?/g);
  assert.deepEqual(
    literal,
    [],
    `write \${token('--gu-…')} (core/theme) instead of these ${literal.length} literal var(--gu-…):\n  ${literal.join('\n  ')}`,
  );
});

test('(b) token() writes var(name, TOKEN_DEFAULTS[name]); fallbacks inside the table carry their own defaults', () => {
  for (const [name, value] of Object.entries(TOKEN_DEFAULTS)) {
    assert.equal(String(token(name as TokenName)), `var(${name}, ${value})`, name);
    for (const inner of value.matchAll(/var\((--gu-[\w-]+), ([^)]*)\)/g)) {
      const [, fallbackName, fallbackValue] = inner;
      assert.ok(fallbackName! in TOKEN_DEFAULTS, `${name} falls back to ${fallbackName}, which is not in the table`);
      assert.equal(
        fallbackValue,
        TOKEN_DEFAULTS[fallbackName as TokenName],
        `${name} falls back to ${fallbackName} with a default of its own`,
      );
    }
  }
});

test('(c) every --gu-* name used under components/ is in TOKEN_DEFAULTS', () => {
  const unknown = occurrences(/--gu-[a-z0-9-]*[a-z0-9]/g, (match) =>
    match[0] in TOKEN_DEFAULTS ? undefined : match[0],
  );
  assert.deepEqual(
    unknown,
    [],
    `not in core/theme/tokens.ts (misspelt? add it with its default):\n  ${unknown.join('\n  ')}`,
  );
});
