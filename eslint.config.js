// ESLint flat config: typescript-eslint, lit, lit-a11y and wc rules, zero warnings allowed,
// plus the security rules of gu-kit (no HTML injection sinks, no eval, explicit postMessage origins).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const htmlInjectionSinks = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Assigning HTML strings is forbidden: render with lit templates (text is escaped).',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'insertAdjacentHTML is forbidden: render with lit templates.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'document.write is forbidden.',
  },
  {
    selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']",
    message: "style attributes break under a strict CSP (style-src-attr 'none'): use element.style.setProperty.",
  },
  { selector: "CallExpression[callee.name='eval']", message: 'eval is forbidden.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden.' },
  {
    selector: "CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type='Literal']",
    message: 'String timers are eval: pass a function.',
  },
  {
    selector: "CallExpression[callee.property.name='postMessage'][arguments.1.value='*']",
    message: "postMessage needs an explicit targetOrigin, never '*'.",
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'test/.story-sweep/',
      'mocks/public/',
      'mocks/generated/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.mocha },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...htmlInjectionSinks],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML is forbidden in gu-kit.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'unsafeSVG is forbidden in gu-kit.' },
            { name: 'lit-html/directives/unsafe-html.js', message: 'unsafeHTML is forbidden in gu-kit.' },
            { name: 'lit-html/directives/unsafe-svg.js', message: 'unsafeSVG is forbidden in gu-kit.' },
            { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: 'unsafeStatic is forbidden.' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.ts', 'shells/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts', 'shells/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts', 'shells/**/*.ts', 'stories/**/*.ts'],
    plugins: litA11y.configs.recommended.plugins,
    rules: litA11y.configs.recommended.rules,
  },
  {
    // Tests build violating fixtures on purpose (the axe self-test) and may stub globals.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
