/**
 * Drafts a `linimasa/1` dataset from a news article, for scripts and tests:
 * the extractor's proposals that have a type and an actor are accepted as a
 * person would with "accept all with a date and an actor".
 * Run: npm run extract -- article.txt --date 2022-07-01 --lang id [--html] [--out draft.json]
 *        [--publisher Republika] [--title "…"] [--url https://…] [--proposals]
 * With --out, the article's plain text is written beside the dataset
 * (draft.txt for draft.json) and named as its source text, so
 * `npm run validate -- draft.json` checks every evidence offset. Without
 * --out the dataset goes to standard output and names the article file itself
 * as its source text: save it in the article's folder to validate it.
 * --proposals prints the whole draft (every proposal with its cues) instead.
 * Exit 0: written; 1: the article cannot be read or nothing can be accepted; 2: usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerEdtfGrammar } from '../src/domain/dates/edtf';
import { isValidPlainDate } from '../src/domain/dates/plain-dates';
import { edtfGrammar } from '../src/domain/dates/edtf-grammar';
import { draftToDataset } from '../src/domain/extract/draft-to-dataset';
import { extractEvents } from '../src/domain/extract/extract-events';
import type { ArticleLanguage } from '../src/domain/extract/proposal-model';
import { htmlToText } from '../src/domain/import/html-to-text';

registerEdtfGrammar(edtfGrammar);

/** The usage text. */
export const USAGE = `usage: npm run extract -- <article.txt|.html> --date YYYY-MM-DD --lang id|en [options]

Proposes the events of a news article and prints a linimasa/1 dataset of those
with a type and an actor.

  --date YYYY-MM-DD   the day the article was published (relative dates resolve against it)
  --lang id|en        the article's language
  --html              read the file as HTML (implied by .html and .htm)
  --out FILE.json     write the dataset there and the article's text beside it (FILE.txt)
  --publisher NAME    the publisher (default: "Unknown")
  --title TEXT        the article's headline (default: its first line, when that is one)
  --url URL           the article's address
  --proposals         print the whole draft (every proposal, its cues and reasons) instead`;

/** How `runExtract` reads and writes; tests pass their own. */
export interface ExtractIo {
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
  readonly out: (text: string) => void;
  readonly err: (line: string) => void;
}

const nodeIo: ExtractIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  out: (text) => process.stdout.write(text),
  err: (line) => console.error(line),
};

interface Arguments {
  file?: string;
  date?: string;
  lang?: string;
  html: boolean;
  out?: string;
  publisher?: string;
  title?: string;
  url?: string;
  proposals: boolean;
}

function parseArguments(args: readonly string[]): Arguments | string {
  const parsed: Arguments = { html: false, proposals: false };
  const valued = new Set(['--date', '--lang', '--out', '--publisher', '--title', '--url']);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--html') parsed.html = true;
    else if (arg === '--proposals') parsed.proposals = true;
    else if (valued.has(arg)) {
      const value = args[i + 1];
      if (value === undefined) return `${arg} needs a value`;
      (parsed as unknown as Record<string, string>)[arg.slice(2)] = value;
      i += 1;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (parsed.file === undefined) parsed.file = arg;
    else return `one article at a time (got ${JSON.stringify(parsed.file)} and ${JSON.stringify(arg)})`;
  }
  return parsed;
}

/** Runs the command with `args` (after `--`); returns the exit code. */
export function runExtract(args: readonly string[], io: ExtractIo = nodeIo): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const parsed = parseArguments(args);
  if (
    typeof parsed === 'string' ||
    parsed.file === undefined ||
    parsed.date === undefined ||
    parsed.lang === undefined
  ) {
    io.err(typeof parsed === 'string' ? `extract: ${parsed}` : 'extract: give the article file, --date and --lang');
    io.err(USAGE);
    return 2;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(parsed.date) || !isValidPlainDate(parsed.date)) {
    io.err(`extract: --date ${JSON.stringify(parsed.date)} is not a day (write it as YYYY-MM-DD, e.g. 2022-07-01)`);
    return 2;
  }
  if (parsed.lang !== 'id' && parsed.lang !== 'en') {
    io.err(`extract: --lang ${JSON.stringify(parsed.lang)}: the extractor reads Indonesian (id) and English (en)`);
    return 2;
  }
  if (parsed.url !== undefined && !/^https?:\/\/\S+$/i.test(parsed.url)) {
    io.err(`extract: --url ${JSON.stringify(parsed.url)} is not an http(s) address`);
    return 2;
  }
  let raw: string;
  try {
    raw = io.readFile(parsed.file);
  } catch (error) {
    io.err(`extract: cannot read ${parsed.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const html = parsed.html || /\.html?$/i.test(parsed.file);
  const text = (html ? htmlToText(raw) : raw).replace(/^\uFEFF/, '');
  const language: ArticleLanguage = parsed.lang;
  const draft = extractEvents(text, { published: parsed.date, language });
  if (parsed.proposals) {
    io.out(`${JSON.stringify(draft, null, 2)}\n`);
    return 0;
  }
  const accepted = draft.proposals.filter((p) => p.type !== null && p.actors.length > 0);
  const headline = parsed.title ?? (draft.headline ? text.slice(draft.headline.start, draft.headline.end) : undefined);
  // With --out the text is written beside the dataset; otherwise the article file itself is the source text.
  const textPath =
    parsed.out !== undefined ? `${basename(parsed.out, extname(parsed.out))}.txt` : basename(parsed.file);
  const result = draftToDataset({
    text,
    language,
    published: parsed.date,
    proposals: accepted,
    actors: draft.actors,
    ...(draft.places ? { places: draft.places } : {}),
    ...(draft.datelinePlace ? { datelinePlace: draft.datelinePlace } : {}),
    source: {
      publisher: parsed.publisher ?? 'Unknown',
      textPath,
      ...(headline !== undefined ? { title: headline } : {}),
      ...(parsed.url !== undefined ? { url: parsed.url } : {}),
    },
  });
  if (!result.ok) {
    for (const problem of result.problems) io.err(`extract: ${problem.message}`);
    return 1;
  }
  const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
  if (parsed.out !== undefined) {
    io.writeFile(parsed.out, json);
    io.writeFile(join(dirname(parsed.out), textPath), text);
    io.err(
      `extract: ${accepted.length} of ${draft.proposals.length} proposals accepted; wrote ${parsed.out} and ${join(dirname(parsed.out), textPath)}`,
    );
  } else {
    io.out(json);
    io.err(
      `extract: ${accepted.length} of ${draft.proposals.length} proposals accepted${html ? '; the HTML was read as text, so give --out to keep that text for validation' : ''}`,
    );
  }
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runExtract(process.argv.slice(2));
}
