/**
 * The kit build writes the Lit-free elements' `tokenVar('--gu-…')` calls out as string literals (build/
 * compact-templates.ts), so the tokens' table stays out of <gu-a11y-toggle>'s 3 KB (issue 17).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactTemplates } from '../../build/compact-templates.js';

type Handler = (code: string, id: string) => { code: string } | null;
const handler = (compactTemplates().transform as { handler: Handler }).handler;

test('tokenVar() calls become the text they make; other calls and other modules are left alone', () => {
  const code = [
    "import { tokenVar as tv } from '../core/theme/token-var.js';",
    "const a = `color:${tv('--gu-color-text')}`;",
    'const b = tv(name);',
    "const c = tv('--gu-not-a-token');",
  ].join('\n');
  const out = handler(code, '/repo/components/a11y/x.ts')!.code;
  assert.match(out, /`color:\$\{"var\(--gu-color-text, #0b1f33\)"\}`/);
  assert.match(out, /tv\(name\)/);
  assert.match(out, /tv\('--gu-not-a-token'\)/);
  assert.equal(handler(code, '/repo/node_modules/x/y.ts'), null);
  // Without the import, a function of the same name is someone else's.
  assert.equal(handler("const tokenVar = (x) => x; tokenVar('--gu-color-text');", '/repo/components/a.ts'), null);
});
