/**
 * Events named by nouns: who acts in one ("serangan Rusia", "Russia's
 * invasion", "the Russian invasion", "crackdown by Minsk"), at whom it is
 * aimed ("invasi ke Ukraina", "crackdown on protesters"), and who takes part
 * in one that a word of occurrence makes happen ("Pertemuan para menteri
 * ASEAN … berlangsung").
 */
import type { ActorMention } from '@/domain/extract/actor-registry';
import type { SentenceCue } from '@/domain/extract/clauses';
import type { Lexicon } from '@/domain/extract/lexicon';
import type { ArticleLanguage } from '@/domain/extract/proposal-model';
import type { Token } from '@/domain/extract/text-tokens';

/** The words of the article and its lexicon, which the readings of nouns look at. */
export interface NounWords {
  readonly tokens: readonly Token[];
  readonly lexicon: Lexicon;
  readonly language: ArticleLanguage;
}

/** The agent named with an event noun: right after it ("serangan Rusia"), right before it ("Russia's invasion", "the Russian invasion"), or after "oleh"/"by". */
export function nounAgent(words: NounWords, mentions: readonly ActorMention[], noun: SentenceCue): ActorMention | null {
  const after = mentions.find((m) => m.first === noun.last);
  if (after && words.language === 'id') return noun.noun?.follower === 'patient' ? null : after;
  const before = mentions.find(
    (m) => m.last === noun.first || (m.last === noun.first - 1 && words.tokens[noun.first - 1]?.lower === 'the'),
  );
  if (before && (words.tokens[before.last - 1]?.possessive || before.form === 'adjective')) return before;
  const marked = mentions.find(
    (m) => m.first === noun.last + 1 && words.lexicon.agentMarkers.has(words.tokens[noun.last]?.lower ?? ''),
  );
  return marked ?? after ?? null;
}

/** The target of an event noun: a name after "terhadap"/"ke"/"of"/"against" within the next few words. */
export function nounTarget(
  words: NounWords,
  mentions: readonly ActorMention[],
  from: number,
  limit: number,
): ActorMention | null {
  for (let k = from; k < Math.min(from + 3, limit); k += 1) {
    if (words.lexicon.patientMarkers.has(words.tokens[k]?.lower ?? ''))
      return mentions.find((m) => m.first === k + 1) ?? null;
  }
  return null;
}

/** The roles of an event that a noun names and a word of occurrence makes happen: the names between them ("Pertemuan para menteri luar negeri ASEAN … berlangsung"). */
export function occurrenceRoles(
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
