// The one test command: installs what is missing, then type-checks, lints, runs the unit
// tests, builds, checks budgets and runs the browser tests in Debian's Chromium.
// Ends with one line: `tests: N passed, N failed`.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { CHROMIUM_PATH as CHROMIUM } from './chromium-args.mjs';

const OUT = 'test-results';
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, env = {}) {
  console.log(`\n▶ ${label}: ${command}`);
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is not a test runner counts as one test: it passes or it fails. */
function check(label, command) {
  if (run(label, command)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

execSync('node scripts/ensure-deps.mjs', { stdio: 'inherit' });

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    console.log("Chromium is missing: installing Debian's chromium with apt-get…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core', {
      stdio: 'inherit',
    });
  } else {
    console.log(`Chromium is missing at ${CHROMIUM}. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  }
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

check('type check', 'npx tsc --noEmit -p tsconfig.json');
check('lint', 'npx eslint . --max-warnings 0');
check('format', 'npx prettier --check . --log-level warn');

const unitJson = `${OUT}/unit.json`;
const unitOk = run(
  'unit and component tests',
  `npx vitest run --reporter=default --reporter=json --outputFile.json=${unitJson}`,
);
const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unit.numFailedTests > 0) failures.push(`${unit.numFailedTests} unit tests`);
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) {
  failed++;
  failures.push('unit test run');
}

const built = run('build', 'npx vite build');
if (!built) {
  failed++;
  failures.push('build');
} else {
  // The first script and its static imports must stay within 120 KB of gzip; the check prints the figure.
  check('bundle size', 'node scripts/check-bundle-size.mjs');
  const e2eJson = `${OUT}/e2e.json`;
  if (!existsSync(CHROMIUM)) {
    failed++;
    failures.push('browser tests (no Chromium)');
  } else {
    const e2eOk = run('browser tests', 'npx playwright test --reporter=list,json', {
      PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
    });
    const e2e = readJson(e2eJson);
    if (e2e?.stats) {
      passed += e2e.stats.expected + e2e.stats.flaky;
      failed += e2e.stats.unexpected;
      if (e2e.stats.unexpected > 0) failures.push(`${e2e.stats.unexpected} browser tests`);
    }
    if (!e2eOk && (!e2e?.stats || e2e.stats.unexpected === 0)) {
      failed++;
      failures.push('browser test run');
    }
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
