/**
 * Turns one sentence into proposed events: its clauses, each with a verb of
 * the lexicon (or only a verb of saying: a statement), its date (from the
 * clause, else from the sentence, else from the dateline of the first
 * paragraph), its type, contexts and roles; and the events a reaction refers
 * to by a noun ("mendukung tindakan keras Minsk terhadap protes").
 */
import type { DateMention } from '@/domain/dates/date-phrases';
import type { ActorMention, ActorRegistry } from '@/domain/extract/actor-registry';
import { findCues, splitClauses, type Clause, type SentenceCue } from '@/domain/extract/clauses';
import { clauseRoles, subjectOf } from '@/domain/extract/event-roles';
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
function within<T extends TextSpan>(items: readonly T[], span: TextSpan): T[] {
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

/** The agent named with an event noun: right after it ("serangan Rusia"), right before it ("Russia's invasion", "the Russian invasion"), or after "oleh"/"by". */
function nounAgent(context: ArticleContext, mentions: readonly ActorMention[], noun: SentenceCue): ActorMention | null {
  const after = mentions.find((m) => m.first === noun.last);
  if (after && context.language === 'id') return noun.noun?.follower === 'patient' ? null : after;
  const before = mentions.find(
    (m) => m.last === noun.first || (m.last === noun.first - 1 && context.tokens[noun.first - 1]?.lower === 'the'),
  );
  if (before && (context.tokens[before.last - 1]?.possessive || before.form === 'adjective')) return before;
  const marked = mentions.find(
    (m) => m.first === noun.last + 1 && context.lexicon.agentMarkers.has(context.tokens[noun.last]?.lower ?? ''),
  );
  return marked ?? after ?? null;
}

/** The target of an event noun: a name after "terhadap"/"ke"/"of"/"against" within the next few words. */
function nounTarget(
  context: ArticleContext,
  mentions: readonly ActorMention[],
  from: number,
  limit: number,
): ActorMention | null {
  for (let k = from; k < Math.min(from + 3, limit); k += 1) {
    if (context.lexicon.patientMarkers.has(context.tokens[k]?.lower ?? ''))
      return mentions.find((m) => m.first === k + 1) ?? null;
  }
  return null;
}

/** The roles of an event that a noun names and a word of occurrence makes happen: the names between them ("Pertemuan para menteri luar negeri ASEAN … berlangsung"). */
function occurrenceRoles(
  mentions: readonly ActorMention[],
  noun: SentenceCue,
  occurrence: SentenceCue,
): { actors: readonly ActorMention[]; recipients: readonly ActorMention[]; speaker: null; passive: false } {
  return {
    actors: mentions.filter((m) => m.first >= noun.last && m.last <= occurrence.first),
    recipients: [],
    speaker: null,
    passive: false,
  };
}

interface Draft {
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

/** The proposals of one sentence (its tokens `first`…`last - 1`). */
export function proposalsOfSentence(
  context: ArticleContext,
  sentence: Sentence & { readonly first: number; readonly last: number },
  index: number,
): RawProposal[] {
  const { text, tokens, lexicon, registry } = context;
  const cues = findCues(text, tokens, sentence.first, sentence.last, lexicon, context.named);
  if (!cues.some((c) => c.kind === 'verb' || (c.kind === 'speech' && !c.attribution) || c.kind === 'occurrence'))
    return [];
  const mentions = within(registry.mentions, sentence);
  const clauses = splitClauses(text, tokens, sentence, cues, lexicon);
  const sentenceDates = within(context.dates, sentence);
  const drafts: Draft[] = [];
  let previousActors: readonly ActorMention[] = [];
  for (const clause of clauses) {
    const speech = clause.cues.find((c) => c.kind === 'speech') ?? null;
    const verbs = clause.cues.filter((c) => c.kind === 'verb');
    // The act a verb of saying reports comes after it; otherwise the clause's first verb; without one, an
    // event noun that a word of occurrence follows ("KTT … digelar", "talks will be held").
    let verb = (speech ? verbs.find((v) => v.first >= speech.last) : undefined) ?? verbs[0] ?? null;
    let occurrence: SentenceCue | null = null;
    if (!verb) {
      const happens = clause.cues.find((c) => c.kind === 'occurrence');
      const noun = happens ? clause.cues.find((c) => c.kind === 'noun' && c.last <= happens.first) : undefined;
      if (happens && noun) {
        verb = noun;
        occurrence = happens;
      }
    }
    if (!verb && (!speech || speech.attribution)) {
      // A clause without an act may still name who the next one is about ("Ben Salah has ruled …, when he …").
      const subject = subjectOf(
        text,
        tokens,
        mentions.filter((m) => m.first >= clause.first && m.last <= clause.last),
        clause.first,
        lexicon,
      ).subject;
      if (subject.length > 0 && !clause.relative) previousActors = subject;
      continue;
    }
    const roles = occurrence
      ? occurrenceRoles(mentions, verb as SentenceCue, occurrence)
      : clauseRoles(
          text,
          tokens,
          clause,
          mentions,
          verb,
          speech,
          clause.cues,
          lexicon,
          context.language,
          registry.affiliationOf,
        );
    const reasons: ProposalReason[] = [];
    let actors = roles.actors;
    // A clause without a subject of its own ("when he suspended …", "dan menewaskan …") acts for the subject
    // before it; a relative clause for the name it follows (", who dissolved parliament").
    const antecedent = clause.relative ? mentions.filter((m) => m.last <= clause.first).pop() : undefined;
    const inherited = antecedent ? [antecedent] : previousActors;
    // A statement needs its own speaker: "…, kata pernyataan bersama" is said by no one the text names.
    if (actors.length === 0 && inherited.length > 0 && !occurrence && verb !== null) {
      actors = inherited;
      reasons.push('actor-from-clause');
    }
    if (roles.speaker && actors.includes(roles.speaker)) reasons.push('actor-speaker');
    if (roles.passive) reasons.push('passive');
    let type: EventType = verb?.verb?.type ?? verb?.noun?.type ?? 'STATEMENT';
    reasons.push(verb?.verb ? 'type-from-verb' : verb ? 'type-from-noun' : 'type-statement');
    const intended = verb?.verb?.intended;
    if (verb && intended) {
      const from = speech && speech.last <= verb.first ? speech.last : clause.first;
      if (clause.cues.some((c) => c.kind === 'intent' && c.first >= from && c.last <= verb.first)) {
        type = intended;
        reasons.push('type-intent');
      }
    }
    drafts.push({
      clause,
      span: clause,
      verb,
      speech: occurrence ? null : speech,
      noun: null,
      occurs: occurrence !== null,
      actors,
      defaultActor: null,
      recipients: roles.recipients,
      reasons,
      type,
    });
    if (actors.length > 0 && !clause.relative) previousActors = actors;
    // Events a reaction names by a noun: "mendukung tindakan keras Minsk terhadap protes".
    if (verb?.verb?.reaction) {
      for (const noun of clause.cues.filter((c) => c.kind === 'noun' && c.first >= verb.last && !c.quoted)) {
        const inClause = mentions.filter((m) => m.first >= clause.first && m.last <= clause.last);
        const agent = nounAgent(context, inClause, noun);
        const follower =
          noun.noun?.follower === 'patient' && context.language === 'id'
            ? inClause.find((m) => m.first === noun.last)
            : undefined;
        const target =
          follower ??
          nounTarget(context, inClause, agent && agent.first >= noun.last ? agent.last : noun.last, clause.last);
        const fallback = agent ? null : (noun.noun?.actor ?? null);
        drafts.push({
          clause,
          span: clause,
          verb: noun,
          speech: null,
          noun,
          actors: agent ? [agent] : [],
          defaultActor: fallback,
          recipients: target && target.actor !== agent?.actor ? [target] : [],
          reasons: ['type-from-noun'],
          type: noun.noun?.type ?? 'STATEMENT',
          occurs: false,
        });
      }
    }
  }
  // A verb of saying with no one named ("…, kata pernyataan bersama") only reports the sentence's other acts.
  if (drafts.length > 1) {
    for (let i = drafts.length - 1; i >= 0; i -= 1) {
      const draft = drafts[i] as Draft;
      if (draft.verb === null && draft.actors.length === 0 && !draft.defaultActor) drafts.splice(i, 1);
    }
  }
  const several = drafts.length > 1;
  const relatives = clauses.filter((c) => c.relative);
  return drafts.map((draft) =>
    finish(context, draft, several ? draft.span : sentence, sentence, index, sentenceDates, relatives),
  );
}

function finish(
  context: ArticleContext,
  draft: Draft,
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
