/**
 * Who acts and at whom, in one clause: the subject before the verb (with
 * those joined to it by "dan"/"and"), the partner of a mutual act ("dengan
 * Rusia"), the agent of a passive ("diserang Rusia", "was attacked by"), the
 * speaker of a statement ("Putin mengatakan", "kata Putin", "said Smith"),
 * and the names after the verb as recipients, leaving out places ("di
 * Belarus", "in Kyiv"). A speaker acts for their own words: when Putin says
 * Russia will deploy missiles, Putin is the actor, as data/README.md codes it;
 * a third party's deed that a speaker only reports keeps its own subject.
 */
import type { ActorMention } from '@/domain/extract/actor-registry';
import type { SentenceCue } from '@/domain/extract/clauses';
import type { Lexicon } from '@/domain/extract/lexicon';
import type { Token } from '@/domain/extract/text-tokens';
import { quadClassOf } from '@/domain/dataset/quad';

/** The roles found in a clause; mentions are the words that named each actor. */
export interface ClauseRoles {
  readonly actors: readonly ActorMention[];
  readonly recipients: readonly ActorMention[];
  readonly speaker: ActorMention | null;
  readonly passive: boolean;
}

const ENGLISH_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got']);

/** The word just before a mention, lower case, or '' at the start. */
function wordBefore(tokens: readonly Token[], mention: ActorMention, floor: number): string {
  return mention.first - 1 >= floor ? (tokens[mention.first - 1]?.lower ?? '') : '';
}

/** True when only the words of `joiners`, commas and white space stand between two mentions. */
function joined(
  text: string,
  tokens: readonly Token[],
  a: ActorMention,
  b: ActorMention,
  joiners: ReadonlySet<string>,
): boolean {
  for (let k = a.last; k < b.first; k += 1) if (!joiners.has(tokens[k]?.lower ?? '')) return false;
  const gap = text
    .slice(a.end, b.start)
    .replace(/[\s,]+/gu, ' ')
    .trim();
  return gap.split(' ').every((word) => word === '' || joiners.has(word.toLowerCase()));
}

/** The subject of a stretch: its first name that is no place or partner, and the names joined to it. */
export function subjectOf(
  text: string,
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  floor: number,
  lexicon: Lexicon,
): { subject: ActorMention[]; partners: ActorMention[] } {
  const partners = mentions.filter((m) => lexicon.comitatives.has(wordBefore(tokens, m, floor)));
  const candidates = mentions.filter(
    (m) => !partners.includes(m) && !lexicon.locatives.has(wordBefore(tokens, m, floor)),
  );
  const head = candidates[0];
  if (!head) return { subject: [], partners };
  const subject = [head];
  for (const next of candidates.slice(1)) {
    if (!joined(text, tokens, subject[subject.length - 1] as ActorMention, next, lexicon.coordinators)) break;
    subject.push(next);
  }
  return { subject, partners };
}

/** The names after the verb that receive the act: not places, not the actors themselves. */
function objectsOf(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  floor: number,
  lexicon: Lexicon,
): { objects: ActorMention[]; partners: ActorMention[] } {
  const objects: ActorMention[] = [];
  const partners: ActorMention[] = [];
  for (const m of mentions) {
    const before = wordBefore(tokens, m, floor);
    if (lexicon.locatives.has(before)) continue;
    (lexicon.comitatives.has(before) ? partners : objects).push(m);
  }
  return { objects, partners };
}

// Verbs of saying that put the speaker after them ("kata Putin", "ujar Retno").
const SPEAKER_AFTER = new Set(['kata', 'ujar', 'tutur']);

/**
 * The speaker of a verb of saying: the name right after it when the verb
 * puts it there ("kata Putin", "menurut …", "according to …") or follows a
 * quotation ('…," said Smith'); otherwise the nearest name before it, within
 * eight words and with no other verb between ("Putin pada Jumat (1/7/2022)
 * mengatakan"), a person first.
 */
export function speakerOf(
  text: string,
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  speech: SentenceCue,
  cues: readonly SentenceCue[],
): ActorMention | null {
  const skip = tokens[speech.last]?.lower === 'to' ? 1 : 0;
  const next = mentions.find((m) => m.first === speech.last + skip);
  const after = next && /^\s+(?:to\s+)?$/u.test(text.slice(speech.end, next.start)) ? next : undefined;
  const word = tokens[speech.first]?.lower ?? '';
  if (speech.attribution || SPEAKER_AFTER.has(word)) return after ?? null;
  if (after && /[,”"]\s*$/u.test(text.slice(Math.max(0, speech.start - 3), speech.start))) return after;
  const before = mentions.filter(
    (m) =>
      m.last <= speech.first &&
      speech.first - m.last <= 8 &&
      !cues.some((c) => c.kind === 'verb' && c.first >= m.last && c.last <= speech.first),
  );
  const close = before.slice(-2);
  return close.reverse().find((m) => m.kind === 'person') ?? before[before.length - 1] ?? after ?? null;
}

/** True when a verb cue is an English passive: a form of "be" before it ("was attacked"), perhaps with an adverb between. */
function isEnglishPassive(tokens: readonly Token[], verb: SentenceCue): boolean {
  const before = tokens[verb.first - 1];
  const further = tokens[verb.first - 2];
  return (
    (before !== undefined && ENGLISH_AUXILIARIES.has(before.lower)) ||
    (before !== undefined &&
      before.lower.endsWith('ly') &&
      further !== undefined &&
      ENGLISH_AUXILIARIES.has(further.lower))
  );
}

/**
 * The roles of a clause (token range `first`…`last - 1`) around its main
 * verb `verb` (null for a bare statement), with `speech` its verb of saying;
 * `affiliationOf` gives the state or organisation a person speaks for.
 */
export function clauseRoles(
  text: string,
  tokens: readonly Token[],
  clause: { readonly first: number; readonly last: number },
  mentions: readonly ActorMention[],
  verb: SentenceCue | null,
  speech: SentenceCue | null,
  cues: readonly SentenceCue[],
  lexicon: Lexicon,
  language: 'id' | 'en',
  affiliationOf: ReadonlyMap<string, string>,
): ClauseRoles {
  const inClause = mentions.filter((m) => m.first >= clause.first && m.last <= clause.last);
  const speaker = speech ? speakerOf(text, tokens, inClause, speech, cues) : null;
  const others = inClause.filter((m) => m !== speaker && (speaker === null || m.actor !== speaker.actor));
  const pivot = verb ?? speech;
  if (!pivot) return { actors: [], recipients: [], speaker, passive: false };
  // The subject is looked for after the verb of saying when it comes first ("Putin mengatakan, Rusia akan …").
  const from = speech && speech.last <= pivot.first ? speech.last : clause.first;
  const before = others.filter((m) => m.first >= from && m.last <= pivot.first);
  const after = others.filter((m) => m.first >= pivot.last);
  const passive =
    verb !== null && (verb.verb?.passive === true || (language === 'en' && isEnglishPassive(tokens, verb)));
  let doers: ActorMention[];
  let receivers: ActorMention[];
  if (passive) {
    const marked = after.find((m) => lexicon.agentMarkers.has(wordBefore(tokens, m, clause.first)));
    const agent = marked ?? (language === 'id' ? after.find((m) => m.first === pivot.last) : undefined);
    doers = agent ? [agent] : [];
    receivers = subjectOf(text, tokens, before, clause.first, lexicon).subject;
  } else {
    const { subject, partners } = subjectOf(text, tokens, before, clause.first, lexicon);
    const objects = objectsOf(tokens, after, clause.first, lexicon);
    const mutual = verb?.verb?.mutual === true;
    doers = mutual ? [...subject, ...partners, ...objects.partners] : subject;
    receivers = mutual ? objects.objects : [...objects.objects, ...objects.partners, ...partners];
  }
  // A speaker acts for what they say when the saying comes first ("Putin mengatakan, Rusia akan …") or the
  // words are quoted; a source named after a report ("…, officials said") only vouches for it.
  const speaks = speaker !== null && (verb === null || verb.quoted || (speech !== null && speech.last <= verb.first));
  if (speaker && speaks) {
    const own = new Set([speaker.actor, affiliationOf.get(speaker.actor)]);
    const material = verb?.verb !== undefined && !verb.quoted && quadClassOf(verb.verb.type).startsWith('material');
    // A deed of someone else that the speaker reports keeps its own actor: its subject stands right before the verb.
    const close =
      verb !== null && doers.length > 0 && doers.every((m) => m.last <= verb.first && verb.first - m.last <= 3);
    if (!(material && close && doers.every((m) => !own.has(m.actor)))) {
      receivers = [...doers, ...receivers].filter((m) => !own.has(m.actor));
      doers = [speaker];
    }
  } else if (speaker) {
    receivers = receivers.filter((m) => m !== speaker);
  }
  const doerIds = new Set(doers.map((m) => m.actor));
  const seen = new Set<string>();
  const unique = (list: readonly ActorMention[]) =>
    list.filter((m) => {
      if (seen.has(m.actor)) return false;
      seen.add(m.actor);
      return true;
    });
  const actors = unique(doers);
  const recipients = unique(receivers.filter((m) => !doerIds.has(m.actor)));
  return { actors, recipients, speaker, passive };
}
