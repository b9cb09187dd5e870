/**
 * Finds page furniture in a pasted article: what a news page prints around
 * the story and what must never yield an event. Lines are read one by one:
 * a section heading ("Rekomendasi", "Baca juga", "Related") opens a block
 * that runs while the lines look like a list of links (short lines without
 * a full stop, separators, timestamps); "Baca juga: …" lines, bylines and
 * credits ("Editor: …", "Reporting by …") are furniture on their own; so is a
 * run of headline-like lines with timestamps or separators among them.
 */
import type { DateMention } from '@/domain/dates/date-phrases';
import type { FurnitureSpan, TextSpan } from '@/domain/extract/proposal-model';

const SECTION_HEADINGS = new Set([
  'rekomendasi',
  'baca juga',
  'berita terkait',
  'artikel terkait',
  'berita lainnya',
  'berita lain',
  'lihat juga',
  'simak juga',
  'terpopuler',
  'berita terpopuler',
  'terkini',
  'berita terkini',
  'pilihan editor',
  'pilihan redaksi',
  'topik',
  'topik terkait',
  'tag',
  'tags',
  'bagikan',
  'komentar',
  'ikuti kami',
  'iklan',
  'advertisement',
  'sponsored',
  'related',
  'related articles',
  'related stories',
  'related news',
  'related coverage',
  'read more',
  'read also',
  'see also',
  'more stories',
  'more from',
  'recommended',
  'recommended for you',
  'most read',
  'most popular',
  'trending',
  "editor's picks",
  "editors' picks",
  'topics',
  'share',
  'share this',
  'comments',
  'follow us',
  'latest',
  'latest news',
  'you may also like',
  'more on this story',
]);

const READ_ALSO =
  /^(?:baca juga|baca|lihat juga|simak juga|berita terkait|read also|read more|see also|related|also read)\s*[:：–—-]/iu;
const BYLINE =
  /^(?:reporter|wartawan|editor|penulis|redaktur|pewarta|kontributor|penyunting|rep|red|sumber|source|foto|photo|image|video|writing by|reporting by|editing by|additional reporting by|compiled by|disclaimer)\s*[:：]/iu;
const SHORT_BYLINE = /^(?:[Bb]y|[Oo]leh)\s+\p{Lu}/u;
const CREDIT =
  /^(?:\(.{0,80}\)|copyright\b.*|©.*|hak cipta\b.*|\(?(?:additional )?(?:reporting|writing|editing) by\b.*)$/iu;
const TIME_OF_DAY =
  /\b\d{1,2}[:.]\d{2}\b|\b(?:WIB|WITA|WIT|GMT|UTC|[AP]M|a\.m\.|p\.m\.)\b|\b\d+\s+(?:menit|jam|hari|minutes?|hours?|days?)\s+(?:lalu|yang lalu|ago)\b/u;
const SEPARATOR = /^[\s\-–—_*•·|=~>]*$/u;
const SENTENCE_END = /[.!?…"”’)]$/u;

interface Line extends TextSpan {
  readonly content: string;
  readonly words: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim();
    const words = content === '' ? 0 : content.split(/\s+/u).length;
    lines.push({ start: start + lead, end: start + lead + content.length, content, words });
    start = end + 1;
  }
  return lines;
}

/** True when a line is mostly a date and a time: the timestamp of a linked story. */
function isTimestamp(line: Line, dates: readonly DateMention[]): boolean {
  if (line.words > 10 || line.content === '') return false;
  const inLine = dates.filter((d) => d.start >= line.start && d.end <= line.end);
  const dated = inLine.reduce((sum, d) => sum + (d.end - d.start), 0);
  return (
    (inLine.length > 0 && (TIME_OF_DAY.test(line.content) || dated >= line.content.length * 0.5)) ||
    (TIME_OF_DAY.test(line.content) && line.words <= 5)
  );
}

/** A line that reads like a headline or a link: short, without a closing full stop. */
function isHeadlineLike(line: Line): boolean {
  return line.words > 0 && line.words <= 24 && !SENTENCE_END.test(line.content);
}

function isHeading(line: Line): boolean {
  return SECTION_HEADINGS.has(line.content.toLowerCase().replace(/[\s:：]+$/u, ''));
}

/** Classifies a line that is furniture by itself, or null. */
function standalone(line: Line, dates: readonly DateMention[]): FurnitureSpan['reason'] | null {
  const { content } = line;
  if (content === '') return null;
  if (SEPARATOR.test(content)) return 'separator';
  if (isHeading(line)) return 'section';
  if (READ_ALSO.test(content)) return 'read-also';
  if (BYLINE.test(content) || (SHORT_BYLINE.test(content) && line.words <= 8 && !SENTENCE_END.test(content)))
    return 'byline';
  if (CREDIT.test(content) && line.words <= 30) return 'credit';
  if (isTimestamp(line, dates)) return 'timestamp';
  return null;
}

/**
 * The furniture of a text, in text order, one span per line (a block of
 * lines becomes adjacent spans); `dates` are the date phrases found in the
 * whole text, used to recognise the timestamps of other stories.
 */
export function findFurniture(text: string, dates: readonly DateMention[]): FurnitureSpan[] {
  const lines = linesOf(text);
  const reasons: (FurnitureSpan['reason'] | null)[] = lines.map((line) => standalone(line, dates));
  // A section heading opens a block of links that lasts until prose comes back.
  let inBlock = false;
  lines.forEach((line, i) => {
    if (reasons[i] === 'section') {
      inBlock = true;
      return;
    }
    if (!inBlock || line.content === '') return;
    if (reasons[i] !== null) return;
    if (isHeadlineLike(line)) reasons[i] = 'headline-list';
    else inBlock = false;
  });
  // A run of headline-like lines with a timestamp or separator among them is a list of other stories.
  for (let i = 0; i < lines.length;) {
    let j = i;
    let headlines = 0;
    let markers = 0;
    while (j < lines.length) {
      const line = lines[j] as Line;
      const reason = reasons[j];
      if (line.content === '' || reason === 'separator' || reason === 'timestamp')
        markers += line.content === '' ? 0 : 1;
      else if (reason === null && isHeadlineLike(line)) headlines += 1;
      else if (reason === null) break;
      j += 1;
    }
    if (headlines >= 2 && markers >= 1) {
      for (let k = i; k < j; k += 1)
        if (reasons[k] === null && (lines[k] as Line).content !== '') reasons[k] = 'headline-list';
    }
    i = Math.max(j, i + 1);
  }
  const spans: FurnitureSpan[] = [];
  lines.forEach((line, i) => {
    const reason = reasons[i];
    if (reason != null && line.end > line.start) spans.push({ start: line.start, end: line.end, reason });
  });
  return spans;
}

/** True when the stretch `start`–`end` overlaps a furniture span. */
export function inFurniture(furniture: readonly TextSpan[], start: number, end: number): boolean {
  return furniture.some((f) => f.start < end && start < f.end);
}
