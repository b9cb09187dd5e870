/**
 * Turns one sentence into proposed events: its clauses, each with a verb of
 * the lexicon (or only a verb of saying: a statement), its date (from the
 * clause, else from the sentence, else from the dateline of the first
 * paragraph), its type, contexts and roles; and the events a reaction refers
 * to by a noun ("mendukung tindakan keras Minsk terhadap protes").
 */
import type { ActorMention } from '@/domain/extract/actor-registry';
import { findCues, splitClauses, type SentenceCue } from '@/domain/extract/clauses';
import { nounAgent, nounTarget, occurrenceRoles } from '@/domain/extract/event-nouns';
import { clauseRoles, subjectOf } from '@/domain/extract/event-roles';
import type { ProposalReason } from '@/domain/extract/proposal-model';
import {
  finishProposal,
  within,
  type ArticleContext,
  type ClauseDraft,
  type RawProposal,
} from '@/domain/extract/raw-proposal';
import type { Sentence } from '@/domain/extract/sentences';
import type { EventType } from '@/domain/dataset/model';

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
  const drafts: ClauseDraft[] = [];
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
      const draft = drafts[i] as ClauseDraft;
      if (draft.verb === null && draft.actors.length === 0 && !draft.defaultActor) drafts.splice(i, 1);
    }
  }
  const several = drafts.length > 1;
  const relatives = clauses.filter((c) => c.relative);
  return drafts.map((draft) =>
    finishProposal(context, draft, several ? draft.span : sentence, sentence, index, sentenceDates, relatives),
  );
}
