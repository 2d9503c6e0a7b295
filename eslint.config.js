// Lint: TypeScript, React hooks, accessibility, and the layer arrows of DESIGN.md §4.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** app ──► features/* ──► ui, data, pdf, domain; data ──► domain; pdf ──► domain; domain ──► zod only. */
const layerZones = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'The domain is pure: it imports nothing else from src.',
  },
  {
    target: './src/data',
    from: './src',
    except: ['./data', './domain'],
    message: 'data may import only domain.',
  },
  {
    target: './src/pdf',
    from: './src',
    except: ['./pdf', './domain'],
    message: 'pdf may import only domain.',
  },
  {
    target: './src/ui',
    from: './src',
    except: ['./ui'],
    message: 'ui is domain-free: it imports nothing else from src.',
  },
  { target: './src/features', from: './src/app', message: 'Features never import the app shell.' },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features never import each other; they meet in src/app.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-default-export': 'error',
      'import-x/no-cycle': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie/*'],
              message: 'Only src/data imports Dexie; use a repository hook.',
            },
          ],
        },
      ],
    },
  },
  {
    // One drop-down list: SelectField ties its label, hint and error to the list for screen readers.
    files: ['src/**/*.tsx'],
    ignores: ['src/ui/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name='select']",
          message: 'Use SelectField (src/ui/select-field.tsx): it links the label, hint and error.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'dexie', 'dexie-*', 'jspdf', 'jspdf-*'],
              message: 'The domain is pure: no React, Dexie or jsPDF.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain never reads the clock: take now as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain never reads the clock: take now as a parameter.',
        },
      ],
    },
  },
  {
    files: [
      'vite.config.ts',
      'vitest.config.ts',
      'vitest.e2e.config.ts',
      'vitest.engines.config.ts',
      'vite.sample.config.ts',
      'vite.sample-register.config.ts',
      'vite.bench.config.ts',
      'eslint.config.js',
      'test/e2e/global-setup.ts',
      'src/**/*.d.ts',
    ],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'test/**/*.{ts,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
