/**
 * Builds synthetic `linimasa/1` datasets for load tests and demos: fictional
 * states, people, organizations and groups whose activity is heavy-tailed
 * (Zipf), and events whose dates cluster in a few crises over a thin 1950–2024
 * background. Deterministic: a seeded PRNG (sfc32), never Math.random or the
 * clock, so the same options always give the same JSON.
 */
import type { EventType } from '@/domain/dataset/model';
import { quadClassOf } from '@/domain/dataset/quad';
import { type RawDataset } from '@/domain/dataset/schema';
import { LIMITS } from '@/domain/dataset/schema-fields';
import { DAY_MS } from '@/domain/dates/day';
import { createActors } from '@/domain/generate/generated-actors';
import { createPlaces, placeOfEvent } from '@/domain/generate/generated-places';
import { drawDate, END, GENERATOR_PUBLISHED, START, type DateDraft } from '@/domain/generate/generated-dates';
import { createRandom, gaussian, pick, weighted, type Random } from '@/domain/generate/random';
import { MODES, SUMMARY_FILLERS, TITLE_FILLERS, TOPICS, TYPE_WEIGHTS } from '@/domain/generate/vocabulary';

/** Options for `generateDataset`. */
export interface GenerateDatasetOptions {
  /** Number of events, 0 to 200,000. */
  readonly events: number;
  /** Number of actors, 1 to 20,000. */
  readonly actors: number;
  /** Any safe integer; the same seed (with the same counts) gives the same dataset. */
  readonly seed: number;
  /** Also return the source text and give every piece of evidence its offsets (UTF-16 units) in it. */
  readonly sourceText?: boolean;
  /** Path of the text file relative to the dataset file, written to `sources[0].text` (default `<dataset id>.txt`). */
  readonly sourceTextPath?: string;
}

/** A generated dataset with the plain text of its one source, into which evidence offsets (UTF-16 units) index. */
export interface GeneratedDataset {
  readonly dataset: RawDataset;
  readonly sourceText: string;
}

type RawEvent = RawDataset['events'][number];

/** Id of the one synthetic source every event quotes. */
export const GENERATOR_SOURCE_ID = 'generator';
// Share of events outside any crisis, and the chance that a recipient comes
// from the actor's usual partners: together they set how many distinct
// relations the graph has (about 10 per actor at 2,000 actors, 100,000 events).
const BACKGROUND = 0.3;
const PARTNER_CHANCE = 0.95;

interface Crisis {
  readonly center: number;
  /** Standard deviation of its events' dates, in days. */
  readonly spread: number;
  readonly members: readonly number[];
  readonly topic: number;
}

/** Names a list of actors for a title: "A", "A and B", "A and 2 others" (or only the first when `short`). */
function names(indices: readonly number[], table: readonly string[], lang: 'en' | 'id', short: boolean): string {
  const first = table[indices[0] ?? 0] ?? '';
  if (indices.length === 1 || short) return first;
  if (indices.length === 2) return `${first} ${lang === 'en' ? 'and' : 'dan'} ${table[indices[1] ?? 0] ?? ''}`;
  return `${first} ${lang === 'en' ? `and ${indices.length - 1} others` : `dan ${indices.length - 1} pihak lain`}`;
}

function clip(text: string): string {
  return text.length <= LIMITS.titleLength ? text : `${text.slice(0, LIMITS.titleLength - 1)}…`;
}

function checkWhole(value: number, name: string, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${name} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, got ${String(value)}`,
    );
  }
}

/** Everything the events are drawn from: actors, who tends to deal with whom, and the crises. */
interface World {
  readonly actors: RawDataset['actors'];
  /** Draws an actor index in proportion to its activity. */
  readonly popular: (random: Random) => number;
  /** Each actor's usual partners, as actor indices. */
  readonly partners: readonly (readonly number[])[];
  readonly crises: readonly Crisis[];
  readonly crisisOf: (random: Random) => number;
}

interface EventDraft {
  readonly index: number;
  readonly date: DateDraft;
  readonly type: EventType;
  readonly topic: number;
  readonly actors: readonly number[];
  readonly recipients: readonly number[];
  /** One more uniform draw in [0, 1), deciding the optional fields. */
  readonly extra: number;
}

function createWorld(options: GenerateDatasetOptions, random: Random): World {
  const { actors, weights } = createActors(options.actors, random);
  const popular = weighted(weights);
  const total = weights.reduce((sum, w) => sum + w, 0);
  // Busier actors have more usual partners, drawn by popularity.
  const partners = weights.map((w, self) => {
    const size = Math.min(actors.length - 1, Math.round(2 + 0.6 * Math.sqrt((options.events * w) / total)));
    const set = new Set<number>();
    for (let tries = 0; set.size < size && tries < size * 4; tries += 1) {
      const other = popular(random);
      if (other !== self) set.add(other);
    }
    return [...set];
  });
  const crises: Crisis[] = Array.from({ length: 4 + Math.floor(random() * 5) }, () => ({
    center: START + 3 * 365 * DAY_MS + random() * (END - START - 5 * 365 * DAY_MS),
    spread: Math.exp(Math.log(15) + random() * Math.log(400 / 15)),
    members: [...new Set(Array.from({ length: 2 + Math.floor(random() * 4) }, () => popular(random)))],
    topic: Math.floor(random() * TOPICS.length),
  }));
  return { actors, popular, partners, crises, crisisOf: weighted(crises.map(() => 0.5 + random() * 1.5)) };
}

const typeOf = weighted(Object.values(TYPE_WEIGHTS));
const TYPES = Object.keys(TYPE_WEIGHTS) as EventType[];

/** Draws one event: when, what, who acts (1–2) and at whom (0–3). */
function draftEvent(world: World, index: number, random: Random): EventDraft {
  const { crises, partners, popular } = world;
  const n = world.actors.length;
  const crisis = random() < BACKGROUND ? undefined : crises[world.crisisOf(random)];
  // The background thickens towards the present, as news coverage does.
  const at = crisis
    ? crisis.center + gaussian(random) * crisis.spread * DAY_MS
    : START + (END - START) * Math.sqrt(random());
  const date = drawDate(START + Math.floor((Math.min(Math.max(at, START), END) - START) / DAY_MS) * DAY_MS, random);
  const type = TYPES[typeOf(random)] ?? 'STATEMENT';
  const chosen: number[] = [];
  const draw = (partnersOf: number | undefined): void => {
    for (let tries = 0; tries < 4; tries += 1) {
      const list =
        crisis && random() < 0.5
          ? crisis.members
          : partnersOf !== undefined && random() < PARTNER_CHANCE
            ? partners[partnersOf]
            : undefined;
      const candidate = list && list.length > 0 ? pick(list, random) : popular(random);
      if (!chosen.includes(candidate)) return void chosen.push(candidate);
    }
  };
  draw(undefined);
  const lead = chosen[0] ?? 0;
  if (n > 1 && random() < 0.1) draw(lead);
  const actorCount = chosen.length;
  const r = random();
  const wanted =
    type === 'STATEMENT' ? (r < 0.7 ? 0 : r < 0.92 ? 1 : 2) : r < 0.08 ? 0 : r < 0.83 ? 1 : r < 0.96 ? 2 : 3;
  for (let i = 0; i < wanted && chosen.length < n; i += 1) draw(lead);
  const topic = crisis && random() < 0.6 ? crisis.topic : Math.floor(random() * TOPICS.length);
  return {
    index,
    date,
    type,
    topic,
    actors: chosen.slice(0, actorCount),
    recipients: chosen.slice(actorCount),
    extra: random(),
  };
}

/** Actor names by index, and whether each takes a plural verb in English. */
interface NameTables {
  readonly en: readonly string[];
  readonly id: readonly string[];
  readonly plural: readonly boolean[];
}

/** Writes one event's JSON; `start` is its quote's offset in the source text, when there is one. */
function writeEvent(e: EventDraft, id: string, world: World, tables: NameTables, start: number | undefined): RawEvent {
  const [topicEn, topicId, context] = TOPICS[e.topic] ?? ['', '', ''];
  const b = e.recipients.length > 0 ? 0 : 1;
  const [en, enPlural, ind] = TITLE_FILLERS.get(e.type) ?? [];
  const fillEn = (e.actors.length > 1 || tables.plural[e.actors[0] ?? 0] ? enPlural : en)?.[b];
  const title = (short: boolean): { en: string; id: string } => ({
    en: fillEn?.(names(e.actors, tables.en, 'en', short), names(e.recipients, tables.en, 'en', short), topicEn) ?? '',
    id: ind?.[b]?.(names(e.actors, tables.id, 'id', short), names(e.recipients, tables.id, 'id', short), topicId) ?? '',
  });
  let titles = title(false);
  if (titles.en.length > LIMITS.titleLength || titles.id.length > LIMITS.titleLength) {
    const short = title(true);
    titles = { en: clip(short.en), id: clip(short.id) };
  }
  const quad = quadClassOf(e.type);
  const [summaryEn, summaryId] =
    SUMMARY_FILLERS[b === 1 || quad === 'none' ? 'alone' : quad.endsWith('conflict') ? 'conflict' : 'cooperation'];
  const [lead = 0, to = 0] = [e.actors[0], e.recipients[0]];
  const quote = `${e.date.phrase.charAt(0).toUpperCase()}${e.date.phrase.slice(1)}: ${titles.en}.`;
  const modes = MODES[e.type];
  const ids = (list: readonly number[]): string[] => list.map((a) => world.actors[a]?.id ?? '');
  return {
    id,
    date: e.date.date,
    ...(e.date.relative
      ? { dateText: { en: e.date.relative[0], id: e.date.relative[1] }, dateBasis: 'relative' as const }
      : {}),
    title: titles,
    ...(e.extra < 0.2
      ? {
          summary: {
            en: summaryEn(tables.en[lead] ?? '', tables.en[to] ?? '', topicEn),
            id: summaryId(tables.id[lead] ?? '', tables.id[to] ?? '', topicId),
          },
        }
      : {}),
    type: e.type,
    ...(modes && e.extra > 0.5 ? { mode: modes[Math.floor(((e.extra - 0.5) / 0.5) * modes.length)] } : {}),
    ...(e.extra > 0.15 && e.extra < 0.45 ? { context: [context] } : {}),
    actors: ids(e.actors),
    ...(b === 0 ? { recipients: ids(e.recipients) } : {}),
    evidence: [
      start === undefined
        ? { source: GENERATOR_SOURCE_ID, quote }
        : { source: GENERATOR_SOURCE_ID, quote, start, end: start + quote.length },
    ],
  };
}

/** Generates a valid, JSON-ready `linimasa/1` dataset of fictional events; with `sourceText`, also the source text its evidence offsets index into. */
export function generateDataset(options: GenerateDatasetOptions & { readonly sourceText: true }): GeneratedDataset;
export function generateDataset(options: GenerateDatasetOptions & { readonly sourceText?: false }): RawDataset;
export function generateDataset(options: GenerateDatasetOptions): RawDataset | GeneratedDataset;
export function generateDataset(options: GenerateDatasetOptions): RawDataset | GeneratedDataset {
  checkWhole(options.events, 'events', 0, LIMITS.events);
  checkWhole(options.actors, 'actors', 1, LIMITS.actors);
  checkWhole(options.seed, 'seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const random = createRandom(options.seed);
  const world = createWorld(options, random);
  const drafts = Array.from({ length: options.events }, (_, index) => draftEvent(world, index, random));
  // Chronological, by earliest then latest instant as parseDataset sorts; ties keep the order they were drawn in.
  drafts.sort((a, b) => a.date.earliest - b.date.earliest || a.date.latest - b.date.latest || a.index - b.index);

  const { actors } = world;
  const tables: NameTables = {
    en: actors.map((a) => a.name.en ?? a.id),
    id: actors.map((a) => a.name.id ?? a.id),
    // Group names such as "… protesters" take a plural verb.
    plural: actors.map((a) => a.kind === 'group' && /s$/.test(a.name.en ?? '')),
  };
  const withText = options.sourceText === true;
  const text: string[] = [
    `Linimasa generator: synthetic reports (seed ${options.seed}). Every actor and event is fictional.\n\n`,
  ];
  let offset = text[0]?.length ?? 0;
  // Places come from a randomness of their own, so the rest of the dataset is what it was without them.
  const placeRandom = createRandom(-options.seed - 1);
  const { places, byCountry } = createPlaces(actors, placeRandom);
  const events = drafts.map((draft, i) => {
    const place = placeOfEvent(actors[draft.actors[0] ?? 0]?.country, byCountry, placeRandom);
    const event = {
      ...writeEvent(draft, `e${i + 1}`, world, tables, withText ? offset : undefined),
      ...(place ? { places: [place] } : {}),
    };
    const quote = event.evidence?.[0]?.quote ?? '';
    if (withText) {
      text.push(quote, '\n');
      offset += quote.length + 1;
    }
    return event;
  });

  const datasetId = `generated-${String(options.seed).replace('-', 'm')}-${options.events}-${options.actors}`;
  const count = (value: number, lang: 'en' | 'id'): string => value.toLocaleString(lang);
  const dataset: RawDataset = {
    format: 'linimasa/1',
    id: datasetId,
    title: {
      en: `Synthetic timeline: ${count(options.events, 'en')} events, ${count(actors.length, 'en')} actors (seed ${options.seed})`,
      id: `Linimasa sintetis: ${count(options.events, 'id')} peristiwa, ${count(actors.length, 'id')} aktor (seed ${options.seed})`,
    },
    description: {
      en: 'Generated by scripts/generate.ts for testing at scale. Every state, person, organization, group and event is fictional.',
      id: 'Dibuat oleh scripts/generate.ts untuk pengujian skala besar. Semua negara, tokoh, organisasi, kelompok, dan peristiwa adalah fiktif.',
    },
    locales: ['en', 'id'],
    credit: { en: 'Linimasa generator', id: 'Generator Linimasa' },
    sources: [
      {
        id: GENERATOR_SOURCE_ID,
        publisher: 'Linimasa generator',
        title: { en: 'Synthetic event reports', id: 'Laporan peristiwa sintetis' },
        published: GENERATOR_PUBLISHED,
        language: 'en',
        ...(withText ? { text: options.sourceTextPath ?? `${datasetId}.txt` } : {}),
      },
    ],
    actors,
    places,
    events,
  };
  return withText ? { dataset, sourceText: text.join('') } : dataset;
}

/** Counts the distinct directed actor → recipient pairs (the actor graph's relations) of a generated dataset. */
export function countRelations(dataset: RawDataset): number {
  const pairs = new Set<string>();
  for (const event of dataset.events) {
    for (const a of event.actors) for (const b of event.recipients ?? []) if (a !== b) pairs.add(`${a}\u0000${b}`);
  }
  return pairs.size;
}
