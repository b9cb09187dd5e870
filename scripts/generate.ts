/**
 * Writes a synthetic `linimasa/1` dataset (see src/domain/generate/generate-dataset.ts).
 * Run: npm run generate -- --events 100000 --actors 2000 --seed 1 [--out file.json] [--source-text]
 * Without --out the JSON goes to stdout; a one-line summary always goes to stderr.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { registerEdtfGrammar } from '../src/domain/dates/edtf';
import { edtfGrammar } from '../src/domain/dates/edtf-grammar';
import { countRelations, generateDataset } from '../src/domain/generate/generate-dataset';
import { LIMITS } from '../src/domain/dataset/schema-fields';

// Node reads every EDTF form; only the browser app loads the grammar on demand.
registerEdtfGrammar(edtfGrammar);

const USAGE = 'usage: npm run generate -- --events N --actors M [--seed S] [--out file.json] [--source-text]';

function fail(message: string): never {
  process.stderr.write(`generate: ${message}\n${USAGE}\n`);
  process.exit(2);
}

interface Arguments {
  events: number;
  actors: number;
  seed: number;
  out?: string;
  sourceText: boolean;
}

function wholeNumber(name: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined || !/^-?\d+$/.test(raw))
    fail(`--${name} needs a whole number, got ${raw === undefined ? 'nothing' : JSON.stringify(raw)}`);
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    fail(`--${name} must be from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, got ${raw}`);
  }
  return value;
}

function parseArguments(argv: readonly string[]): Arguments {
  const values = new Map<string, string | undefined>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) fail(`unexpected argument ${JSON.stringify(arg)}`);
    const [, name = '', inline] = match;
    if (name === 'help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (!['events', 'actors', 'seed', 'out', 'source-text'].includes(name)) fail(`unknown option --${name}`);
    if (values.has(name)) fail(`--${name} is given twice`);
    if (name === 'source-text') {
      if (inline !== undefined) fail('--source-text takes no value');
      values.set(name, '');
    } else if (inline !== undefined) {
      values.set(name, inline);
    } else {
      const next = argv[i + 1];
      values.set(name, next !== undefined && !next.startsWith('--') ? next : undefined);
      if (next !== undefined && !next.startsWith('--')) i += 1;
    }
  }
  if (!values.has('events')) fail('--events is required');
  if (!values.has('actors')) fail('--actors is required');
  const out = values.get('out');
  if (values.has('out') && (out === undefined || out === '')) fail('--out needs a file name');
  const sourceText = values.has('source-text');
  if (sourceText && out === undefined)
    fail('--source-text needs --out, so the text file can be written beside the dataset');
  return {
    events: wholeNumber('events', values.get('events'), 0, LIMITS.events),
    actors: wholeNumber('actors', values.get('actors'), 1, LIMITS.actors),
    seed: values.has('seed')
      ? wholeNumber('seed', values.get('seed'), Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)
      : 1,
    ...(out === undefined ? {} : { out }),
    sourceText,
  };
}

const args = parseArguments(process.argv.slice(2));
const started = performance.now();
const options = { events: args.events, actors: args.actors, seed: args.seed };
let json: string;
let relations: number;
let textFile: string | undefined;
let textBytes = 0;
if (args.sourceText && args.out !== undefined) {
  const name = `${basename(args.out, extname(args.out))}.txt`;
  textFile = join(dirname(args.out), name);
  const { dataset, sourceText } = generateDataset({ ...options, sourceText: true, sourceTextPath: name });
  json = JSON.stringify(dataset);
  relations = countRelations(dataset);
  writeFileSync(textFile, sourceText);
  textBytes = Buffer.byteLength(sourceText);
} else {
  const dataset = generateDataset(options);
  json = JSON.stringify(dataset);
  relations = countRelations(dataset);
}
const bytes = Buffer.byteLength(json);
if (args.out === undefined) process.stdout.write(`${json}\n`);
else writeFileSync(args.out, json);
const ms = Math.round(performance.now() - started);
const n = (value: number): string => value.toLocaleString('en');
const where =
  args.out === undefined
    ? 'stdout'
    : args.out + (textFile === undefined ? '' : ` + ${textFile} (${n(textBytes)} bytes)`);
process.stderr.write(
  `generated ${n(args.events)} events, ${n(args.actors)} actors, ${n(relations)} relations: ${n(bytes)} bytes in ${n(ms)} ms → ${where}\n`,
);
