/**
 * The annotated articles `npm run eval:extract` and `npm run bench:extract`
 * read: the bundled Republika report (its gold is data/russia-belarus-2022.json,
 * its text with the page furniture tests/fixtures/extract/republika-2022-07-01.txt)
 * and the texts of tests/fixtures/extract/ with their gold (<name>.json beside
 * <name>.txt; held-out/ apart), and a long article built from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEdtfDate } from '../src/domain/dates/edtf';
import type { ArticleLanguage, TextSpan } from '../src/domain/extract/proposal-model';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FIXTURES = join(ROOT, 'tests/fixtures/extract');

/** The name of the bundled article among the annotated ones. */
export const BUNDLED = 'republika-2022-07-01';

/** A gold event: where the text says it, its date bounds (UTC ms, inclusive), type and the names of who acts and at whom. */
export interface GoldEvent {
  readonly spans: readonly TextSpan[];
  readonly date: string;
  readonly earliest: number;
  readonly latest: number;
  readonly type: string | null;
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
}

/** An annotated article. */
export interface GoldArticle {
  readonly name: string;
  readonly text: string;
  readonly language: ArticleLanguage;
  readonly published: string;
  readonly events: readonly GoldEvent[];
  readonly furniture: readonly TextSpan[];
}

function bounds(edtf: string, where: string): { earliest: number; latest: number } {
  const parsed = parseEdtfDate(edtf);
  if (!parsed.ok) throw new Error(`${where}: ${edtf} is not an EDTF date: ${parsed.message}`);
  return { earliest: parsed.span.earliest, latest: parsed.span.latest };
}

function spanOf(text: string, quote: string, where: string): TextSpan {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${where}: ${JSON.stringify(quote.slice(0, 60))} is not in the text`);
  if (text.indexOf(quote, start + 1) >= 0)
    throw new Error(`${where}: ${JSON.stringify(quote.slice(0, 60))} occurs more than once`);
  return { start, end: start + quote.length };
}

interface GoldFile {
  readonly language: ArticleLanguage;
  readonly published: string;
  readonly furniture: readonly string[];
  readonly events: readonly {
    sentences: string[];
    date: string;
    type: string | null;
    actors: string[];
    recipients: string[];
  }[];
}

/** The bundled story's gold: its events and actors as the hand-made dataset has them; the furniture is everything from "Rekomendasi" on. */
function bundledArticle(): GoldArticle {
  const text = readFileSync(join(FIXTURES, `${BUNDLED}.txt`), 'utf8');
  const dataset = JSON.parse(readFileSync(join(ROOT, 'data/russia-belarus-2022.json'), 'utf8')) as {
    actors: { id: string; name: Record<string, string> }[];
    events: {
      id: string;
      date: string;
      type: string;
      actors: string[];
      recipients?: string[];
      evidence: { start: number; end: number; quote: string }[];
    }[];
  };
  const names = new Map(dataset.actors.map((a) => [a.id, Object.values(a.name)]));
  const events = dataset.events.map((e) => {
    for (const ev of e.evidence) {
      if (text.slice(ev.start, ev.end) !== ev.quote)
        throw new Error(`${BUNDLED}: evidence of ${e.id} does not match the fixture text`);
    }
    return {
      spans: e.evidence.map(({ start, end }) => ({ start, end })),
      date: e.date,
      ...bounds(e.date, `${BUNDLED}: ${e.id}`),
      type: e.type,
      actors: e.actors.flatMap((id) => names.get(id)?.slice(0, 1) ?? [id]),
      recipients: (e.recipients ?? []).flatMap((id) => names.get(id)?.slice(0, 1) ?? [id]),
    };
  });
  const furnitureStart = text.indexOf('\nRekomendasi') + 1;
  return {
    name: BUNDLED,
    text,
    language: 'id',
    published: '2022-07-01',
    events,
    furniture: [{ start: furnitureStart, end: text.length }],
  };
}

/**
 * The annotated articles: the bundled story first, then the fixtures in name order; with `heldOut`, the
 * texts of tests/fixtures/extract/held-out/ instead, written after the rules were set and kept out of their tuning.
 */
export function loadGoldArticles(heldOut = false): GoldArticle[] {
  const folder = heldOut ? join(FIXTURES, 'held-out') : FIXTURES;
  const articles = heldOut ? [] : [bundledArticle()];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const name = file.replace(/\.json$/, '');
    const gold = JSON.parse(readFileSync(join(folder, file), 'utf8')) as GoldFile;
    const text = readFileSync(join(folder, `${name}.txt`), 'utf8');
    articles.push({
      name,
      text,
      language: gold.language,
      published: gold.published,
      furniture: gold.furniture.map((quote) => spanOf(text, quote, name)),
      events: gold.events.map((e, i) => ({
        spans: e.sentences.map((s) => spanOf(text, s, `${name}: events[${i}]`)),
        date: e.date,
        ...bounds(e.date, `${name}: events[${i}]`),
        type: e.type,
        actors: e.actors,
        recipients: e.recipients,
      })),
    });
  }
  return articles;
}

/**
 * A long article in one language built from the annotated articles of that
 * language (page furniture left out): their paragraphs in a shuffled order,
 * deterministic, repeated until it has `words` words.
 */
export function longArticle(articles: readonly GoldArticle[], language: ArticleLanguage, words: number): string {
  const paragraphs: string[] = [];
  for (const article of articles.filter((a) => a.language === language)) {
    const cut = article.furniture.reduce((end, f) => Math.min(end, f.start), article.text.length);
    paragraphs.push(
      ...article.text
        .slice(0, cut)
        .split('\n')
        .filter((line) => line.split(/\s+/).length > 8),
    );
  }
  const out: string[] = [];
  let count = 0;
  let seed = 7;
  while (count < words && paragraphs.length > 0) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const paragraph = paragraphs[seed % paragraphs.length] as string;
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return out.join('\n');
}
