import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const noReact = {
  group: [
    'react',
    'react-dom',
    'react-dom/*',
    'react-router',
    'react-router-dom',
    'zustand',
    'zustand/*',
    'framer-motion',
    'motion/*',
  ],
  message: 'src/domain is pure TypeScript: no React, router, store or motion imports.',
};
const FEATURES = ['landing', 'quiz', 'results', 'careers', 'embed-builder', 'about', 'counselor'];
const upward = (layers) => ({
  group: layers.map((layer) => `**/${layer}/**`),
  message: 'Dependencies point one way: domain <- content <- store <- features <- app.',
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'playwright-report',
      'test-results',
      '.lighthouse',
      'coverage',
      // Local throwaway scripts (gitignored).
      '.scratch',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noReact, upward(['content', 'store', 'features', 'components', 'lib', 'app'])],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'sessionStorage',
      ],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noReact, upward(['store', 'features', 'components', 'lib', 'app'])] },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [upward(['features', 'components', 'app'])] }],
    },
  },
  {
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [upward(['content', 'store', 'features', 'components', 'app'])] },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [upward(['store', 'features', 'app'])] }],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            upward(['app']),
            {
              group: FEATURES.filter((f) => f !== feature).flatMap((f) => [
                `../${f}/*`,
                `**/features/${f}/*`,
              ]),
              message:
                'Features do not import each other: move shared pieces to components/ui, store or domain.',
            },
          ],
        },
      ],
    },
  })),
);
