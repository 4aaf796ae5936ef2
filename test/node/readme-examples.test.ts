/**
 * README's examples are tested code (issue 18): a code block preceded by `<!-- tested: <path> -->` must be an excerpt
 * of that file — its lines, in their order, with `// …` lines standing for what the README leaves out — and the file
 * is one a test runs (a consumer project built from the tarball, a demo page an end-to-end test opens). So an example
 * that stops working fails its test, and an example edited in the README alone fails here.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../tools/packed-tarball.js';

interface Example {
  /** The README's line of the marker, for the message. */
  line: number;
  file: string;
  code: string[];
}

/** Every `<!-- tested: path -->` marker of `markdown` with the fenced block right after it. */
export function testedExamples(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const examples: Example[] = [];
  lines.forEach((text, index) => {
    const file = /^<!-- tested: (\S+) -->$/.exec(text)?.[1];
    if (!file) return;
    let start = index + 1;
    while (lines[start] === '') start += 1; // prettier puts a blank line between the marker and the block
    assert.match(lines[start] ?? '', /^```\w*$/, `README.md:${start + 1}: a code block must follow the marker`);
    const end = lines.findIndex((line, at) => at > start && line === '```');
    examples.push({ line: index + 1, file, code: lines.slice(start + 1, end) });
  });
  return examples;
}

/** Whether `code`'s lines appear in `source` in the same order (leading white space and `// …` lines aside). */
export function isExcerpt(code: string[], source: string): { ok: boolean; missing?: string } {
  const sourceLines = source.split('\n').map((line) => line.trim());
  let at = 0;
  for (const line of code.map((text) => text.trim())) {
    if (line === '' || line === '// …' || line === '<!-- … -->') continue;
    const found = sourceLines.indexOf(line, at);
    if (found < 0) return { ok: false, missing: line };
    at = found + 1;
  }
  return { ok: true };
}

test('every example of README.md marked as tested is an excerpt of the file that its test runs', () => {
  const examples = testedExamples(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
  // The issue asks for install, npm, CDN, React, Vue, Angular and single-spa examples: at least that many.
  assert.ok(examples.length >= 7, `only ${examples.length} tested examples in README.md`);
  for (const { line, file, code } of examples) {
    assert.ok(existsSync(join(repoRoot, file)), `README.md:${line}: ${file} does not exist`);
    const { ok, missing } = isExcerpt(code, readFileSync(join(repoRoot, file), 'utf8'));
    assert.ok(ok, `README.md:${line}: this line is not in ${file} (in this order): ${missing}`);
  }
});

test('the excerpt check fails on a changed line and on lines out of order', () => {
  const source = 'import a;\nimport b;\n  call(a, b);\n';
  assert.deepEqual(isExcerpt(['import a;', '// …', 'call(a, b);'], source), { ok: true });
  assert.equal(isExcerpt(['import a;', 'call(a, c);'], source).ok, false);
  assert.equal(isExcerpt(['import b;', 'import a;'], source).ok, false);
});
