/**
 * Builds synthetic `linimasa/1` datasets for load tests and demos: fictional
 * states, people, organizations and groups whose activity is heavy-tailed
 * (Zipf), and events whose dates cluster in a few crises over a thin 1950–2024
 * background. Deterministic: a seeded PRNG (sfc32), never Math.random or the
 * clock, so the same options always give the same JSON.
 */
import { formatEdtfDay, parseEdtfDate } from '@/domain/dates/edtf';
import type { ActorKind, EventType } from '@/domain/dataset/model';
import { quadClassOf } from '@/domain/dataset/quad';
import { resolveRelativeDate } from '@/domain/dates/relative-dates';
import { LIMITS, type RawDataset } from '@/domain/dataset/schema';
import { DAY_MS } from '@/domain/dates/day';

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

type Random = () => number;
type Pair = readonly [en: string, id: string];
type RawEvent = RawDataset['events'][number];

/** Id of the one synthetic source every event quotes. */
export const GENERATOR_SOURCE_ID = 'generator';
/** EDTF day the synthetic source was "published"; relative dates resolve against it. */
export const GENERATOR_PUBLISHED = '2024-12-31';

const START = Date.UTC(1950, 0, 1);
const END = Date.UTC(2024, 11, 31);
// Share of events outside any crisis, and the chance that a recipient comes
// from the actor's usual partners: together they set how many distinct
// relations the graph has (about 10 per actor at 2,000 actors, 100,000 events).
const BACKGROUND = 0.3;
const PARTNER_CHANCE = 0.95;

// Short month names keep the quotes, and so the file, small.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Short syllables keep names, and so titles, quotes and the file, small.
const SYLLABLES =
  'ba da ka la ma na ra sa ta va be de ke le me ne re se te ve bi di ki li mi ni ri si ti vi bo do ko lo mo no ro so to vo bu du ku lu mu nu ru su tu an el or is ur'.split(
    ' ',
  );
const STATE_ENDINGS = ['ia', 'ia', 'a', 'land', 'stan', 'or', 'ar', 'ea'];
const ROLES: readonly Pair[] = [
  ['President', 'Presiden'],
  ['Prime Minister', 'Perdana Menteri'],
  ['Foreign Minister', 'Menteri Luar Negeri'],
  ['Defence Minister', 'Menteri Pertahanan'],
  ['Ambassador', 'Duta Besar'],
  ['Opposition Leader', 'Pemimpin Oposisi'],
  ['Army Chief', 'Panglima'],
  ['Envoy', 'Utusan'],
];
const ORGANIZATIONS: readonly Pair[] = [
  ['{R} Alliance', 'Aliansi {R}'],
  ['{R} Council', 'Dewan {R}'],
  ['{R} Bank', 'Bank {R}'],
  ['{R} Energy', 'Energi {R}'],
  ['{R} Forum', 'Forum {R}'],
  ['{R} Party', 'Partai {R}'],
  ['{R} Union', 'Serikat {R}'],
];
const GROUPS: readonly Pair[] = [
  ['{S} protesters', 'Pengunjuk rasa {S}'],
  ['{S} farmers', 'Petani {S}'],
  ['{S} students', 'Mahasiswa {S}'],
  ['{S} militia', 'Milisi {S}'],
  ['{S} opposition', 'Oposisi {S}'],
  ['{S} veterans', 'Veteran {S}'],
  ['{S} rebels', 'Pemberontak {S}'],
];
// English, Indonesian, PLOVER context.
const TOPICS: readonly (readonly [string, string, string])[] = [
  ['the border', 'perbatasan', 'territory'],
  ['fishing rights', 'hak tangkap ikan', 'resources'],
  ['gas prices', 'harga gas', 'economic'],
  ['troop movements', 'gerakan pasukan', 'military'],
  ['the election', 'pemilu', 'election'],
  ['tariffs', 'tarif', 'economic'],
  ['refugees', 'pengungsi', 'migration'],
  ['a river dam', 'bendungan sungai', 'resources'],
  ['nuclear talks', 'perundingan nuklir', 'cbrn'],
  ['jailed reporters', 'wartawan ditahan', 'human-rights'],
  ['grain exports', 'ekspor gandum', 'economic'],
  ['a ceasefire', 'gencatan senjata', 'military'],
  ['airspace', 'wilayah udara', 'territory'],
  ['debt relief', 'keringanan utang', 'economic'],
  ['a pipeline', 'pipa gas', 'resources'],
  ['the port', 'pelabuhan', 'territory'],
  ['water rights', 'hak atas air', 'resources'],
  ['cyber attacks', 'serangan siber', 'cyber'],
  ['minority rights', 'hak minoritas', 'human-rights'],
  ['an arms deal', 'kesepakatan senjata', 'military'],
];
// Roughly the spread of PLOVER/ICEWS-coded news: talk and cooperation far outnumber force.
const TYPE_WEIGHTS: Readonly<Record<EventType, number>> = {
  STATEMENT: 14,
  CONSULT: 14,
  SUPPORT: 7,
  AGREE: 6,
  CONCEDE: 1.5,
  COOPERATE: 6,
  AID: 3,
  RETREAT: 1,
  REQUEST: 6,
  ACCUSE: 9,
  REJECT: 5,
  THREATEN: 4,
  PROTEST: 5,
  SANCTION: 2.5,
  MOBILIZE: 2.5,
  COERCE: 5,
  ASSAULT: 7.5,
};
// With a recipient (en, id), then without one (en, id).
const TITLES: Readonly<Record<EventType, readonly [string, string, string, string]>> = {
  AGREE: [
    '{A} agrees with {B} on {T}',
    '{A} sepakat dengan {B} soal {T}',
    '{A} agrees a deal on {T}',
    '{A} menyetujui kesepakatan soal {T}',
  ],
  CONSULT: [
    '{A} holds talks with {B} on {T}',
    '{A} berunding dengan {B} soal {T}',
    '{A} holds talks on {T}',
    '{A} menggelar perundingan soal {T}',
  ],
  SUPPORT: [
    '{A} backs {B} on {T}',
    '{A} mendukung {B} soal {T}',
    '{A} voices support on {T}',
    '{A} menyatakan dukungan soal {T}',
  ],
  CONCEDE: [
    '{A} yields to {B} on {T}',
    '{A} mengalah kepada {B} soal {T}',
    '{A} backs down on {T}',
    '{A} mundur soal {T}',
  ],
  COOPERATE: [
    '{A} works with {B} on {T}',
    '{A} bekerja sama dengan {B} soal {T}',
    '{A} starts joint work on {T}',
    '{A} memulai kerja sama soal {T}',
  ],
  AID: [
    '{A} sends aid to {B} over {T}',
    '{A} mengirim bantuan ke {B} soal {T}',
    '{A} sends aid over {T}',
    '{A} mengirim bantuan soal {T}',
  ],
  RETREAT: [
    '{A} pulls back from {B} over {T}',
    '{A} mundur dari {B} soal {T}',
    '{A} withdraws over {T}',
    '{A} menarik diri soal {T}',
  ],
  REQUEST: [
    '{A} asks {B} for help on {T}',
    '{A} meminta bantuan {B} soal {T}',
    '{A} appeals for help on {T}',
    '{A} meminta bantuan soal {T}',
  ],
  ACCUSE: [
    '{A} accuses {B} over {T}',
    '{A} menuduh {B} soal {T}',
    '{A} makes accusations over {T}',
    '{A} melontarkan tuduhan soal {T}',
  ],
  REJECT: [
    '{A} rejects a proposal by {B} on {T}',
    '{A} menolak usulan {B} soal {T}',
    '{A} rejects a proposal on {T}',
    '{A} menolak usulan soal {T}',
  ],
  THREATEN: [
    '{A} threatens {B} over {T}',
    '{A} mengancam {B} soal {T}',
    '{A} issues threats over {T}',
    '{A} melontarkan ancaman soal {T}',
  ],
  PROTEST: [
    '{A} protests against {B} over {T}',
    '{A} memprotes {B} soal {T}',
    '{A} stages protests over {T}',
    '{A} menggelar protes soal {T}',
  ],
  SANCTION: [
    '{A} sanctions {B} over {T}',
    '{A} menyanksi {B} soal {T}',
    '{A} announces sanctions over {T}',
    '{A} mengumumkan sanksi soal {T}',
  ],
  MOBILIZE: [
    '{A} mobilizes against {B} over {T}',
    '{A} mengerahkan pasukan melawan {B} soal {T}',
    '{A} mobilizes forces over {T}',
    '{A} mengerahkan pasukan soal {T}',
  ],
  COERCE: [
    '{A} cracks down on {B} over {T}',
    '{A} menindak {B} soal {T}',
    '{A} cracks down over {T}',
    '{A} melakukan penindakan soal {T}',
  ],
  ASSAULT: [
    '{A} attacks {B} over {T}',
    '{A} menyerang {B} soal {T}',
    '{A} carries out attacks over {T}',
    '{A} melancarkan serangan soal {T}',
  ],
  STATEMENT: [
    '{A} responds to {B} on {T}',
    '{A} menanggapi {B} soal {T}',
    '{A} makes a statement on {T}',
    '{A} memberi pernyataan soal {T}',
  ],
};
const SUMMARIES = {
  cooperation: [
    '{A} and {B} said talks on {T} would go on.',
    '{A} dan {B} menyatakan pembicaraan soal {T} akan berlanjut.',
  ],
  conflict: ['Relations between {A} and {B} have worsened over {T}.', 'Hubungan {A} dan {B} memburuk akibat {T}.'],
  alone: ['{A} spoke to reporters about {T}.', '{A} berbicara kepada wartawan tentang {T}.'],
} as const;
const MODES: Partial<Record<EventType, readonly string[]>> = {
  ASSAULT: ['firearms', 'explosives', 'aerial', 'beat'],
  COERCE: ['seize', 'arrest', 'censor', 'cyber'],
  PROTEST: ['demonstrate', 'strike', 'riot'],
};
// Phrases `resolveRelativeDate` reads, English then Indonesian.
const RELATIVE: readonly Pair[] = [
  ['last week', 'pekan lalu'],
  ['earlier this week', 'awal pekan ini'],
  ['last weekend', 'akhir pekan lalu'],
  ['yesterday', 'kemarin'],
  ['last month', 'bulan lalu'],
  ['this month', 'bulan ini'],
  ['last year', 'tahun lalu'],
];

/** sfc32 seeded through splitmix32: a small, fast PRNG returning numbers in [0, 1). */
function createRandom(seed: number): Random {
  let state = (seed >>> 0) ^ Math.floor(seed / 2 ** 32);
  const split = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let [a, b, c, d] = [split(), split(), split(), split()];
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** A sampler of indices in proportion to `weights`, by binary search over their running sums. */
function weighted(weights: readonly number[]): (random: Random) => number {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (sums[i] = total += w));
  return (random) => {
    const target = random() * total;
    let [lo, hi] = [0, sums.length - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sums[mid] ?? 0) <= target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)] as T;
}

type Filler = (a: string, b: string, t: string) => string;

/** Turns a template with `{A}` (actors), `{B}` (recipients) and `{T}` (topic) into a fast filler. */
function compile(template: string): Filler {
  const parts = template.split(/(\{[ABT]\})/);
  return (a, b, t) => {
    let out = '';
    for (const part of parts) out += part === '{A}' ? a : part === '{B}' ? b : part === '{T}' ? t : part;
    return out;
  };
}

/** The same English template with a plural subject: "{A} accuses" becomes "{A} accuse". */
function pluralSubject(template: string): string {
  return template.replace(
    /^\{A\} (\w+)/,
    (_, verb: string) =>
      `{A} ${verb.endsWith('ies') ? `${verb.slice(0, -3)}y` : verb.endsWith('sses') ? verb.slice(0, -2) : verb.slice(0, -1)}`,
  );
}

// Per type: [English with a recipient, without], the same with a plural subject, [Indonesian with, without].
const TITLE_FILLERS = new Map(
  (Object.entries(TITLES) as [EventType, readonly [string, string, string, string]][]).map(
    ([type, [withEn, withId, aloneEn, aloneId]]) => [
      type,
      [
        [compile(withEn), compile(aloneEn)],
        [compile(pluralSubject(withEn)), compile(pluralSubject(aloneEn))],
        [compile(withId), compile(aloneId)],
      ] as const,
    ],
  ),
);
const SUMMARY_FILLERS = Object.fromEntries(
  Object.entries(SUMMARIES).map(([key, [en, id]]) => [key, [compile(en), compile(id)] as const]),
) as Record<keyof typeof SUMMARIES, readonly [Filler, Filler]>;

/** Builds the fictional actors and their activity weights (1/rank); states get user-assigned ISO codes (XAA–XZZ), so no real country is implied. */
function createActors(count: number, random: Random): { actors: RawDataset['actors']; weights: number[] } {
  const used = new Set<string>();
  // A new word, unused unless `fresh` is false (first names may repeat, as they do).
  const word = (syllables: number, fresh = true): string => {
    for (let attempt = 0; ; attempt += 1) {
      let w = '';
      for (let i = 0; i < syllables + (attempt > 20 ? 1 : 0); i += 1) w += pick(SYLLABLES, random);
      w = w.charAt(0).toUpperCase() + w.slice(1);
      if (!fresh) return w;
      if (!used.has(w)) return (used.add(w), w);
    }
  };
  // Names of organizations and groups are built from other names; retry with a fresh root until unused.
  const unique = (make: (root: string) => Pair, root: string): Pair => {
    let pair = make(root);
    while (used.has(pair[0])) pair = make(word(2));
    used.add(pair[0]);
    return pair;
  };
  const states = Math.min(Math.max(1, Math.round(count * 0.12)), 250, count);
  const persons = Math.round((count - states) * 0.5);
  const organizations = Math.round((count - states) * 0.25);
  const codes = Array.from(
    { length: 676 },
    (_, i) => `X${String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))}`,
  );
  const stateWeights = weighted(Array.from({ length: states }, (_, i) => 1 / (i + 1)));
  const ids = new Set<string>();
  const actors: RawDataset['actors'] = [];
  const add = (kind: ActorKind, [en, id]: Pair, extra: object = {}): void => {
    const base =
      en
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 56) || 'actor';
    let slug = base;
    for (let n = 2; ids.has(slug); n += 1) slug = `${base}-${n}`;
    ids.add(slug);
    actors.push({ id: slug, name: { en, id }, kind, ...extra });
  };
  for (let i = 0; i < states; i += 1) {
    const [name] = unique((stem) => {
      const ending = pick(STATE_ENDINGS, random);
      const joined = /[aeiou]$/.test(stem) && /^[aeiou]/.test(ending) ? stem.slice(0, -1) + ending : stem + ending;
      return [joined, joined];
    }, word(2));
    const j = i + Math.floor(random() * (codes.length - i));
    [codes[i], codes[j]] = [codes[j] as string, codes[i] as string];
    add('state', [name, name], { country: codes[i] });
  }
  for (let i = states; i < count; i += 1) {
    const state = actors[stateWeights(random)];
    const stateName = state?.name.en ?? '';
    const country = state?.country;
    if (i < states + persons) {
      const [role, peran] = pick(ROLES, random);
      const [name] = unique((last) => [`${word(2, false)} ${last}`, ''], word(2));
      add('person', [name, name], {
        country,
        affiliation: state?.id,
        role: { en: `${role} of ${stateName}`, id: `${peran} ${stateName}` },
      });
    } else if (i < states + persons + organizations) {
      const [en, id] = pick(ORGANIZATIONS, random);
      const national = random() < 0.5;
      add(
        'organization',
        unique((root) => [en.replace('{R}', root), id.replace('{R}', root)], national ? stateName : word(2)),
        national ? { country } : {},
      );
    } else {
      const [en, id] = pick(GROUPS, random);
      add(
        'group',
        unique((root) => [en.replace('{S}', root), id.replace('{S}', root)], stateName),
        { country },
      );
    }
  }
  // Popularity rank: states tend to lead, groups to trail; activity falls off as 1/rank.
  const bias: Record<ActorKind, number> = { state: 0.25, organization: 0.8, person: 1, group: 1.3 };
  const keys = actors.map((a) => random() * bias[a.kind]);
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
  const weights: number[] = new Array<number>(count).fill(0);
  order.forEach((actor, rank) => (weights[actor] = 1 / (rank + 1)));
  return { actors, weights };
}

interface DateDraft {
  readonly date: string;
  /** Earliest and latest instants, ms since epoch UTC: events are sorted by them, as parseDataset sorts. */
  readonly earliest: number;
  readonly latest: number;
  /** How the source words the date, in English. */
  readonly phrase: string;
  readonly relative?: Pair;
}

const dayWords = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const monthWords = (ms: number): string => dayWords(ms).replace(/^\d+ /, '');
const monthStart = (ms: number, add = 0): number =>
  Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth() + add, 1);
const yearStart = (ms: number, add = 0): number => Date.UTC(new Date(ms).getUTCFullYear() + add, 0, 1);
const relativeSpans = new Map<string, readonly [number, number]>();

/** A day, month or year date draft for `day` (ms, UTC midnight), with `mark` (`?`, `~`, `%`) and `words` when qualified. */
function plainDate(day: number, unit: 'day' | 'month' | 'year', mark = '', words = ''): DateDraft {
  const iso = formatEdtfDay(day);
  const prefix = words === '' ? '' : `${words} `;
  if (unit === 'day')
    return { date: iso + mark, earliest: day, latest: day + DAY_MS - 1, phrase: prefix + dayWords(day) };
  if (unit === 'month')
    return {
      date: iso.slice(0, 7) + mark,
      earliest: monthStart(day),
      latest: monthStart(day, 1) - 1,
      phrase: prefix + monthWords(day),
    };
  return {
    date: iso.slice(0, 4) + mark,
    earliest: yearStart(day),
    latest: yearStart(day, 1) - 1,
    phrase: prefix + iso.slice(0, 4),
  };
}

/** An EDTF date around `day` (ms, UTC midnight): ~60% days, 15% months, 10% years, 10% intervals, 4% qualified, 1% relative. */
function drawDate(day: number, random: Random): DateDraft {
  const r = random();
  if (r < 0.6) return plainDate(day, 'day');
  if (r < 0.75) return plainDate(day, 'month');
  if (r < 0.85) return plainDate(day, 'year');
  if (r < 0.95) {
    if (random() < 0.7) {
      const start = Math.min(day, END - 21 * DAY_MS);
      const end = start + (1 + Math.floor(random() * 20)) * DAY_MS;
      return {
        date: `${formatEdtfDay(start)}/${formatEdtfDay(end)}`,
        earliest: start,
        latest: end + DAY_MS - 1,
        phrase: `${dayWords(start)} to ${dayWords(end)}`,
      };
    }
    const start = monthStart(Math.min(day, END - 160 * DAY_MS));
    const end = monthStart(start, 1 + Math.floor(random() * 5));
    return {
      date: `${formatEdtfDay(start).slice(0, 7)}/${formatEdtfDay(end).slice(0, 7)}`,
      earliest: start,
      latest: monthStart(end, 1) - 1,
      phrase: `${monthWords(start)} to ${monthWords(end)}`,
    };
  }
  if (r < 0.99) {
    const q = random();
    const [mark, words] = q < 0.45 ? ['?', 'possibly'] : q < 0.9 ? ['~', 'around'] : ['%', 'possibly around'];
    const p = random();
    return plainDate(day, p < 0.4 ? 'day' : p < 0.75 ? 'month' : 'year', mark, words);
  }
  const relative = pick(RELATIVE, random);
  const date = resolveRelativeDate(relative[0], GENERATOR_PUBLISHED) ?? GENERATOR_PUBLISHED;
  let span = relativeSpans.get(date);
  if (span === undefined) {
    const parsed = parseEdtfDate(date);
    span = parsed.ok ? [parsed.span.earliest, parsed.span.latest] : [END, END];
    relativeSpans.set(date, span);
  }
  return { date, earliest: span[0], latest: span[1], phrase: relative[0], relative };
}

interface Crisis {
  readonly center: number;
  /** Standard deviation of its events' dates, in days. */
  readonly spread: number;
  readonly members: readonly number[];
  readonly topic: number;
}

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
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
  const events = drafts.map((draft, i) => {
    const event = writeEvent(draft, `e${i + 1}`, world, tables, withText ? offset : undefined);
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
