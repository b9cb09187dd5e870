/**
 * How `npm run eval:extract` scores a draft against its gold: a proposal
 * matches a gold event when its date interval lies within the gold bounds and
 * its evidence overlaps a gold sentence; each is matched once at most (a
 * maximum matching that tries pairs of the same type first). Names are
 * compared as written, without case or accents.
 */
import { parseEdtfDate } from '../src/domain/dates/edtf';
import type { ArticleLanguage, ExtractionDraft, TextSpan } from '../src/domain/extract/proposal-model';
import type { GoldArticle, GoldEvent } from './extract-gold';

/** What the evaluation found for one article. */
export interface ArticleScore {
  readonly name: string;
  readonly language: ArticleLanguage;
  readonly gold: number;
  readonly proposals: number;
  readonly found: number;
  readonly matched: number;
  readonly sameType: number;
  readonly offsetsExact: number;
  readonly offsets: number;
  readonly actorsFound: number;
  readonly actorsGold: number;
  readonly furnitureEvents: number;
  readonly ms: number;
  /** Gold events no proposal matched, and proposals that matched none, for reading. */
  readonly missed: readonly string[];
  readonly unmatched: readonly string[];
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function normalName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when two names are the same, or the words of one all stand in the other ("Protesters" in "Anti-government protesters in Belarus"). */
function sameName(a: string, b: string): boolean {
  const x = normalName(a);
  const y = normalName(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const xs = x.split(' ');
  const ys = new Set(y.split(' '));
  const ysList = y.split(' ');
  const xsSet = new Set(xs);
  return xs.every((w) => ys.has(w)) || ysList.every((w) => xsSet.has(w));
}

/** A maximum one-to-one matching of proposals to gold events (Kuhn's augmenting paths), edges of the same type tried first. */
function maximumMatching(edges: readonly (readonly number[])[], goldCount: number): (number | null)[] {
  const goldOf: (number | null)[] = edges.map(() => null);
  const proposalOf: (number | null)[] = Array.from({ length: goldCount }, () => null);
  const augment = (p: number, seen: Set<number>): boolean => {
    for (const g of edges[p] ?? []) {
      if (seen.has(g)) continue;
      seen.add(g);
      const holder = proposalOf[g];
      if (holder === null || holder === undefined || augment(holder, seen)) {
        proposalOf[g] = p;
        goldOf[p] = g;
        return true;
      }
    }
    return false;
  };
  edges.forEach((_, p) => augment(p, new Set()));
  return goldOf;
}

/** Scores one draft against its gold. */
export function scoreArticle(article: GoldArticle, draft: ExtractionDraft, ms: number): ArticleScore {
  const { text } = article;
  const proposals = draft.proposals;
  const actorNames = new Map(draft.actors.map((a) => [a.id, [a.name, ...Object.values(a.names)]]));
  const edges = proposals.map((p) => {
    if (p.date === null) return [];
    const parsed = parseEdtfDate(p.date);
    if (!parsed.ok) return [];
    const candidates = article.events
      .map((g, i) => ({ g, i }))
      .filter(
        ({ g }) =>
          parsed.span.earliest >= g.earliest &&
          parsed.span.latest <= g.latest &&
          p.evidence.some((e) => g.spans.some((s) => overlaps(e, s))),
      );
    return [...candidates.filter(({ g }) => g.type === p.type), ...candidates.filter(({ g }) => g.type !== p.type)].map(
      ({ i }) => i,
    );
  });
  const goldOf = maximumMatching(edges, article.events.length);
  let offsets = 0;
  let exact = 0;
  for (const p of proposals) {
    for (const e of p.evidence) {
      offsets += 1;
      if (text.slice(e.start, e.end) === e.quote) exact += 1;
    }
    for (const c of p.cues) {
      offsets += 1;
      if (text.slice(c.start, c.end) === c.text && c.start >= 0 && c.end <= text.length) exact += 1;
    }
    // A place's name must be the text's words there, inside the proposal's evidence.
    for (const place of p.places ?? []) {
      offsets += 1;
      const inside = p.evidence.some((e) => place.start >= e.start && place.end <= e.end);
      if (inside && text.slice(place.start, place.end) === place.text) exact += 1;
    }
  }
  let actorsGold = 0;
  let actorsFound = 0;
  let sameType = 0;
  proposals.forEach((p, i) => {
    const g = goldOf[i];
    if (g === null || g === undefined) return;
    const gold = article.events[g] as GoldEvent;
    if (gold.type === p.type) sameType += 1;
    const names = [...p.actors, ...p.recipients].flatMap((id) => actorNames.get(id) ?? []);
    for (const name of [...gold.actors, ...gold.recipients]) {
      actorsGold += 1;
      if (names.some((n) => sameName(n, name))) actorsFound += 1;
    }
  });
  const found = new Set(goldOf.filter((g): g is number => g !== null));
  const furnitureEvents = proposals.filter((p) =>
    p.evidence.some((e) => article.furniture.some((f) => overlaps(e, f))),
  ).length;
  return {
    name: article.name,
    language: article.language,
    gold: article.events.length,
    proposals: proposals.length,
    found: found.size,
    matched: goldOf.filter((g) => g !== null).length,
    sameType,
    offsetsExact: exact,
    offsets,
    actorsFound,
    actorsGold,
    furnitureEvents,
    ms,
    missed: article.events
      .filter((_, i) => !found.has(i))
      .map((g) => `${g.date} ${g.type ?? '-'}: ${text.slice(g.spans[0]?.start, g.spans[0]?.end).slice(0, 90)}`),
    unmatched: proposals
      .filter((_, i) => goldOf[i] === null)
      .map((p) => `${p.date} ${p.type ?? '-'}: ${p.evidence[0]?.quote.slice(0, 90)}`),
  };
}
