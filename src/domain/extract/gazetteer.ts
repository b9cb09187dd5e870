/**
 * The gazetteer: states, international organisations and groups the
 * extractor recognises by name. Country names in Indonesian and English come
 * from the `i18n-iso-countries` package; gazetteer.json adds the names news
 * use besides ("AS", "Tiongkok"), adjectives ("Russian"), capitals and seats
 * of government that stand for their state ("Moskow", "Kremlin"), the
 * organisations ("NATO", "PBB", "Uni Eropa") and groups ("Barat", "protesters").
 * Names are matched on words (text-tokens.ts), longest first, in their case.
 */
import codes from 'i18n-iso-countries/codes.json';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import countriesId from 'i18n-iso-countries/langs/id.json';
import data from '@/domain/extract/gazetteer.json';
import type { ActorKind } from '@/domain/dataset/model';
import type { ArticleLanguage } from '@/domain/extract/proposal-model';
import { tokenize, type Token } from '@/domain/extract/text-tokens';
import { slugify } from '@/domain/import/import-tools';

/** A state, organisation or group of the gazetteer. */
export interface GazetteerEntry {
  /** The actor id a draft gives it: the English name as a slug for states, the file's id otherwise. */
  readonly id: string;
  readonly kind: ActorKind;
  readonly names: Readonly<Record<ArticleLanguage, string>>;
  /** ISO 3166-1 alpha-3 for a state. */
  readonly country?: string;
}

/** How a name stands for its entry: the name itself, an adjective ("Russian"), or a capital or seat of government ("Moskow"). */
export type NameForm = 'name' | 'adjective' | 'capital';

/** One place the text names a gazetteer entry. */
export interface GazetteerMention {
  readonly start: number;
  readonly end: number;
  readonly entry: GazetteerEntry;
  readonly form: NameForm;
  /** Index of the mention's first token and one past its last, in the token list searched. */
  readonly first: number;
  readonly last: number;
}

interface AliasData {
  readonly text: string;
  readonly lang?: string;
  readonly notAfter?: readonly string[];
  readonly notBefore?: readonly string[];
  readonly anyCase?: boolean;
}

interface Alias {
  /** The name as written. */
  readonly text: string;
  readonly words: readonly string[];
  readonly lower: readonly string[];
  /** What stands between consecutive words, white space removed ("." in "U.N. Security"). */
  readonly gaps: readonly string[];
  readonly entry: GazetteerEntry;
  readonly form: NameForm;
  readonly lang?: string;
  readonly anyCase: boolean;
  readonly notAfter: ReadonlySet<string>;
  readonly notBefore: ReadonlySet<string>;
  /** Words that make a country's name part of a place's ("Laut Jepang", "South China Sea"), shared by every country. */
  readonly place: { readonly before: ReadonlySet<string>; readonly after: ReadonlySet<string> } | null;
}

type CountryNames = Readonly<Record<string, string | readonly string[]>>;

/** A name of the gazetteer before it is read into words. */
interface PendingName {
  readonly alias: string | AliasData;
  readonly entry: GazetteerEntry;
  readonly form: NameForm;
  /** A country's own name, which the words of a place ("Laut", "Sea") around it turn into a place's. */
  readonly place: boolean;
}

/** The first word of a name in lower case, as `tokenize` would give it ("u.s" for "U.S.", "g-7" for "G-7"). */
export function firstWordOf(name: string): string {
  const first = name.trimStart().split(/\s/u)[0] ?? '';
  return first
    .replace(/['’]s$/iu, '')
    .replace(/[^\p{L}\p{M}\p{N}]+$/u, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .toLowerCase();
}

const NONE: ReadonlySet<string> = new Set();

function namesOf(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** The English name to show: the shortest that is not an abbreviation and has no comma ("Russia", not "Russian Federation"). */
function shortEnglishName(names: readonly string[]): string {
  const plain = names.filter((n) => !n.includes(',') && !/^[A-Z.]+$/.test(n));
  return [...(plain.length > 0 ? plain : names)].sort((a, b) => a.length - b.length)[0] ?? '';
}

/** A name as the matcher reads it; `place` adds the words that make a country's name part of a place's ("Laut Jepang", "South China Sea"). */
function toAlias(
  raw: string | AliasData,
  entry: GazetteerEntry,
  form: NameForm,
  place: { before: ReadonlySet<string>; after: ReadonlySet<string> } | null,
): Alias | null {
  const data: AliasData = typeof raw === 'string' ? { text: raw } : raw;
  const tokens = tokenize(data.text);
  if (tokens.length === 0) return null;
  const gaps: string[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    gaps.push(data.text.slice(tokens[i - 1]?.end, tokens[i]?.start).replace(/\s+/gu, ''));
  }
  return {
    text: data.text,
    words: tokens.map((t) => t.text),
    lower: tokens.map((t) => t.lower),
    gaps,
    entry,
    form,
    ...(data.lang === undefined ? {} : { lang: data.lang }),
    anyCase: data.anyCase === true,
    notAfter: data.notAfter ? new Set(data.notAfter.map((w) => w.toLowerCase())) : NONE,
    notBefore: data.notBefore ? new Set(data.notBefore.map((w) => w.toLowerCase())) : NONE,
    place,
  };
}

/** The gazetteer built from the package's country names and gazetteer.json. */
export class Gazetteer {
  /**
   * Names by their first word in lower case. A name is read into words only when its first word turns up
   * in a text, so building the gazetteer costs little more than listing the names.
   */
  private readonly byFirstWord = new Map<string, Alias[] | PendingName[]>();
  private readonly built = new Set<string>();
  /** Every entry, by id. */
  readonly entries = new Map<string, GazetteerEntry>();

  constructor() {
    const skipEn = new Set(data.skipNames.en);
    const skipId = new Set(data.skipNames.id);
    const placeBefore = new Set(data.placeWords.before);
    const placeAfter = new Set(data.placeWords.after);
    const en = countriesEn.countries as CountryNames;
    const id = countriesId.countries as CountryNames;
    const extras = data.countries as Readonly<
      Record<
        string,
        {
          names?: Record<string, string>;
          aliases?: (string | AliasData)[];
          adjectives?: (string | AliasData)[];
          capitals?: (string | AliasData)[];
        }
      >
    >;
    // Each name of the package, with the entry it names (null when two countries share it).
    const seen = new Map<string, GazetteerEntry | null>();
    const pending: Omit<PendingName, 'place'>[] = [];
    for (const [alpha2, alpha3] of codes as unknown as [string, string][]) {
      const english = namesOf(en[alpha2]);
      const indonesian = namesOf(id[alpha2]);
      const extra = extras[alpha3];
      const names = {
        en: extra?.names?.en ?? shortEnglishName(english),
        id: extra?.names?.id ?? indonesian[0] ?? shortEnglishName(english),
      };
      if (names.en === '') continue;
      const entry: GazetteerEntry = { id: slugify(names.en), kind: 'state', names, country: alpha3 };
      this.entries.set(entry.id, entry);
      for (const name of [...english, ...indonesian, names.en, names.id]) {
        if (name.includes(',') || (skipEn.has(name) && skipId.has(name))) continue;
        // A name two countries share ("Congo") stands for neither.
        const before = seen.get(name);
        seen.set(name, before === undefined || before === entry ? entry : null);
      }
      for (const alias of extra?.aliases ?? []) pending.push({ alias, entry, form: 'name' });
      for (const alias of extra?.adjectives ?? []) pending.push({ alias, entry, form: 'adjective' });
      for (const alias of extra?.capitals ?? []) pending.push({ alias, entry, form: 'capital' });
    }
    // A name the file gives with rules of its own ("US" not before "dollars") replaces the package's plain one.
    const ruled = new Set(
      pending.map(({ alias, entry }) => `${entry.id}:${typeof alias === 'string' ? alias : alias.text}`),
    );
    for (const [name, entry] of seen) {
      if (entry && ruled.has(`${entry.id}:${name}`)) continue;
      // A name too often something else in one language is read only in the other ("Georgia" is a US state in English).
      const lang = skipEn.has(name) ? 'id' : skipId.has(name) ? 'en' : undefined;
      if (entry) pending.push({ alias: lang ? { text: name, lang } : name, entry, form: 'name' });
    }
    for (const org of [...data.organizations, ...data.groups.map((g) => ({ ...g, kind: 'group' }))]) {
      const entry: GazetteerEntry = {
        id: org.id,
        kind: (('kind' in org ? org.kind : undefined) ?? 'organization') as ActorKind,
        names: org.names,
      };
      this.entries.set(entry.id, entry);
      for (const alias of org.aliases as (string | AliasData)[]) pending.push({ alias, entry, form: 'name' });
    }
    for (const name of pending) {
      const key = firstWordOf(typeof name.alias === 'string' ? name.alias : name.alias.text);
      const list = (this.byFirstWord.get(key) ?? []) as PendingName[];
      list.push({ ...name, place: name.entry.kind === 'state' && name.form !== 'capital' });
      this.byFirstWord.set(key, list);
    }
    this.placeWords = { before: placeBefore, after: placeAfter };
  }

  private readonly placeWords: { readonly before: ReadonlySet<string>; readonly after: ReadonlySet<string> };

  /** Every name the gazetteer reads, as written (for checks of the data files). */
  allNames(): string[] {
    return [...this.byFirstWord.values()].flatMap((list) =>
      list.map((name) => ('words' in name ? name.text : typeof name.alias === 'string' ? name.alias : name.alias.text)),
    );
  }

  /** The names starting with a word (lower case), read into words on first use, longest first. */
  private namesAt(word: string): readonly Alias[] | undefined {
    const list = this.byFirstWord.get(word);
    if (!list || this.built.has(word)) return list as Alias[] | undefined;
    const aliases = (list as PendingName[])
      .map(({ alias, entry, form, place }) => toAlias(alias, entry, form, place ? this.placeWords : null))
      .filter((alias): alias is Alias => alias !== null)
      .sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(word, aliases);
    this.built.add(word);
    return aliases;
  }

  private matches(alias: Alias, tokens: readonly Token[], i: number, text: string, language: ArticleLanguage): boolean {
    if (alias.lang !== undefined && alias.lang !== language) return false;
    if (i + alias.words.length > tokens.length) return false;
    for (let k = 0; k < alias.words.length; k += 1) {
      const token = tokens[i + k] as Token;
      if (token.lower !== alias.lower[k]) return false;
      // Names keep their case ("AS" is not "as"); a word in capitals (a dateline) matches too, and a
      // lower-case word of a name may open a sentence ("The West").
      const word = alias.words[k] as string;
      if (!alias.anyCase && token.text !== word && token.text !== token.text.toUpperCase() && word !== alias.lower[k])
        return false;
      if (k > 0) {
        const previous = tokens[i + k - 1] as Token;
        if (previous.possessive || text.slice(previous.end, token.start).replace(/\s+/gu, '') !== alias.gaps[k - 1])
          return false;
      }
    }
    const before = tokens[i - 1];
    if (
      before &&
      (alias.notAfter.has(before.lower) || alias.place?.before.has(before.lower)) &&
      /^\s*$/u.test(text.slice(before.end, tokens[i]?.start))
    )
      return false;
    const last = tokens[i + alias.words.length - 1] as Token;
    const after = tokens[i + alias.words.length];
    if (
      after &&
      (alias.notBefore.has(after.lower) || alias.place?.after.has(after.lower)) &&
      /^\s*$/u.test(text.slice(last.end, after.start))
    )
      return false;
    return true;
  }

  /**
   * The gazetteer names among `tokens` of `text`, in text order, longest
   * first where names overlap; a name followed by its acronym in brackets
   * ("Kelompok Tujuh (G7)") is one mention.
   */
  find(text: string, tokens: readonly Token[], language: ArticleLanguage): GazetteerMention[] {
    const mentions: GazetteerMention[] = [];
    for (let i = 0; i < tokens.length;) {
      const aliases = this.namesAt((tokens[i] as Token).lower);
      const alias = aliases?.find((a) => this.matches(a, tokens, i, text, language));
      if (!alias) {
        i += 1;
        continue;
      }
      const first = tokens[i] as Token;
      const lastToken = tokens[i + alias.words.length - 1] as Token;
      const previous = mentions[mentions.length - 1];
      if (previous && previous.entry === alias.entry && /^\s*\(\s*$/u.test(text.slice(previous.end, first.start))) {
        const close = /^\s*\)/u.exec(text.slice(lastToken.end, lastToken.end + 3));
        mentions[mentions.length - 1] = {
          ...previous,
          end: lastToken.end + (close ? close[0].length : 0),
          last: i + alias.words.length,
        };
      } else {
        mentions.push({
          start: first.start,
          end: lastToken.end,
          entry: alias.entry,
          form: alias.form,
          first: i,
          last: i + alias.words.length,
        });
      }
      i += alias.words.length;
    }
    return mentions;
  }
}

let shared: Gazetteer | null = null;

/** The gazetteer, built on first use and kept (about 2 ms). */
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
