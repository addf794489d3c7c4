import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // issue 9: layers in order — the sentence-structure layer (src/nlp/syntax) and everything below coding, and
    // the relations (src/facts), read no CAMEO coding; both build on src/nlp/syntax instead
    files: ['src/nlp/**/*.ts', 'src/facts/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/coding/*', '**/coding'], message: 'nlp/ and facts/ do not import coding/ (issue 9)' },
          ],
        },
      ],
    },
  },
)
