// Runs the whole `npm test` on a busy machine, as CI may find it: clones the committed state of this checkout
// into a temporary folder, keeps every core busy with loops of its own (two by default), runs `npm test` there
// twice, stops the loops and prints the final line of each run. Exits 1 unless both runs end with 0 failed.
//
//   node scripts/loaded-test-run.mjs [--runs 2] [--loops 2] [--keep]
//
// The browser tests' ports come from LINIMASA_E2E_PORT and LINIMASA_HOST_PORT, as for `npm test`.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2' },
    loops: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const loops = Number(values.loops);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(loops) || loops < 0) {
  console.error('--runs must be a whole number from 1, --loops one from 0');
  process.exit(2);
}

const source = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: source, encoding: 'utf8' }).trim();
const work = mkdtempSync(join(tmpdir(), 'linimasa-loaded-'));
const clone = join(work, 'linimasa');
console.log(`Cloning ${commit.slice(0, 10)} (committed state only) into ${clone}`);
execFileSync('git', ['clone', '--quiet', '--no-hardlinks', source, clone], { stdio: 'inherit' });
execFileSync('git', ['checkout', '--quiet', '--detach', commit], { cwd: clone, stdio: 'inherit' });

// The loops are this script's own children, stopped by their ids however the script ends.
const busy = Array.from({ length: loops }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stopLoops = () => {
  for (const child of busy) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
};
process.on('exit', stopLoops);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopLoops();
    process.exit(130);
  });
}
console.log(`${busy.length} busy loops running (pids ${busy.map((c) => c.pid).join(', ')})`);

/** Runs `npm test` in the clone, its output to the console and to `log`; resolves with its exit code. */
function npmTest(log) {
  return new Promise((resolve) => {
    const out = createWriteStream(log);
    const child = spawn('npm', ['test'], { cwd: clone, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        process.stdout.write(chunk);
        out.write(chunk);
      });
    }
    child.on('close', (code) => out.end(() => resolve(code ?? 1)));
  });
}

const finals = [];
let allPassed = true;
try {
  for (let run = 1; run <= runs; run++) {
    console.log(`\n=== npm test, run ${run} of ${runs}, with ${busy.length} busy loops ===`);
    const log = join(work, `run-${run}.log`);
    const code = await npmTest(log);
    const final = readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => /^tests: \d+ passed, \d+ failed/.test(line))
      .at(-1);
    finals.push(`run ${run}: ${final ?? '(no final line)'} (exit ${code}, log ${log})`);
    if (code !== 0 || !final || !/ 0 failed/.test(final)) allPassed = false;
  }
} finally {
  stopLoops();
}

console.log(`\nLoaded runs of ${commit.slice(0, 10)}, ${busy.length} busy loops:`);
for (const line of finals) console.log(line);
if (!values.keep) rmSync(clone, { recursive: true, force: true });
process.exit(allPassed ? 0 : 1);
