/**
 * Checks dataset files the way the app loads them: `linimasa/1` JSON with its
 * source texts, or TimelineJS and CSV files through their importers.
 * Run: npm run validate -- <file>...   (exit 0: all valid, 1: errors, 2: usage)
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerEdtfGrammar } from '../src/domain/dates/edtf';
import { edtfGrammar } from '../src/domain/dates/edtf-grammar';
import { readDataset } from '../src/domain/import/read-dataset';

// Node reads every EDTF form; only the browser app loads the grammar on demand.
registerEdtfGrammar(edtfGrammar);

/** How `validateFiles` reads files and writes lines; tests pass their own. */
export interface ValidateIo {
  /** Reads a UTF-8 file; throws (as `fs.readFileSync` does) when it cannot. */
  readonly readFile: (path: string) => string;
  /** Writes a line of normal output. */
  readonly out: (line: string) => void;
  /** Writes a line about a problem. */
  readonly err: (line: string) => void;
}

/** The usage text printed when no file is given. */
export const USAGE = `usage: npm run validate -- <file>...

Checks Linimasa datasets (linimasa/1 JSON) and files the app can import
(TimelineJS JSON, CSV). Source texts named by sources[].text are read
relative to the dataset file. Exits 1 if any file has errors.`;

const nodeIo: ValidateIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

function reason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** True when `path` is a plain relative path that stays inside its folder: not absolute, no drive or scheme, no `..` segment. */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || isAbsolute(path) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) || path.startsWith('\\')) return false;
  return !path.split(/[\\/]/).includes('..');
}

/** Reads the source texts a `linimasa/1` dataset names, keyed by their `text` path; unreadable or unsafe paths become errors. */
function readSourceTexts(file: string, text: string, io: ValidateIo): { texts: Map<string, string>; errors: string[] } {
  const texts = new Map<string, string>();
  const errors: string[] = [];
  let sources: unknown;
  try {
    sources = (JSON.parse(text.replace(/^\uFEFF/, '')) as { sources?: unknown }).sources;
  } catch {
    return { texts, errors };
  }
  if (!Array.isArray(sources)) return { texts, errors };
  const folder = resolve(dirname(file));
  sources.forEach((source: unknown, i) => {
    const path =
      typeof source === 'object' && source !== null && Object.hasOwn(source, 'text')
        ? (source as { text: unknown }).text
        : undefined;
    if (typeof path !== 'string' || texts.has(path)) return;
    const target = resolve(folder, path);
    if (!isSafeRelativePath(path) || relative(folder, target).startsWith('..')) {
      // The schema reports the path itself; this only explains why it was not read.
      errors.push(
        `${file}: sources[${i}].text: refusing to read ${JSON.stringify(path)}: source texts must be relative paths inside the dataset's folder`,
      );
      return;
    }
    try {
      texts.set(path, io.readFile(target));
    } catch (error) {
      errors.push(`${file}: sources[${i}].text: cannot read ${JSON.stringify(path)}: ${reason(error)}`);
    }
  });
  return { texts, errors };
}

/** Validates each file and prints the outcome; returns the exit code: 0 when every file is valid, 1 otherwise, 2 with no files. */
export function validateFiles(paths: readonly string[], io: ValidateIo = nodeIo): number {
  if (paths.length === 0) {
    io.err(USAGE);
    return 2;
  }
  if (paths.length === 1 && (paths[0] === '--help' || paths[0] === '-h')) {
    io.out(USAGE);
    return 0;
  }
  let valid = 0;
  let errorCount = 0;
  let warningCount = 0;
  for (const file of paths) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      io.err(`${file}: cannot read the file: ${reason(error)}`);
      errorCount += 1;
      continue;
    }
    const { texts, errors: textErrors } = readSourceTexts(file, text, io);
    const result = readDataset({ text, fileName: file }, { sourceTexts: texts });
    const errors = result.ok
      ? textErrors
      : [...result.problems.map((e) => `${file}: ${e.path}: ${e.message}`), ...textErrors];
    if (errors.length === 0 && result.ok) {
      const { dataset, format } = result.value;
      const via = format === 'linimasa' ? '' : `, imported from ${format === 'csv' ? 'CSV' : 'TimelineJS'}`;
      valid += 1;
      io.out(
        `✔ ${file}: valid (${plural(dataset.events.length, 'event')}, ${plural(dataset.actors.length, 'actor')}${via})`,
      );
    }
    for (const line of errors) io.err(line);
    if (!result.ok && result.truncated > 0) io.err(`${file}: … and ${result.truncated} more errors`);
    errorCount += errors.length + (result.ok ? 0 : result.truncated);
    for (const note of result.ok ? result.value.report : []) io.err(`note: ${file}: ${note.path}: ${note.message}`);
    for (const warning of result.warnings) io.err(`warning: ${file}: ${warning.path}: ${warning.message}`);
    warningCount += result.warnings.length;
  }
  io.out(
    `${plural(paths.length, 'file')} checked: ${valid} valid, ${paths.length - valid} with errors` +
      ` (${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')})`,
  );
  return errorCount > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = validateFiles(process.argv.slice(2));
}
