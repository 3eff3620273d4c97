import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/dist/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['components/**', 'entrypoints/**', 'tests/fixtures/src/**', 'tests/unit/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Product code: page and model text is only ever shown as text.
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Page and model text is only ever shown as text: use textContent.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page and model text is only ever shown as text.',
        },
      ],
    },
  },
  {
    // The content script and the insertion module must never submit anything for the manager.
    files: ['entrypoints/composer.content/**', 'utils/editor/**', 'utils/platforms/**', 'utils/page/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='click']",
          message: 'The extension never clicks for the manager.',
        },
        {
          selector: "CallExpression[callee.property.name='submit']",
          message: 'The extension never submits.',
        },
        {
          selector: "CallExpression[callee.property.name='requestSubmit']",
          message: 'The extension never submits.',
        },
        {
          selector: "NewExpression[callee.name='KeyboardEvent']",
          message: 'No synthetic keys: an Enter could post.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Page and model text is only ever shown as text: use textContent.',
        },
      ],
    },
  },
  {
    // What the content script loads, on every LinkedIn and X page all day: no zod, no protocol tables, no
    // storage, prompts or brand code at run time (type-only imports are fine). See README → Architecture.
    files: [
      'entrypoints/composer.content/**',
      'entrypoints/generic.content/**',
      'utils/generic/**',
      'utils/page/**',
      'utils/platforms/**',
      'utils/editor/**',
      'utils/text/**',
      'utils/browser/**',
      'utils/messaging/content-side.ts',
      'utils/messaging/senders.ts',
      'utils/thread/platform.ts',
      'utils/thread/limits.ts',
      'utils/errors.ts',
      'utils/i18n/i18n.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              allowTypeImports: true,
              message: 'The content script stays small: no zod in it (validate in the background).',
            },
          ],
          patterns: [
            {
              group: [
                '@/utils/messaging/*',
                '!@/utils/messaging/content-side',
                '!@/utils/messaging/senders',
                '@/utils/storage/*',
                '@/utils/llm/*',
                '@/utils/brand/*',
                '@/utils/safety/*',
                '@/utils/thread/context',
                'dexie',
                'openai',
                'react',
                'react-dom',
              ],
              allowTypeImports: true,
              message: 'Not in the content script at run time (type-only imports are fine).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
);
