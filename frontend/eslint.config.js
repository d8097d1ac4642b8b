import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'src/api/schema.d.ts'] },
  {
    files: ['src/**/*.{ts,tsx}', 'widgets/src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Features stay independent (a sibling folder is another feature); shared code lives in
    // src/components and src/lib, and only src/app puts features together.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(?!\\.\\./)', message: 'Do not import from another feature.' }] }],
    },
  },
  {
    // The widget bundle runs on other people's pages with no runtime dependencies: only its own
    // files, and (type-only, compiled away) the generated API types.
    files: ['widgets/src/**/*.ts'],
    ignores: ['widgets/src/**/*.test.ts', 'widgets/src/test-utils.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^(?!\\./|\\.\\./\\.\\./src/api/schema$)', message: 'Widgets import only their own files (and API types).' }],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.mjs', 'scripts/**/*.mjs', '*.config.{js,ts}'],
    extends: [js.configs.recommended],
    // e2e code also runs inside the page (page.evaluate), where browser globals exist.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-unused-vars': ['error', { varsIgnorePattern: '^_', ignoreRestSiblings: true }] },
  },
);
