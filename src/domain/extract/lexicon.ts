/**
 * The verb lexicon (lexicon.json) compiled for matching: verbs and verb
 * phrases that give a PLOVER type, event nouns, verbs of saying, words of
 * intent, and the small words that split clauses or mark a partner, a place,
 * an agent or a target. One compiled lexicon per language, built on first use.
 */
import { DATE_TABLES } from '@/domain/dates/date-words';
import data from '@/domain/extract/lexicon.json';
import { EVENT_TYPES, type EventType } from '@/domain/dataset/model';
import { PhraseMatcher } from '@/domain/extract/phrase-matcher';
import type { ArticleLanguage } from '@/domain/extract/proposal-model';

/** What a verb of the lexicon says about the event it names. */
export interface VerbSense {
  readonly type: EventType;
  /** The agent follows the verb ("diserang Rusia"). */
  readonly passive: boolean;
  /** A partner named with "dengan"/"with" acts too. */
  readonly mutual: boolean;
  /** An event noun after the verb is an event of its own. */
  readonly reaction: boolean;
  readonly context: readonly string[];
  /** The type when a word of intent stands before the verb ("akan menandatangani" is a promise: AGREE). */
  readonly intended?: EventType;
}

/** What an event noun names, and who acts when the text does not say. */
export interface NounSense {
  readonly type: EventType;
  /** Gazetteer id of the default actor ("protesters"). */
  readonly actor?: string;
  /** What a name right after an Indonesian noun is: its agent ("serangan Rusia") or its target ("penangkapan para demonstran"). */
  readonly follower: 'agent' | 'patient';
}

/** One language's lexicon, ready for matching. */
export interface Lexicon {
  readonly verbs: PhraseMatcher<VerbSense>;
  readonly nouns: PhraseMatcher<NounSense>;
  readonly speech: PhraseMatcher<true>;
  /** Words that name a source without making a statement ("menurut", "according to"). */
  readonly attribution: PhraseMatcher<true>;
  readonly intent: PhraseMatcher<true>;
  /** Words that put a clause in the future ("akan", "will"), shared with the date tagger. */
  readonly future: PhraseMatcher<true>;
  readonly speechWords: ReadonlySet<string>;
  readonly clauseBreaks: PhraseMatcher<true>;
  /** Words that open a clause of their own only after a comma (", as opposition supporters rallied"). */
  readonly commaBreaks: ReadonlySet<string>;
  /** Words after a comma that open a relative clause (", who", ", yang"), whose date is its own. */
  readonly relatives: ReadonlySet<string>;
  /** Words that make an event noun an event without a verb ("KTT … digelar", "talks will be held"). */
  readonly occurrence: PhraseMatcher<true>;
  readonly coordinators: ReadonlySet<string>;
  readonly locatives: ReadonlySet<string>;
  readonly comitatives: ReadonlySet<string>;
  readonly agentMarkers: ReadonlySet<string>;
  readonly patientMarkers: ReadonlySet<string>;
  /** Context name → its words, lower case. */
  readonly contexts: ReadonlyMap<string, ReadonlySet<string>>;
  /** A second form of a word to try: Indonesian "serangannya" → "serangan". */
  readonly normal: (word: string) => string | null;
}

const TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

function eventType(value: string, where: string): EventType {
  if (!TYPES.has(value)) throw new Error(`lexicon.json: ${where}: "${value}" is not a PLOVER type`);
  return value as EventType;
}

function phrases(words: readonly string[]): PhraseMatcher<true> {
  const matcher = new PhraseMatcher<true>();
  for (const word of words) matcher.add(word, true);
  return matcher;
}

/** One language's part of lexicon.json. */
interface LexiconFile {
  readonly verbs: readonly {
    type: string;
    forms: string[];
    passive?: string[];
    mutual?: boolean;
    reaction?: boolean;
    context?: string[];
    intended?: string;
  }[];
  readonly nouns: readonly { type: string; forms: string[]; actor?: string; follower?: string }[];
  readonly speech: readonly string[];
  readonly attribution: readonly string[];
  readonly intent: readonly string[];
  readonly clauseBreaks: readonly string[];
  readonly relatives: readonly string[];
  readonly commaBreaks: readonly string[];
  readonly occurrence: readonly string[];
  readonly coordinators: readonly string[];
  readonly locatives: readonly string[];
  readonly comitatives: readonly string[];
  readonly agentMarkers: readonly string[];
  readonly patientMarkers: readonly string[];
}

function build(language: ArticleLanguage): Lexicon {
  const source = data[language] as LexiconFile;
  const verbs = new PhraseMatcher<VerbSense>();
  source.verbs.forEach((entry, i) => {
    const type = eventType(entry.type, `${language}.verbs[${i}]`);
    const sense = {
      type,
      mutual: entry.mutual === true,
      reaction: entry.reaction === true,
      context: entry.context ?? [],
      ...(entry.intended === undefined
        ? {}
        : { intended: eventType(entry.intended, `${language}.verbs[${i}].intended`) }),
    };
    for (const form of entry.forms) verbs.add(form, { ...sense, passive: false });
    for (const form of entry.passive ?? []) verbs.add(form, { ...sense, passive: true });
  });
  const nouns = new PhraseMatcher<NounSense>();
  source.nouns.forEach((entry, i) => {
    const sense: NounSense = {
      type: eventType(entry.type, `${language}.nouns[${i}]`),
      follower: entry.follower === 'patient' ? 'patient' : 'agent',
      ...(entry.actor === undefined ? {} : { actor: entry.actor }),
    };
    for (const form of entry.forms) nouns.add(form, sense);
  });
  const contexts = new Map(Object.entries(data.contexts).map(([name, words]) => [name, new Set(words)]));
  return {
    verbs,
    nouns,
    speech: phrases(source.speech),
    attribution: phrases(source.attribution),
    intent: phrases(source.intent),
    future: phrases(DATE_TABLES[language].futureMarkers),
    speechWords: new Set([...source.speech, ...source.attribution.map((a) => a.split(' ')[0] ?? a)]),
    clauseBreaks: phrases(source.clauseBreaks),
    relatives: new Set(source.relatives),
    commaBreaks: new Set(source.commaBreaks),
    occurrence: phrases(source.occurrence),
    coordinators: new Set(source.coordinators),
    locatives: new Set(source.locatives),
    comitatives: new Set(source.comitatives),
    agentMarkers: new Set(source.agentMarkers),
    patientMarkers: new Set(source.patientMarkers),
    contexts,
    normal:
      language === 'id' ? (word) => (word.length > 6 && word.endsWith('nya') ? word.slice(0, -3) : null) : () => null,
  };
}

const LEXICONS = new Map<ArticleLanguage, Lexicon>();

/** The compiled lexicon of a language, built on first use. */
export function lexicon(language: ArticleLanguage): Lexicon {
  let found = LEXICONS.get(language);
  if (!found) {
    found = build(language);
    LEXICONS.set(language, found);
  }
  return found;
}
