import { TOKEN_DEFAULTS, type TokenName } from './tokens.js';

/**
 * A token as CSS text, `var(` name `,` its default from TOKEN_DEFAULTS `)` — the same text `token()` (base-styles.ts)
 * writes, for the elements that are built without Lit (components/a11y: <gu-a11y-toggle>, <gu-a11y-panel>), whose
 * style sheets are plain strings. test/node/tokens.test.ts checks that both write the same text for every token.
 */
export function tokenVar(name: TokenName): string {
  return `var(${name}, ${TOKEN_DEFAULTS[name]})`;
}
