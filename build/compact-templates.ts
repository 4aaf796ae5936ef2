/**
 * The builds ship our Lit templates without indentation (issue 8): markup by compactHtml, style sheets by compactCss
 * after `${token('--gu-…')}` is written out as the text it makes at run time. About 0.5–0.7 KB gzip off a widget's
 * first render. Only white space that is never rendered goes, so a build renders what dev, Storybook and the tests
 * render; test/node/build-compact-templates.test.ts also checks that no style sheet of ours depends on white space
 * (`:empty`, `white-space: pre…`), where compacting would make a build differ.
 */
import { parseSync, type Plugin } from 'vite';
import * as LOOKS from '../components/core/theme/looks/index.js';
import { TOKEN_DEFAULTS } from '../components/core/theme/tokens.js';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every AST node under `value`, depth first. */
function* nodesOf(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const item of value) yield* nodesOf(item);
  else if (value && typeof value === 'object') {
    if (typeof (value as Node).type === 'string') yield value as Node;
    for (const child of Object.values(value)) if (child && typeof child === 'object') yield* nodesOf(child);
  }
}

/** Lit's template tags whose static parts are markup or style sheets. */
const TEMPLATE_TAGS = new Set(['html', 'svg', 'css']);

/**
 * The static parts of one `css` template, compacted: comments out, no white space around `{ } ; , >` or after `:`,
 * no `;` before `}` — outside quoted strings. Returns the parts unchanged when a string or a comment spans an
 * interpolation, so a compacted template always means what the source says.
 */
export function compactCss(parts: readonly string[]): string[] {
  const STRING = /('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/;
  const compacted: string[] = [];
  for (const part of parts) {
    const uncommented = part.replace(/\/\*[\s\S]*?\*\//g, '');
    // Odd pieces are whole strings; a quote or comment left open in the rest means: leave every part as it is.
    const pieces = uncommented.split(STRING);
    if (uncommented.includes('/*') || pieces.some((piece, index) => index % 2 === 0 && /['"]/.test(piece)))
      return [...parts];
    compacted.push(
      pieces
        .map((piece, index) =>
          index % 2 === 1
            ? piece
            : piece
                .replace(/\s+/g, ' ')
                .replace(/ ?([{};,>]) ?/g, '$1')
                .replace(/: /g, ':')
                .replace(/;}/g, '}'),
        )
        .join(''),
    );
  }
  return compacted;
}

/**
 * Elements that are block-level by default and that no style sheet of ours makes inline-level: white space next to
 * one of them is never rendered (it collapses at the start or end of a line, or sits between blocks, table parts or
 * list items).
 */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote caption details dialog dd div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/**
 * The static parts of one `html` template without indentation: a run of white space with a line break goes where it
 * touches a tag of a block element (BLOCK_TAGS) — inside or outside it, white space there is never rendered, and it
 * would cost a text node per instance — and becomes one space elsewhere (HTML collapses it to one anyway).
 */
export function compactHtml(parts: readonly string[]): string[] {
  const HOLE = '\u0000'; // an interpolation
  if (parts.some((part) => part.includes(HOLE))) return [...parts];
  const joined = parts.join(HOLE);
  const isBlock = (tag: string | undefined) => tag !== undefined && BLOCK_TAGS.has(tag.toLowerCase());
  return joined
    .replace(/[ \t]*\n\s*/g, (run: string, offset: number) => {
      const before = joined.slice(Math.max(0, joined.lastIndexOf('<', offset)), offset);
      const left = /^<\/?([a-zA-Z][\w-]*)[^<>]*>$/.exec(before)?.[1];
      const right = /^<\/?([a-zA-Z][\w-]*)/.exec(joined.slice(offset + run.length))?.[1];
      return isBlock(left) || isBlock(right) ? '' : ' ';
    })
    .split(HOLE);
}

/**
 * The local name of base-styles' `token` in a module (imported from core/theme's base-styles.js or index.js, or
 * base-styles.ts itself), or undefined.
 */
function tokenName(body: unknown[], id: string): string | undefined {
  if (/[\\/]core[\\/]theme[\\/]base-styles\.ts$/.test(id)) return 'token';
  for (const node of body as Node[]) {
    if (
      node.type !== 'ImportDeclaration' ||
      !/(?:^|\/)theme\/(?:base-styles|index)\.js$/.test(String((node['source'] as Node)['value']))
    )
      continue;
    for (const specifier of node['specifiers'] as Node[]) {
      const imported = specifier['imported'] as Node | undefined;
      if (imported?.['name'] === 'token') return (specifier['local'] as Node)['name'] as string;
    }
  }
  return undefined;
}

/** The local name of core/theme's Lit-free `tokenVar` in a module (imported from theme/token-var.js), or undefined. */
function tokenVarName(body: unknown[]): string | undefined {
  for (const node of body as Node[]) {
    if (
      node.type !== 'ImportDeclaration' ||
      !/(?:^|\/)theme\/token-var\.js$/.test(String((node['source'] as Node)['value']))
    )
      continue;
    for (const specifier of node['specifiers'] as Node[])
      if ((specifier['imported'] as Node | undefined)?.['name'] === 'tokenVar')
        return (specifier['local'] as Node)['name'] as string;
  }
  return undefined;
}

/** `tokenVar('--gu-…')` written out as the string it returns, or undefined for any other node. */
function foldTokenVar(node: Node, tokenVar: string): { start: number; end: number; text: string } | undefined {
  const callee = node['callee'] as Node | undefined;
  const [argument, ...rest] = (node['arguments'] as Node[] | undefined) ?? [];
  const name = argument?.['value'];
  if (node.type !== 'CallExpression' || callee?.type !== 'Identifier' || callee['name'] !== tokenVar) return undefined;
  if (rest.length > 0 || typeof name !== 'string' || !(name in TOKEN_DEFAULTS)) return undefined;
  const text = `var(${name}, ${TOKEN_DEFAULTS[name as keyof typeof TOKEN_DEFAULTS]})`;
  return { start: node.start, end: node.end, text: JSON.stringify(text) };
}

/** A module of core/theme/looks/ (components/core/theme/looks/<name>.ts, or an import of it). */
const LOOKS_MODULE = /(?:^|[\\/])theme[\\/]looks[\\/][\w-]+\.(?:js|ts)$/;

/**
 * The looks (core/theme/looks/) a module imports: local name → their text, as they make it at run time. A look is a
 * `css` fragment interpolated into a template; written out as text, a widget's first render carries no variable and no
 * `${…}` per look — the same bytes as the declarations written in place.
 */
function looksOf(body: unknown[]): Map<string, string> {
  const looks = new Map<string, string>();
  for (const node of body as Node[]) {
    if (node.type !== 'ImportDeclaration' || !LOOKS_MODULE.test(String((node['source'] as Node)['value']))) continue;
    for (const specifier of node['specifiers'] as Node[]) {
      const imported = (specifier['imported'] as Node | undefined)?.['name'] as string | undefined;
      const value: unknown = imported === undefined ? undefined : (LOOKS as Record<string, unknown>)[imported];
      if (value && typeof value === 'object' && 'cssText' in value)
        looks.set((specifier['local'] as Node)['name'] as string, String((value as { cssText: string }).cssText));
    }
  }
  return looks;
}

/**
 * A `css` template whose `${token('--gu-…')}` interpolations, and `${look}` ones (looksOf), are written out as text
 * (what they make at run time) and then compacted; undefined when it has none, or when another interpolation holds a
 * template of its own (its edits would overlap).
 */
function foldTokens(
  quasi: Node,
  raws: string[],
  code: string,
  token: string | undefined,
  looks: ReadonlyMap<string, string>,
): { start: number; end: number; text: string } | undefined {
  if (!token && looks.size === 0) return undefined;
  const expressions = quasi['expressions'] as Node[];
  const parts = [raws[0]!];
  const kept: string[] = [];
  for (const [index, expression] of expressions.entries()) {
    const callee = expression['callee'] as Node | undefined;
    const [argument, ...rest] = (expression['arguments'] as Node[] | undefined) ?? [];
    const name = argument?.['value'];
    if (
      expression.type === 'CallExpression' &&
      callee?.type === 'Identifier' &&
      callee['name'] === token &&
      rest.length === 0 &&
      typeof name === 'string' &&
      name in TOKEN_DEFAULTS
    ) {
      const text = `var(${name}, ${TOKEN_DEFAULTS[name as keyof typeof TOKEN_DEFAULTS]})`;
      if (/[`\\]|\$\{/.test(text)) throw new Error(`compactTemplates: token ${name} cannot be written into a template`);
      parts[parts.length - 1] += text + raws[index + 1]!;
    } else if (expression.type === 'Identifier' && looks.has(expression['name'] as string)) {
      const text = looks.get(expression['name'] as string)!;
      if (/[`\\]|\$\{/.test(text)) throw new Error(`compactTemplates: look ${expression['name']} cannot be written in`);
      parts[parts.length - 1] += text + raws[index + 1]!;
    } else {
      const source = code.slice(expression.start, expression.end);
      if (source.includes('`')) return undefined;
      kept.push(source);
      parts.push(raws[index + 1]!);
    }
  }
  if (kept.length === expressions.length) return undefined;
  const texts = compactCss(parts);
  return {
    start: quasi.start,
    end: quasi.end,
    text: `\`${texts.map((text, index) => (index === 0 ? text : `\${${kept[index - 1]}}${text}`)).join('')}\``,
  };
}

/**
 * Ships our `html`, `svg` and `css` templates without their indentation: markup by compactHtml (a template with
 * static text in `<pre>` or `<textarea>`, where white space counts, is left as it is, and no template of ours sets
 * `white-space: pre*` on static text); style sheets are compacted by compactCss, after every
 * `${token('--gu-…')}` in them is written out as the text it makes at run time, `var(--gu-…, default)` (so the
 * tokens' table stays out of the bundle). The Lit-free elements' `tokenVar('--gu-…')` calls (core/theme/token-var.ts)
 * are written out the same way, as string literals. Our sources only (components/, shells/).
 */
export function compactTemplates(): Plugin {
  return {
    name: 'gu-compact-templates',
    apply: 'build',
    transform: {
      order: 'post',
      handler(code, id) {
        if (!/[\\/](?:components|shells)[\\/][^?]*\.ts$/.test(id)) return null;
        if (!/\b(?:html|svg|css)`/.test(code) && !/\btokenVar\b/.test(code)) return null;
        const { program, errors } = parseSync(id, code, { sourceType: 'module', lang: 'js' });
        if (errors.length > 0) return null;
        const edits: { start: number; end: number; text: string }[] = [];
        const looks = looksOf(program.body);
        for (const node of nodesOf(program.body)) {
          const tag = node['tag'] as Node | undefined;
          if (node.type !== 'TaggedTemplateExpression' || tag?.type !== 'Identifier') continue;
          if (!TEMPLATE_TAGS.has(tag['name'] as string)) continue;
          const quasis = (node['quasi'] as Node)['quasis'] as Node[];
          const raws = quasis.map((part) => code.slice(part.start, part.end));
          let texts: string[];
          if (tag['name'] === 'css') {
            const folded = foldTokens(node['quasi'] as Node, raws, code, tokenName(program.body, id), looks);
            if (folded) {
              edits.push(folded);
              continue;
            }
            texts = compactCss(raws);
          } else if (raws.some((raw) => /<(?:pre|textarea)\b/i.test(raw))) continue;
          else texts = compactHtml(raws);
          quasis.forEach((part, index) => {
            if (texts[index] !== raws[index]) edits.push({ start: part.start, end: part.end, text: texts[index]! });
          });
        }
        const tokenVar = tokenVarName(program.body);
        if (tokenVar) {
          for (const node of nodesOf(program.body)) {
            const folded = foldTokenVar(node, tokenVar);
            if (folded && !edits.some((edit) => edit.start <= folded.start && folded.end <= edit.end))
              edits.push(folded);
          }
        }
        // A look's module only defines looks: once they are written out where used, nothing is left to run.
        const moduleSideEffects = LOOKS_MODULE.test(id) ? false : undefined;
        if (edits.length === 0) return moduleSideEffects === false ? { code, map: null, moduleSideEffects } : null;
        let result = code;
        for (const edit of edits.sort((a, b) => b.start - a.start))
          result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
        return { code: result, map: null, ...(moduleSideEffects === false && { moduleSideEffects }) };
      },
    },
  };
}
