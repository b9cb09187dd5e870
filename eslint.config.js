// Lint rules, including the layer rule of STYLE.md: a file imports only from layers to its left,
// domain ← viz ← data, store ← components ← views ← app, and a view never imports another view.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const LAYERS = ['domain', 'viz', 'data', 'store', 'components', 'views', 'app'];
/** What each layer may not import. */
const FORBIDDEN = {
  domain: ['viz', 'data', 'store', 'components', 'views', 'app'],
  viz: ['data', 'store', 'components', 'views', 'app'],
  data: ['store', 'components', 'views', 'app'],
  store: ['data', 'components', 'views', 'app'],
  components: ['views', 'app'],
  views: ['app'],
  app: [],
};
const VIEW_FOLDERS = readdirSync(new URL('./src/views', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const bannedEverywhere = [
  { group: ['d3'], message: 'Import the d3-* modules you use, never the whole d3 bundle.' },
  { group: ['**/index', '**/index.ts', '**/index.tsx'], message: 'No barrel files: import the module itself.' },
];

function layerRule(layer, extra = []) {
  const groups = FORBIDDEN[layer].map((other) => ({
    group: [`@/${other}/*`, `@/${other}/**`, `**/${other}/*`],
    message: `${layer}/ may not import from ${other}/ (layers: ${LAYERS.join(' ← ')}).`,
  }));
  return { 'no-restricted-imports': ['error', { patterns: [...bannedEverywhere, ...groups, ...extra] }] };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Dataset text is rendered as text, never as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Dataset text is rendered as text, never as HTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the app runs under a strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the app runs under a strict CSP.' },
      ],
      'no-restricted-imports': ['error', { patterns: bannedEverywhere }],
    },
  },
  {
    // The app's first download has a budget (scripts/check-bundle-size.mjs): zod only through its
    // tree-shakable zod/mini, and edtf's grammar only in the module the loader imports on demand.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/edtf-grammar.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [
          { name: 'zod', message: "Use 'zod/mini': classic zod does not tree-shake (about 24 KB of gzip against 7 KB)." },
          { name: 'edtf', allowTypeImports: true, message: 'edtf is large: register src/domain/edtf-grammar.ts instead (see registerEdtfGrammar).' },
        ],
      }],
    },
  },
  ...LAYERS.filter((l) => l !== 'views').map((layer) => ({ files: [`src/${layer}/**/*.{ts,tsx}`], rules: layerRule(layer) })),
  ...VIEW_FOLDERS.map((view) => ({
    files: [`src/views/${view}/**/*.{ts,tsx}`],
    rules: layerRule('views', [
      {
        group: ['@/views/*', `!@/views/${view}`, '**/views/*', `!**/views/${view}`],
        message: 'A view never imports another view: talk through the store.',
      },
    ]),
  })),
);
