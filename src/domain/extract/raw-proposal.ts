/**
 * A proposal as the extractor builds it before merging and naming, and how a
 * clause's event becomes one: the shapes the sentence reading, the merging
 * and the titles share.
 */
import type { DateMention } from '@/domain/dates/date-phrases';
import type { ActorMention, ActorRegistry } from '@/domain/extract/actor-registry';
import type { Clause, SentenceCue } from '@/domain/extract/clauses';
import type { Lexicon } from '@/domain/extract/lexicon';
import type {
  ArticleLanguage,
  ProposalCue,
  ProposalEvidence,
  ProposalReason,
  TextSpan,
} from '@/domain/extract/proposal-model';
import type { Sentence } from '@/domain/extract/sentences';
import type { Token } from '@/domain/extract/text-tokens';
import type { EventType } from '@/domain/dataset/model';

/** What a title is drafted from: the evidence, and the verb of saying and speaker, date phrase or event noun in it. */
export interface TitleSource {
  readonly span: TextSpan;
  readonly speech: SentenceCue | null;
  readonly speaker: string | null;
  readonly date: DateMention | null;
  /** For an event named by a noun, where the noun phrase starts. */
  readonly nounStart: number | null;
}

/** A proposal before merging, ids and titles. */
export interface RawProposal {
  readonly sentences: number[];
  readonly paragraph: number;
  evidence: ProposalEvidence[];
  cues: ProposalCue[];
  date: DateMention | null;
  type: EventType | null;
  readonly context: Set<string>;
  actors: string[];
  recipients: string[];
  readonly reasons: Set<ProposalReason>;
  /** Only a verb of saying gave it. */
  statement: boolean;
  readonly future: boolean;
  readonly title: TitleSource;
}

/** What every sentence of one article is read against. */
export interface ArticleContext {
  readonly text: string;
  readonly language: ArticleLanguage;
  readonly tokens: readonly Token[];
  readonly registry: ActorRegistry;
  readonly lexicon: Lexicon;
  /** Date phrases of the whole text, in text order. */
  readonly dates: readonly DateMention[];
  /** The date the dateline gives, if it gives one. */
  readonly datelineDate: DateMention | null;
  /** True for the tokens inside an actor's name. */
  readonly named: (k: number) => boolean;
}

/** One event of a clause, as the sentence reading found it, before its date and words are settled. */
export interface ClauseDraft {
  readonly clause: Clause;
  readonly span: TextSpan;
  readonly verb: SentenceCue | null;
  readonly speech: SentenceCue | null;
  readonly noun: SentenceCue | null;
  readonly actors: readonly ActorMention[];
  readonly defaultActor: string | null;
  readonly recipients: readonly ActorMention[];
  readonly reasons: readonly ProposalReason[];
  readonly type: EventType;
  /** An event noun made to happen by a word of occurrence ("… dijadwalkan berlangsung"): the whole clause may say it is ahead. */
  readonly occurs: boolean;
}

function evidenceOf(text: string, span: TextSpan): ProposalEvidence {
  return { start: span.start, end: span.end, quote: text.slice(span.start, span.end) };
}

function cueOf(text: string, kind: ProposalCue['kind'], span: TextSpan, actor?: string): ProposalCue {
  return {
    kind,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    ...(actor === undefined ? {} : { actor }),
  };
}

/** The date phrase nearest to an offset among `dates`. */
function nearest(dates: readonly DateMention[], at: number): DateMention | null {
  let best: DateMention | null = null;
  let distance = Infinity;
  for (const date of dates) {
    const d = date.end <= at ? at - date.end : date.start >= at ? date.start - at : 0;
    if (d < distance) {
      best = date;
      distance = d;
    }
  }
  return best;
}

/** The items (sorted by start) that lie within a span, found by binary search. */
export function within<T extends TextSpan>(items: readonly T[], span: TextSpan): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: T[] = [];
  for (let i = lo; i < items.length && (items[i] as T).start < span.end; i += 1)
    if ((items[i] as T).end <= span.end) found.push(items[i] as T);
  return found;
}

/** True when a word of `matcher` stands among the tokens `from`…`to - 1`. */
function anyPhrase(context: ArticleContext, matcher: Lexicon['future'], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (matcher.matchAt(context.text, context.tokens, k, to)) return true;
  return false;
}

function contextsOf(context: ArticleContext, clause: Clause): Set<string> {
  const found = new Set<string>();
  for (let k = clause.first; k < clause.last; k += 1) {
    const word = context.tokens[k]?.lower ?? '';
    for (const [name, words] of context.lexicon.contexts) if (words.has(word)) found.add(name);
  }
  return found;
}

/**
 * A clause's event made a proposal: its date (the clause's own, else the
 * sentence's, except from relative clauses, else the dateline's), whether it is
 * ahead, its contexts, actors, cues and the sources of its title.
 */
export function finishProposal(
  context: ArticleContext,
  draft: ClauseDraft,
  span: TextSpan,
  sentence: Sentence,
  index: number,
  sentenceDates: readonly DateMention[],
  relatives: readonly TextSpan[],
): RawProposal {
  const { text, tokens, lexicon, registry } = context;
  const { clause, verb, speech } = draft;
  const reasons = new Set(draft.reasons);
  const anchor = verb ?? speech ?? clause;
  let date = nearest(within(context.dates, clause), anchor.start);
  // A relative clause keeps its date to itself, and takes none from the rest of the sentence.
  const shared = clause.relative
    ? []
    : sentenceDates.filter((d) => !relatives.some((r) => d.start >= r.start && d.end <= r.end));
  if (!date && shared.length > 0) {
    date = nearest(shared, anchor.start);
    reasons.add('date-from-sentence');
  }
  if (!date && context.datelineDate && sentence.paragraph === 0) {
    date = context.datelineDate;
    reasons.add('date-from-dateline');
  }
  if (date) reasons.add(date.basis === 'stated' ? 'date-stated' : 'date-relative');
  const pivot = verb ?? speech;
  const from = speech && pivot && speech.last <= pivot.first ? speech.last : clause.first;
  // The text says it will happen: a word of the future before the verb, or a relative phrase that points ahead
  // ("pekan depan", "next month"; a relative date falls after publication only when its words or clause say so).
  const future =
    (date !== null && date.future && date.basis === 'relative') ||
    (pivot !== null && anyPhrase(context, lexicon.future, from, draft.occurs ? clause.last : pivot.first));
  if (future) reasons.add('future');
  const context_ = draft.noun ? new Set<string>() : contextsOf(context, clause);
  for (const name of verb?.verb?.context ?? []) context_.add(name);
  if (future) context_.add('future');
  const actorIds = draft.actors.map((m) => m.actor);
  if (draft.defaultActor) {
    const id = registry.ensure(draft.defaultActor);
    if (id) actorIds.push(id);
  }
  if (actorIds.length === 0) reasons.add('actor-missing');
  const cues: ProposalCue[] = [];
  if (date) cues.push(cueOf(text, 'date', date));
  if (speech && !draft.noun) cues.push(cueOf(text, 'verb', speech));
  if (verb) cues.push(cueOf(text, 'verb', verb));
  for (const m of draft.actors) cues.push(cueOf(text, 'actor', m, m.actor));
  for (const m of draft.recipients) cues.push(cueOf(text, 'recipient', m, m.actor));
  cues.sort((a, b) => a.start - b.start || a.end - b.end);
  const speaker = speech && draft.reasons.includes('actor-speaker') ? (draft.actors[0]?.actor ?? null) : null;
  return {
    sentences: [index],
    paragraph: sentence.paragraph,
    evidence: [evidenceOf(text, span)],
    cues,
    date,
    type: draft.type,
    context: context_,
    actors: actorIds,
    recipients: draft.recipients.map((m) => m.actor).filter((id) => !actorIds.includes(id)),
    reasons,
    statement: verb === null,
    future,
    title: {
      span: draft.span,
      speech: draft.noun ? null : speech,
      speaker,
      date,
      nounStart: draft.noun ? (tokens[draft.noun.first]?.start ?? null) : null,
    },
  };
}
