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
const foldersOf = (path) =>
  readdirSync(new URL(path, import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
const VIEW_FOLDERS = foldersOf('./src/views');

/**
 * Features inside domain/ and the other features each may import: one way, never in a circle
 * (dates ← dataset ← search …). A new feature folder gets its line here.
 */
const DOMAIN_FEATURES = {
  dates: [],
  i18n: [],
  dataset: ['dates'],
  graph: ['dataset', 'dates'],
  search: ['dataset', 'dates', 'graph'],
  timeline: ['dataset', 'dates'],
  import: ['dataset', 'dates'],
  places: ['dataset', 'dates', 'graph'],
  generate: ['dataset', 'dates', 'places'],
  draft: ['dataset', 'dates', 'import', 'places'],
  extract: ['dataset', 'dates', 'import'],
  review: ['dataset', 'dates', 'import', 'draft', 'extract'],
};
for (const feature of foldersOf('./src/domain')) {
  if (!DOMAIN_FEATURES[feature])
    throw new Error(`eslint.config.js: add src/domain/${feature}/ to DOMAIN_FEATURES with the features it may import.`);
}
// The table itself must have no circle, or the rule would allow one.
const visiting = new Set();
const done = new Set();
const visit = (feature, path) => {
  if (done.has(feature)) return;
  if (visiting.has(feature))
    throw new Error(`eslint.config.js: DOMAIN_FEATURES has a circle: ${[...path, feature].join(' → ')}`);
  visiting.add(feature);
  for (const next of DOMAIN_FEATURES[feature] ?? []) visit(next, [...path, feature]);
  visiting.delete(feature);
  done.add(feature);
};
for (const feature of Object.keys(DOMAIN_FEATURES)) visit(feature, []);

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

/** Syntax the code never uses. */
const restrictedSyntax = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Dataset text is rendered as text, never as HTML.',
  },
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Dataset text is rendered as text, never as HTML.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval: the app runs under a strict CSP.' },
  {
    selector: "NewExpression[callee.name='Function']",
    message: 'No new Function: the app runs under a strict CSP.',
  },
];

/**
 * The app's code (not the scripts Node runs) never awaits at a module's top: a chunk holds code
 * other chunks import, and one that awaits at its top stops them all until it settles (the app's
 * start once waited out its whole delay for the dataset the chunk it held up was reading).
 */
const noTopLevelAwait = {
  selector: 'AwaitExpression:not(:function AwaitExpression), ForOfStatement[await=true]:not(:function ForOfStatement)',
  message: 'No top-level await: it stops every chunk that imports from this one until it settles.',
};

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
      'no-restricted-syntax': ['error', ...restrictedSyntax],
      'no-restricted-imports': ['error', { patterns: bannedEverywhere }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...restrictedSyntax, noTopLevelAwait] },
  },
  {
    // The app's first download has a budget (scripts/check-bundle-size.mjs): zod only through its
    // tree-shakable zod/mini, and edtf's grammar only in the module the loader imports on demand.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/dates/edtf-grammar.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: "Use 'zod/mini': classic zod does not tree-shake (about 24 KB of gzip against 7 KB).",
            },
            {
              name: 'edtf',
              allowTypeImports: true,
              message: 'edtf is large: register src/domain/dates/edtf-grammar.ts instead (see registerEdtfGrammar).',
            },
          ],
        },
      ],
    },
  },
  ...LAYERS.filter((l) => l !== 'views' && l !== 'domain').map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: layerRule(layer),
  })),
  ...Object.entries(DOMAIN_FEATURES).map(([feature, allowed]) => ({
    files: [`src/domain/${feature}/**/*.{ts,tsx}`],
    rules: layerRule('domain', [
      {
        group: Object.keys(DOMAIN_FEATURES)
          .filter((other) => other !== feature && !allowed.includes(other))
          .flatMap((other) => [`@/domain/${other}/*`, `**/domain/${other}/*`]),
        message: `domain/${feature}/ may import only ${allowed.length ? allowed.map((a) => `domain/${a}/`).join(', ') : 'no other domain feature'} (DOMAIN_FEATURES in eslint.config.js).`,
      },
    ]),
  })),
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
