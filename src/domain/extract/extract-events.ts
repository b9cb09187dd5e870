/**
 * The extractor: from an article's text, its publication day and language to
 * a draft of proposed events, each tied to its words. Pure, deterministic and
 * offline: the date tagger (dates/date-phrases.ts), furniture detection,
 * sentence segmentation, the gazetteer and people, the verb lexicon, then
 * event assembly and merging, and where the events happened (place-finder.ts). It never throws on any text.
 */
import { parseEdtfDay } from '@/domain/dates/calendar-days';
import { findDatePhrases, type DateMention } from '@/domain/dates/date-phrases';
import { ActorRegistry } from '@/domain/extract/actor-registry';
import { proposalsOfSentence } from '@/domain/extract/assemble-events';
import type { ArticleContext, RawProposal } from '@/domain/extract/raw-proposal';
import { draftTitle } from '@/domain/extract/draft-title';
import { findFurniture, inFurniture } from '@/domain/extract/furniture';
import { lexicon } from '@/domain/extract/lexicon';
import { mergeProposals } from '@/domain/extract/merge-proposals';
import { findPlaces } from '@/domain/extract/place-finder';
import type {
  ArticleLanguage,
  EventProposal,
  ExtractionDraft,
  ExtractOptions,
  ProposalReason,
  TextSpan,
} from '@/domain/extract/proposal-model';
import { findDateline, findHeadline, segmentSentences } from '@/domain/extract/sentences';
import { tokenAt, tokenize } from '@/domain/extract/text-tokens';
import { quadClassOf } from '@/domain/dataset/quad';

/** How much each finding adds to a proposal's confidence (0–1). */
function confidenceOf(p: RawProposal): number {
  let score = 0.15;
  if (p.date) score += p.date.basis === 'stated' ? 0.3 : 0.25;
  if (p.reasons.has('date-from-sentence') || p.reasons.has('date-from-dateline')) score -= 0.1;
  if (p.actors.length > 0) score += 0.25;
  if (p.recipients.length > 0) score += 0.05;
  if (p.reasons.has('type-from-verb')) score += 0.25;
  else if (p.reasons.has('type-from-noun')) score += 0.15;
  else score += 0.1;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}

const REASON_ORDER: readonly ProposalReason[] = [
  'date-stated',
  'date-relative',
  'date-from-sentence',
  'date-from-dateline',
  'future',
  'type-from-verb',
  'type-from-noun',
  'type-statement',
  'type-intent',
  'type-needed',
  'actor-speaker',
  'actor-from-clause',
  'actor-missing',
  'passive',
  'merged-sentences',
];

function languageOf(value: unknown): ArticleLanguage {
  return value === 'en' ? 'en' : 'id';
}

/**
 * Proposes the events of an article: `text` as pasted (offsets in the draft
 * index into it), `options.published` the EDTF day it appeared (relative
 * dates resolve against it; an invalid day leaves every proposal undated),
 * `options.language` `id` or `en`.
 */
export function extractEvents(text: string, options: ExtractOptions): ExtractionDraft {
  const source = typeof text === 'string' ? text : '';
  const language = languageOf(options.language);
  const published = typeof options.published === 'string' ? options.published : '';
  const dates = findDatePhrases(source, published, language);
  const furniture = findFurniture(source, dates);
  const headline = findHeadline(source, furniture);
  const excluded: TextSpan[] = headline ? [...furniture, headline] : [...furniture];
  const firstLine = /\S/u.exec(source.slice(headline ? headline.end : 0));
  const firstStart = firstLine ? (headline ? headline.end : 0) + firstLine.index : -1;
  const dateline =
    firstStart >= 0 && !inFurniture(furniture, firstStart, firstStart + 1) ? findDateline(source, firstStart) : null;
  if (dateline) excluded.push(dateline);
  const sentences = segmentSentences(source, language, excluded);
  const tokens = tokenize(source);
  const lex = lexicon(language);
  // Names in the dateline are the article's (its city stands for no actor, but a name there is kept).
  const outside = excluded.filter((x) => x !== dateline);
  const registry = new ActorRegistry(source, tokens, language, lex.speechWords, (start, end) =>
    inFurniture(outside, start, end),
  );
  // Words inside a name or a date phrase are never a verb ("March" is no march).
  const named = new Uint8Array(tokens.length);
  for (const mention of registry.mentions) named.fill(1, mention.first, mention.last);
  for (const date of dates) named.fill(1, tokenAt(tokens, date.start), tokenAt(tokens, date.end));
  // A date that qualifies a noun ("last week's election", "Tuesday's talks") dates no act of the clause.
  const adverbial = dates.filter((d) => !/^['’]s\b/u.test(source.slice(d.end, d.end + 3)));
  const articleDates = adverbial.filter(
    (d) => !inFurniture(furniture, d.start, d.end) && !(headline && d.start < headline.end && headline.start < d.end),
  );
  const datelineDate: DateMention | null = dateline
    ? (articleDates.find((d) => d.start >= dateline.start && d.end <= dateline.end) ?? null)
    : null;
  const context: ArticleContext = {
    text: source,
    language,
    tokens,
    registry,
    lexicon: lex,
    dates: articleDates.filter((d) => !dateline || d.start >= dateline.end),
    datelineDate,
    named: (k) => named[k] === 1,
  };
  const raw: RawProposal[] = [];
  sentences.forEach((sentence, index) => {
    const first = tokenAt(tokens, sentence.start);
    const last = tokenAt(tokens, sentence.end);
    if (last > first) raw.push(...proposalsOfSentence(context, { ...sentence, first, last }, index));
  });
  const kept = mergeProposals(raw, parseEdtfDay(published));
  const proposals: EventProposal[] = kept.flatMap((p, i) => {
    if (!p.date) return [];
    const reasons = new Set(p.reasons);
    if (p.type === null) reasons.add('type-needed');
    return {
      id: `p${i + 1}`,
      evidence: p.evidence,
      cues: p.cues,
      date: p.date.edtf,
      dateText: p.date.text,
      dateBasis: p.date.basis,
      type: p.type,
      quad: p.type ? quadClassOf(p.type) : null,
      context: [...p.context].sort(),
      actors: p.actors,
      recipients: p.recipients,
      title: draftTitle(source, p.title, p.title.speaker ? registry.shortName(p.title.speaker) : null),
      confidence: confidenceOf(p),
      reasons: REASON_ORDER.filter((r) => reasons.has(r)),
    };
  });
  const used = new Set(proposals.flatMap((p) => [...p.actors, ...p.recipients]));
  const found = findPlaces(
    source,
    tokens,
    language,
    registry.mentions,
    proposals.map((p) => p.evidence),
    dateline,
  );
  return {
    text: source,
    language,
    published,
    proposals: proposals.map((p, i) => {
      const places = found.byProposal[i] ?? [];
      return places.length > 0 ? { ...p, places } : p;
    }),
    actors: registry.list(used),
    furniture,
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    headline,
    dateline,
    ...(found.places.length > 0 ? { places: found.places } : {}),
    ...(found.datelinePlace ? { datelinePlace: found.datelinePlace } : {}),
  };
}
