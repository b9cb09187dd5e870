/**
 * What the extractor proposes from one article: events, each tied to the
 * words it comes from, and the actors they name. Every offset is a UTF-16
 * index into the article text as given (`text.slice(start, end)`), so the
 * editor can highlight the evidence and the cues in the source. Nothing here
 * is a dataset yet: a person accepts, edits, merges or rejects proposals, and
 * `draftToDataset` turns the accepted ones into `linimasa/1`.
 */
import type { ActorKind, EventType, QuadClass } from '@/domain/dataset/model';

/** The article languages the extractor reads. */
export type ArticleLanguage = 'id' | 'en';

/** A stretch of the article text: UTF-16 offsets, `start` inclusive, `end` exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** The words a proposal rests on: a sentence or a clause, `text.slice(start, end) === quote`. */
export interface ProposalEvidence extends TextSpan {
  readonly quote: string;
}

/** What a cue is: the date phrase, the verb (or event noun) that gave the type, or a name of an actor or a recipient. */
export type CueKind = 'date' | 'verb' | 'actor' | 'recipient';

/** Words of the text that produced part of a proposal, to highlight so a person sees why. */
export interface ProposalCue extends TextSpan {
  readonly kind: CueKind;
  /** The words as in the text: `text.slice(start, end)`. */
  readonly text: string;
  /** For `actor` and `recipient` cues, the id of the proposed actor named. */
  readonly actor?: string;
}

/** Why a proposal looks the way it does, one code each; the editor words them in its own language. */
export type ProposalReason =
  /** The date is written in full in the text. */
  | 'date-stated'
  /** The date was resolved against the publication day ("pekan lalu", "on Sunday", "24 Februari"). */
  | 'date-relative'
  /** The date comes from another clause of the same sentence. */
  | 'date-from-sentence'
  /** The date comes from the report's dateline ("KYIV, July 1 (Reuters) -"). */
  | 'date-from-dateline'
  /** The clause speaks of something still to come ("akan", "will"). */
  | 'future'
  /** The type comes from a verb of the lexicon. */
  | 'type-from-verb'
  /** The type comes from an event noun ("invasi", "crackdown") that another act in the sentence refers to. */
  | 'type-from-noun'
  /** Only a verb of saying was found: a statement. */
  | 'type-statement'
  /** No cue for a type: a person must choose one. */
  | 'type-needed'
  /** A cooperative act said to be intended ("harus", "will") becomes an agreement, as PLOVER codes intent. */
  | 'type-intent'
  /** The actor is the person quoted ("kata Putin", "Putin said"). */
  | 'actor-speaker'
  /** The actor comes from an earlier clause of the same sentence. */
  | 'actor-from-clause'
  /** No actor was found: a person must add one. */
  | 'actor-missing'
  /** The agent follows a passive verb ("diserang Rusia", "was attacked by"). */
  | 'passive'
  /** Neighbouring sentences about the same act were joined into this proposal. */
  | 'merged-sentences';

/** Where a proposal says its event happened: a place of the draft and the words that name it. */
export interface ProposalPlace extends TextSpan {
  /** The id of the proposed place (`ProposedPlace.id`). */
  readonly place: string;
  /** The place's name as the text writes it: `text.slice(start, end)`. */
  readonly text: string;
}

/** One proposed event. Its date is always one the text gives; `type` and `actors` may be missing, and the editor asks a person for them. */
export interface EventProposal {
  /** Unique in the draft, stable for the same text and options (`p1`, `p2`, …). */
  readonly id: string;
  /** The sentences (or clauses) it comes from, in text order; the first is the one its title is drafted from. */
  readonly evidence: readonly ProposalEvidence[];
  /** The words that produced it, in text order. */
  readonly cues: readonly ProposalCue[];
  /** EDTF date or interval. */
  readonly date: string;
  /** The date phrase as the text writes it ("Pekan lalu", "pada 1997"). */
  readonly dateText: string;
  /** `stated` when the text gives the year itself, `relative` when resolved against the publication day. */
  readonly dateBasis: 'stated' | 'relative';
  /** A PLOVER type (or `STATEMENT`), or null: "type needed". */
  readonly type: EventType | null;
  /** The type's quad class, or null with the type. */
  readonly quad: QuadClass | null;
  /** PLOVER contexts the words suggest (`military`, `cbrn`, `economic`, `future`). */
  readonly context: readonly string[];
  /** Ids of proposed actors who act. */
  readonly actors: readonly string[];
  /** Ids of proposed actors the act is directed at. */
  readonly recipients: readonly string[];
  /**
   * Where it happened, as its evidence says ("di Belarus", "in Minsk"): countries and capitals the gazetteer
   * knows, named after a word of place, in text order, each place once; absent when the evidence names none.
   */
  readonly places?: readonly ProposalPlace[];
  /** A title drafted from the evidence, in the article's language. */
  readonly title: string;
  /** 0–1: how much the extractor trusts the proposal (date, actor and a verb each add to it). */
  readonly confidence: number;
  readonly reasons: readonly ProposalReason[];
}

/** An actor the article names. */
export interface ProposedActor {
  /** A slug, unique in the draft (`russia`, `nato`, `vladimir-putin`). */
  readonly id: string;
  /** The name in the article's language. */
  readonly name: string;
  /** Names in the languages the gazetteer knows, for the editor to offer; always holds the article's language. */
  readonly names: Readonly<Record<string, string>>;
  readonly kind: ActorKind;
  /** ISO 3166-1 alpha-3, from the gazetteer or a title ("Presiden Rusia"). */
  readonly country?: string;
  /** For a person, the title as written ("Menteri Pertahanan Rusia"). */
  readonly role?: string;
  /** For a person, the id of the state or organisation of their title. */
  readonly affiliation?: string;
  /** Every place the text names this actor (full name, surname, acronym, capital). */
  readonly mentions: readonly TextSpan[];
  /** Where the actor was recognised: the gazetteer, a title of office, or as a speaker. */
  readonly source: 'gazetteer' | 'title' | 'speaker';
}

/** A place the article names: a country from the gazetteer, or a capital city from capitals.json with its point. */
export interface ProposedPlace {
  /** A slug of its English name, unique among the draft's places (`belarus`, `moscow`). */
  readonly id: string;
  /** The name in the article's language. */
  readonly name: string;
  /** Its name in English and Indonesian. */
  readonly names: Readonly<Record<ArticleLanguage, string>>;
  readonly kind: 'country' | 'city';
  /** ISO 3166-1 alpha-3: the country itself, or the country whose capital the city is. */
  readonly country: string;
  /** A city's point, [longitude, latitude] in degrees, from capitals.json: never from the article, so `external`. */
  readonly point?: readonly [number, number];
  /** Every place the text names it, the dateline included. */
  readonly mentions: readonly TextSpan[];
}

/** A part of the text that is not the article: related headlines, "Baca juga", bylines, dates of other stories. */
export interface FurnitureSpan extends TextSpan {
  readonly reason: 'section' | 'read-also' | 'byline' | 'timestamp' | 'headline-list' | 'separator' | 'credit';
}

/** Everything the extractor proposes for one article. */
export interface ExtractionDraft {
  /** The article text the offsets index into. */
  readonly text: string;
  readonly language: ArticleLanguage;
  /** EDTF day of publication, against which relative dates were resolved. */
  readonly published: string;
  readonly proposals: readonly EventProposal[];
  readonly actors: readonly ProposedActor[];
  /** Page furniture, which yields no event. */
  readonly furniture: readonly FurnitureSpan[];
  /** The article's sentences, as segmented (furniture excluded). */
  readonly sentences: readonly TextSpan[];
  /** The article's headline when its first line is one, and its dateline ("REPUBLIKA.CO.ID, MOSKOW --"). */
  readonly headline: TextSpan | null;
  readonly dateline: TextSpan | null;
  /** The places the proposals or the dateline name, in order of first mention; absent when there are none. */
  readonly places?: readonly ProposedPlace[];
  /** The id of the place the dateline names ("REPUBLIKA.CO.ID, MOSKOW --": `moscow`), when it names one. */
  readonly datelinePlace?: string;
}

/** What `extractEvents` needs besides the text. */
export interface ExtractOptions {
  /** EDTF day the article was published, e.g. `2022-07-01`. */
  readonly published: string;
  readonly language: ArticleLanguage;
}
