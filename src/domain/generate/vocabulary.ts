/**
 * The words synthetic datasets are made of, in English and Indonesian: name
 * syllables, roles, organizations, topics, and title and summary templates
 * per PLOVER type, weighted roughly as coded news is.
 */
import type { EventType } from '@/domain/dataset/model';

/** An English text and its Indonesian counterpart. */
export type Pair = readonly [en: string, id: string];

/** Short month names keep the quotes, and so the file, small. */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Short syllables keep names, and so titles, quotes and the file, small. */
export const SYLLABLES =
  'ba da ka la ma na ra sa ta va be de ke le me ne re se te ve bi di ki li mi ni ri si ti vi bo do ko lo mo no ro so to vo bu du ku lu mu nu ru su tu an el or is ur'.split(
    ' ',
  );
/** Endings of fictional state names. */
export const STATE_ENDINGS = ['ia', 'ia', 'a', 'land', 'stan', 'or', 'ar', 'ea'];
/** Roles of fictional people, English and Indonesian. */
export const ROLES: readonly Pair[] = [
  ['President', 'Presiden'],
  ['Prime Minister', 'Perdana Menteri'],
  ['Foreign Minister', 'Menteri Luar Negeri'],
  ['Defence Minister', 'Menteri Pertahanan'],
  ['Ambassador', 'Duta Besar'],
  ['Opposition Leader', 'Pemimpin Oposisi'],
  ['Army Chief', 'Panglima'],
  ['Envoy', 'Utusan'],
];
/** Kinds of fictional organization, English and Indonesian. */
export const ORGANIZATIONS: readonly Pair[] = [
  ['{R} Alliance', 'Aliansi {R}'],
  ['{R} Council', 'Dewan {R}'],
  ['{R} Bank', 'Bank {R}'],
  ['{R} Energy', 'Energi {R}'],
  ['{R} Forum', 'Forum {R}'],
  ['{R} Party', 'Partai {R}'],
  ['{R} Union', 'Serikat {R}'],
];
/** Kinds of fictional group, English and Indonesian. */
export const GROUPS: readonly Pair[] = [
  ['{S} protesters', 'Pengunjuk rasa {S}'],
  ['{S} farmers', 'Petani {S}'],
  ['{S} students', 'Mahasiswa {S}'],
  ['{S} militia', 'Milisi {S}'],
  ['{S} opposition', 'Oposisi {S}'],
  ['{S} veterans', 'Veteran {S}'],
  ['{S} rebels', 'Pemberontak {S}'],
];
/** English, Indonesian, PLOVER context. */
export const TOPICS: readonly (readonly [string, string, string])[] = [
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
/** Roughly the spread of PLOVER/ICEWS-coded news: talk and cooperation far outnumber force. */
export const TYPE_WEIGHTS: Readonly<Record<EventType, number>> = {
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
/** PLOVER modes drawn for the types that have them. */
export const MODES: Partial<Record<EventType, readonly string[]>> = {
  ASSAULT: ['firearms', 'explosives', 'aerial', 'beat'],
  COERCE: ['seize', 'arrest', 'censor', 'cyber'],
  PROTEST: ['demonstrate', 'strike', 'riot'],
};
/** Phrases `resolveRelativeDate` reads, English then Indonesian. */
export const RELATIVE: readonly Pair[] = [
  ['last week', 'pekan lalu'],
  ['earlier this week', 'awal pekan ini'],
  ['last weekend', 'akhir pekan lalu'],
  ['yesterday', 'kemarin'],
  ['last month', 'bulan lalu'],
  ['this month', 'bulan ini'],
  ['last year', 'tahun lalu'],
];

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

/** Per type: [English with a recipient, without], the same with a plural subject, [Indonesian with, without]. */
export const TITLE_FILLERS = new Map(
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
/** Summary fillers by kind of event, English and Indonesian. */
export const SUMMARY_FILLERS = Object.fromEntries(
  Object.entries(SUMMARIES).map(([key, [en, id]]) => [key, [compile(en), compile(id)] as const]),
) as Record<keyof typeof SUMMARIES, readonly [Filler, Filler]>;
