import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeRelativePath, validateFiles, type ValidateIo } from '../../../scripts/validate';

const ROOT = resolve(__dirname, '../../..');
const fixture = (name: string): string => readFileSync(resolve(ROOT, 'tests/fixtures', name), 'utf8');

/** An in-memory file system and captured output. */
function memoryIo(files: Record<string, string>): ValidateIo & { stdout: string[]; stderr: string[]; reads: string[] } {
  const byPath = new Map(Object.entries(files).map(([path, text]) => [resolve(path), text]));
  const stdout: string[] = [];
  const stderr: string[] = [];
  const reads: string[] = [];
  return {
    stdout,
    stderr,
    reads,
    readFile: (path) => {
      reads.push(resolve(path));
      const text = byPath.get(resolve(path));
      if (text === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
  };
}

const minimal = (): Record<string, string> => ({
  'data/minimal.json': fixture('valid/minimal.json'),
  'data/sources/minimal.txt': fixture('valid/sources/minimal.txt'),
});

describe('validateFiles', () => {
  it('prints a tick for a valid dataset, with its counts, and exits 0', () => {
    const io = memoryIo(minimal());
    expect(validateFiles(['data/minimal.json'], io)).toBe(0);
    expect(io.stdout).toEqual([
      '✔ data/minimal.json: valid (3 events, 4 actors)',
      '1 file checked: 1 valid, 0 with errors (0 errors, 0 warnings)',
    ]);
    expect(io.stderr).toEqual([]);
  });

  it('reads source texts relative to the dataset file and checks evidence against them', () => {
    const io = memoryIo({ ...minimal(), 'data/sources/minimal.txt': 'a different text' });
    expect(validateFiles(['data/minimal.json'], io)).toBe(1);
    expect(io.reads).toContain(resolve('data/sources/minimal.txt'));
    expect(io.stderr[0]).toMatch(
      /^data\/minimal\.json: events\[\d\]\.evidence\[0\](\.end)?: .*source "republika-2022-07-01"/,
    );
  });

  it('reports a source text it cannot read as an error', () => {
    const files = minimal();
    delete files['data/sources/minimal.txt'];
    const io = memoryIo(files);
    expect(validateFiles(['data/minimal.json'], io)).toBe(1);
    expect(io.stderr).toContain('data/minimal.json: sources[0].text: cannot read "sources/minimal.txt": no such file');
  });

  it('refuses to read a source text outside the dataset folder', () => {
    const dataset = JSON.parse(fixture('valid/minimal.json')) as { sources: { text: string }[] };
    dataset.sources[0]!.text = '../../etc/passwd';
    const io = memoryIo({ 'data/x.json': JSON.stringify(dataset), 'etc/passwd': 'secret' });
    expect(validateFiles(['data/x.json'], io)).toBe(1);
    expect(io.reads).toEqual([resolve('data/x.json')]);
    expect(io.stderr).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^data\/x\.json: sources\[0\]\.text: "..\/..\/etc\/passwd" must be a path relative/),
        expect.stringMatching(/^data\/x\.json: sources\[0\]\.text: refusing to read "..\/..\/etc\/passwd"/),
      ]),
    );
  });

  it('prints each error as file: path: message, warnings apart, and exits 1', () => {
    const dataset = JSON.parse(fixture('valid/minimal.json')) as Record<string, unknown> & {
      events: Record<string, unknown>[];
    };
    dataset.events[0]!.date = '2022-02-30';
    dataset.colour = 'red';
    const io = memoryIo({
      'bad.json': JSON.stringify(dataset),
      'sources/minimal.txt': fixture('valid/sources/minimal.txt'),
    });
    expect(validateFiles(['bad.json'], io)).toBe(1);
    expect(io.stderr).toEqual([
      'bad.json: events[0].date: "2022-02-30" is not a valid EDTF date: February 2022 has no day 30',
      'warning: bad.json: colour: unknown field "colour" is ignored',
    ]);
    expect(io.stdout).toEqual(['1 file checked: 0 valid, 1 with errors (1 error, 1 warning)']);
  });

  it('says clearly when a file is missing and goes on with the others', () => {
    const io = memoryIo(minimal());
    expect(validateFiles(['nope.json', 'data/minimal.json'], io)).toBe(1);
    expect(io.stderr).toEqual(['nope.json: cannot read the file: no such file']);
    expect(io.stdout.at(-1)).toBe('2 files checked: 1 valid, 1 with errors (1 error, 0 warnings)');
  });

  it('imports CSV and TimelineJS files and prints what the import could not carry over as notes', () => {
    const io = memoryIo({
      'events.csv': fixture('import/events.csv'),
      'timeline.json': fixture('import/timelinejs-basic.json'),
    });
    expect(validateFiles(['events.csv', 'timeline.json'], io)).toBe(0);
    expect(io.stdout.slice(0, 2)).toEqual([
      '✔ events.csv: valid (4 events, 5 actors, imported from CSV)',
      '✔ timeline.json: valid (4 events, 1 actor, imported from TimelineJS)',
    ]);
    expect(io.stderr.every((line) => line.startsWith('note: '))).toBe(true);
  });

  it('reports CSV errors at their rows and columns', () => {
    const io = memoryIo({ 'broken.csv': fixture('import/broken.csv') });
    expect(validateFiles(['broken.csv'], io)).toBe(1);
    expect(io.stderr[0]).toBe(
      'broken.csv: row 2, column "date": "2022-02-30" is not a valid EDTF date: February 2022 has no day 30',
    );
  });

  it('prints the usage and exits 2 without files', () => {
    const io = memoryIo({});
    expect(validateFiles([], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^usage: npm run validate -- <file>\.\.\./);
  });
});

describe('isSafeRelativePath', () => {
  it('accepts plain relative paths and refuses absolute ones, schemes and ..', () => {
    expect(['sources/a.txt', 'a.txt', 'a/b/c.txt'].map(isSafeRelativePath)).toEqual([true, true, true]);
    expect(
      ['/etc/passwd', '../a.txt', 'a/../../b', 'C:\\x.txt', 'file:a.txt', '\\\\server\\share', ''].map(
        isSafeRelativePath,
      ),
    ).toEqual(Array(7).fill(false));
  });
});

describe('npm run validate', () => {
  it('exits 0 on a valid file and 1 on a broken one, naming the error', { timeout: 60_000 }, () => {
    const run = (file: string) =>
      spawnSync('npx', ['tsx', 'scripts/validate.ts', file], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
    const valid = run('tests/fixtures/valid/minimal.json');
    expect(valid.status).toBe(0);
    expect(valid.stdout).toContain('✔ tests/fixtures/valid/minimal.json: valid (3 events, 4 actors)');
    const broken = run('tests/fixtures/hostile/reversed-intervals.json');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(
      'tests/fixtures/hostile/reversed-intervals.json: events[0].date: the interval ends (2022-06-20) before it starts (2022-06-26)',
    );
    expect(broken.stdout).toContain('1 file checked: 0 valid, 1 with errors (3 errors, 0 warnings)');
  });
});
