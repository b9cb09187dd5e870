/**
 * Where the proposed events happened: the countries and capitals the
 * gazetteer finds (its state names, and its capitals that capitals.json
 * gives a point), read as a place when a word of place stands before them
 * ("di Belarus", "ke Moskow", "in the capital Kyiv", place-words.json), and
 * the city of the dateline. Each proposal gets the places its evidence
 * names that way, with the offsets of the name; the draft gets the list of
 * those places, cities with their point (never the article's: `external`).
 */
import capitalData from '@/domain/extract/capitals.json';
import placeWordData from '@/domain/extract/place-words.json';
import type { ActorMention } from '@/domain/extract/actor-registry';
import { gazetteer } from '@/domain/extract/gazetteer';
import type {
  ArticleLanguage,
  ProposalEvidence,
  ProposalPlace,
  ProposedPlace,
  TextSpan,
} from '@/domain/extract/proposal-model';
import type { Token } from '@/domain/extract/text-tokens';
import { slugify } from '@/domain/import/import-tools';

/** A capital (or seat of government) of capitals.json. */
export interface CapitalCity {
  /** ISO 3166-1 alpha-3 of its state. */
  readonly country: string;
  readonly names: Readonly<Record<ArticleLanguage, string>>;
  readonly aliases?: readonly string[];
  readonly role: 'capital' | 'seat';
  /** [longitude, latitude] in degrees, the city centre to 0.01°. */
  readonly point: readonly [number, number];
}

/** Every city of capitals.json. */
export const CAPITAL_CITIES = capitalData.cities as unknown as readonly CapitalCity[];

/** The gazetteer's capitals that are no city (Kremlin, White House): they stand for a government, never for a place. */
export const GOVERNMENT_SEATS: readonly string[] = capitalData.seats;

let citiesBySpelling: ReadonlyMap<string, CapitalCity> | null = null;

/** The city of capitals.json a spelling names (any case: "MOSKOW" is Moscow), or undefined. */
export function capitalBySpelling(spelling: string): CapitalCity | undefined {
  citiesBySpelling ??= new Map(
    CAPITAL_CITIES.flatMap((city) =>
      [city.names.en, city.names.id, ...(city.aliases ?? [])].map((name) => [name.toLowerCase(), city] as const),
    ),
  );
  return citiesBySpelling.get(spelling.toLowerCase());
}

const BEFORE: Readonly<Record<ArticleLanguage, ReadonlySet<string>>> = {
  id: new Set(placeWordData.before.id),
  en: new Set(placeWordData.before.en),
};
const BETWEEN: ReadonlySet<string> = new Set(placeWordData.between);
/** Most nouns between a word of place and the name ("di wilayah timur Ukraina"). */
const MAX_BETWEEN = 2;

/** True when a word of place stands before the token at `first`, with at most MAX_BETWEEN nouns of place between. */
function afterWordOfPlace(tokens: readonly Token[], first: number, language: ArticleLanguage, text: string): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 1 - MAX_BETWEEN; k -= 1) {
    const token = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    // Only words in one stretch of the sentence: no punctuation between them.
    if (!/^\s+$/u.test(text.slice(token.end, next.start))) return false;
    if (BEFORE[language].has(token.lower)) return true;
    if (!BETWEEN.has(token.lower)) return false;
  }
  return false;
}

/** A place while the article is read: what it is, and every place the text names it. */
interface Building {
  readonly id: string;
  readonly names: Readonly<Record<ArticleLanguage, string>>;
  readonly kind: ProposedPlace['kind'];
  readonly country: string;
  readonly point?: readonly [number, number];
  readonly mentions: TextSpan[];
}

/** What a place is, before it has an id. */
type PlaceShape = Omit<Building, 'id' | 'mentions'>;

/** A mention of a country or capital, read as the place it names. */
interface PlaceMention extends TextSpan {
  readonly place: Building;
  /** True when a word of place stands before it. */
  readonly located: boolean;
}

/** The shape of the place a gazetteer mention names: a country by its name, a city of capitals.json; null for neither. */
function shapeOf(text: string, mention: ActorMention): { key: string; shape: PlaceShape } | null {
  if (mention.kind !== 'state') return null;
  const entry = gazetteer().entries.get(mention.actor);
  const country = entry?.country;
  if (!entry || !country) return null;
  if (mention.form === 'name')
    return { key: `country:${country}`, shape: { names: entry.names, kind: 'country', country } };
  if (mention.form !== 'capital') return null;
  const city = capitalBySpelling(text.slice(mention.start, mention.end));
  if (!city || city.country !== country) return null;
  return { key: `city:${city.names.en}`, shape: { names: city.names, kind: 'city', country, point: city.point } };
}

/** The places an article names and, per proposal, where its event happened. */
export interface FoundPlaces {
  /** Places in order of first mention, those no proposal and no dateline names left out. */
  readonly places: readonly ProposedPlace[];
  /** Per proposal (in the order given), the places its evidence names after a word of place. */
  readonly byProposal: readonly (readonly ProposalPlace[])[];
  readonly datelinePlace: string | null;
}

/**
 * Finds the places of an article: `mentions` are the actor registry's (furniture already left out),
 * `evidence` each proposal's evidence, `dateline` the dateline's span.
 */
export function findPlaces(
  text: string,
  tokens: readonly Token[],
  language: ArticleLanguage,
  mentions: readonly ActorMention[],
  evidence: readonly (readonly ProposalEvidence[])[],
  dateline: TextSpan | null,
): FoundPlaces {
  const byKey = new Map<string, Building>();
  const taken = new Set<string>();
  const found: PlaceMention[] = [];
  for (const mention of mentions) {
    const read = shapeOf(text, mention);
    if (!read) continue;
    let place = byKey.get(read.key);
    if (!place) {
      const base = slugify(read.shape.names.en) || 'place';
      let id = base;
      for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
      taken.add(id);
      place = { id, ...read.shape, mentions: [] };
      byKey.set(read.key, place);
    }
    place.mentions.push({ start: mention.start, end: mention.end });
    found.push({
      start: mention.start,
      end: mention.end,
      place,
      located: afterWordOfPlace(tokens, mention.first, language, text),
    });
  }
  const used = new Set<string>();
  const byProposal = evidence.map((spans) => {
    const seen = new Set<string>();
    const places: ProposalPlace[] = [];
    for (const m of found) {
      const { id } = m.place;
      if (!m.located || seen.has(id) || !spans.some((e) => m.start >= e.start && m.end <= e.end)) continue;
      seen.add(id);
      used.add(id);
      places.push({ place: id, start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    }
    return places;
  });
  // The dateline's city ("REPUBLIKA.CO.ID, MOSKOW --") is where the article was written.
  const inDateline = dateline
    ? found.find((m) => m.start >= dateline.start && m.end <= dateline.end && m.place.kind === 'city')
    : undefined;
  const datelinePlace = inDateline?.place.id ?? null;
  if (datelinePlace) used.add(datelinePlace);
  const places: ProposedPlace[] = [...byKey.values()]
    .filter((p) => used.has(p.id))
    .map((p) => ({
      id: p.id,
      name: p.names[language],
      names: { ...p.names },
      kind: p.kind,
      country: p.country,
      ...(p.point ? { point: p.point } : {}),
      mentions: [...p.mentions].sort((a, b) => a.start - b.start),
    }));
  return { places, byProposal, datelinePlace };
}
