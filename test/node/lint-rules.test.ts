// The lint must reject HTML injection sinks, eval and wildcard postMessage in shipped code (requirement 32).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'components/core/lint-probe.ts' });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const forbidden: [string, string][] = [
  ['unsafeHTML import', "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const x = unsafeHTML;"],
  ['unsafeSVG import', "import { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nexport const x = unsafeSVG;"],
  ['unsafeStatic import', "import { unsafeStatic } from 'lit/static-html.js';\nexport const x = unsafeStatic;"],
  ['innerHTML assignment', "document.body.innerHTML = '<b>x</b>';"],
  ['outerHTML assignment', "document.body.outerHTML = '<b>x</b>';"],
  ['insertAdjacentHTML', "document.body.insertAdjacentHTML('beforeend', '<b>x</b>');"],
  ['style attribute', "document.body.setAttribute('style', 'color: red');"],
  ['eval', "eval('1');"],
  ['new Function', "export const f = new Function('return 1');"],
  ['string timer', "setTimeout('alert(1)', 1);"],
  ['wildcard postMessage', "window.parent.postMessage({ a: 1 }, '*');"],
];

for (const [name, code] of forbidden) {
  test(`lint forbids ${name}`, async () => {
    const ids = await ruleIdsFor(code);
    assert.ok(
      ids.some((id) => id === 'no-restricted-syntax' || id === 'no-restricted-imports'),
      `expected a restriction error, got ${JSON.stringify(ids)}`,
    );
  });
}

test('lint accepts the safe equivalents', async () => {
  const ids = await ruleIdsFor(
    "document.body.textContent = 'text';\nsetTimeout(() => undefined, 1);\nwindow.parent.postMessage({ a: 1 }, 'https://portal.example');\n",
  );
  assert.deepEqual(ids, []);
});
