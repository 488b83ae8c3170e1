import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'bench/tmp/',
      'src/data/generated/',
      'src/localization/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'No markup from strings (Trusted Types).',
        },
        {
          selector: "MemberExpression[property.name='pushState']",
          message: 'The widget never adds history entries.',
        },
        { selector: "Identifier[name='localStorage']", message: 'Zero trace: no storage.' },
        { selector: "Identifier[name='sessionStorage']", message: 'Zero trace: no storage.' },
        { selector: "Identifier[name='indexedDB']", message: 'Zero trace: no storage.' },
        { selector: "MemberExpression[property.name='cookie']", message: 'Zero trace: no cookie.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/*.mjs', '*.mjs', 'test/**/*.mjs', 'integrations/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Code passed to page.evaluate() runs in the browser.
    files: ['test/e2e/**/*.mjs', 'test/wordpress/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // chai's `expect(x).to.exist` is an assertion, not an unused expression.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Scripts of the demo and of the test pages run in the browser.
    files: ['demo/**/*.js', 'test/e2e/pages/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
