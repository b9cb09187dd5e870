/**
 * People named in an article: by a title of office and a name ("Presiden
 * Rusia Vladimir Putin", "Menteri Pertahanan Rusia Sergei Shoigu", "Menlu Ali
 * Alatas", "Russian Defence Minister Sergei Shoigu", "Foreign Minister Retno
 * Marsudi"), or as a speaker ("Vladimir Putin said", "kata Putin"). A state
 * or organisation in the title gives the person's country and affiliation,
 * and the title as written their role. Later mentions by surname, or by the
 * title alone ("Presiden Rusia"), are joined to the same person.
 */
import titles from '@/domain/extract/titles.json';
import type { GazetteerEntry, GazetteerMention } from '@/domain/extract/gazetteer';
import { PhraseMatcher } from '@/domain/extract/phrase-matcher';
import type { ArticleLanguage, TextSpan } from '@/domain/extract/proposal-model';
import type { Token } from '@/domain/extract/text-tokens';

/** A person found in the text. */
export interface Person {
  /** The full name as first written in full ("Vladimir Putin"). */
  readonly name: string;
  /** The role as written in the title ("Presiden Rusia"), when there was one. */
  readonly role?: string;
  /** The state or organisation of the title. */
  readonly affiliation?: GazetteerEntry;
  readonly source: 'title' | 'speaker';
  readonly mentions: TextSpan[];
  /** The title words, lower case, for a later mention by title alone. */
  readonly titleKey?: string;
}

/** Each person's mention, with the gazetteer mentions its title consumed. */
export interface PeopleFound {
  readonly people: readonly Person[];
  /** Mentions in text order, each pointing at its person. */
  readonly mentions: readonly (TextSpan & { readonly person: Person; readonly first: number; readonly last: number })[];
  /** Gazetteer mentions that were part of a title ("Rusia" in "Presiden Rusia Vladimir Putin"). */
  readonly consumed: ReadonlySet<GazetteerMention>;
}

interface TitleTable {
  readonly matcher: PhraseMatcher<string>;
  readonly before: PhraseMatcher<string>;
  readonly particles: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
}

const TABLES = new Map<ArticleLanguage, TitleTable>();

function titleTable(language: ArticleLanguage): TitleTable {
  let table = TABLES.get(language);
  if (!table) {
    const source = titles[language];
    const matcher = new PhraseMatcher<string>();
    for (const title of source.titles) matcher.add(title, title);
    const before = new PhraseMatcher<string>();
    for (const word of source.before) before.add(word, word);
    table = { matcher, before, particles: new Set(source.particles), notNames: new Set(source.notNames) };
    TABLES.set(language, table);
  }
  return table;
}

/** Words that name no one, whatever their case: month and weekday names. */
const CALENDAR_WORDS = new Set([
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  'december',
]);

interface Candidate {
  readonly first: number;
  readonly last: number;
  readonly nameFirst: number;
  readonly role?: string;
  readonly titleKey?: string;
  readonly place?: GazetteerMention;
  readonly source: 'title' | 'speaker';
}

/**
 * Finds the people of a text. `tokens` are its words, `places` the gazetteer
 * mentions among them, `speech` the lower-case verbs of saying before or
 * after which an untitled name is a speaker.
 */
export function findPeople(
  text: string,
  tokens: readonly Token[],
  places: readonly GazetteerMention[],
  language: ArticleLanguage,
  speech: ReadonlySet<string>,
): PeopleFound {
  const table = titleTable(language);
  const placeAt = new Map<number, GazetteerMention>();
  const placeEndingAt = new Map<number, GazetteerMention>();
  for (const place of places) {
    for (let k = place.first; k < place.last; k += 1) placeAt.set(k, place);
    placeEndingAt.set(place.last - 1, place);
  }
  const gap = (a: number, b: number, allowed: RegExp): boolean => {
    const left = tokens[a];
    const right = tokens[b];
    return (
      left !== undefined && right !== undefined && !left.possessive && allowed.test(text.slice(left.end, right.start))
    );
  };
  // Whether each word may be part of a name, worked out once.
  const nameWords = tokens.map(
    (token, k) =>
      token.capital &&
      !placeAt.has(k) &&
      !table.notNames.has(token.text) &&
      !CALENDAR_WORDS.has(token.lower) &&
      !table.matcher.startsWith(token.lower) &&
      /^\p{L}/u.test(token.text),
  );
  const isNameWord = (k: number): boolean => nameWords[k] === true;
  /** The end (exclusive) of the name starting at token k, or k when there is none; at most four words. */
  const nameFrom = (k: number): number => {
    let end = k;
    while (end - k < 4) {
      const token = tokens[end];
      if (!token) break;
      if (end > k && !gap(end - 1, end, /^\s+$/u)) break;
      if (isNameWord(end)) {
        end += 1;
        if (token.possessive) break;
      } else if (end > k && table.particles.has(token.text) && isNameWord(end + 1) && gap(end, end + 1, /^\s+$/u))
        end += 1;
      else break;
    }
    // A name does not end on a particle.
    while (end > k && table.particles.has(tokens[end - 1]?.text ?? '')) end -= 1;
    return end;
  };

  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const title = table.matcher.matchAt(text, tokens, i, tokens.length);
    if (!title) continue;
    let roleFirst = i;
    const beforeWord = i > 0 ? table.before.matchAt(text, tokens, i - 1, i) : null;
    if (beforeWord && gap(i - 1, i, /^\s+$/u)) roleFirst = i - 1;
    // English puts the state first: "Russian Defence Minister", "U.S. Secretary of State", "Russia's defence minister".
    let place = placeEndingAt.get(i - 1);
    if (place && (gap(place.last - 1, i, /^\.?\s+$/u) || tokens[place.last - 1]?.possessive))
      roleFirst = Math.min(roleFirst, place.first);
    else place = undefined;
    let roleLast = title.last;
    // Indonesian puts it after: "Presiden Rusia", "Sekjen PBB"; English may say "President of Russia".
    const ofWord = tokens[title.last]?.lower === 'of' ? 1 : 0;
    const after = placeAt.get(title.last + ofWord);
    if (!place && after && after.first === title.last + ofWord && gap(title.last - 1, title.last, /^\s+$/u)) {
      place = after;
      roleLast = after.last;
    }
    const nameFirst = roleLast;
    const joined = gap(roleLast - 1, nameFirst, /^[,.]?\s+$/u);
    const nameLast = joined ? nameFrom(nameFirst) : nameFirst;
    const role = text.slice(tokens[roleFirst]?.start ?? 0, tokens[roleLast - 1]?.end ?? 0);
    candidates.push({
      first: roleFirst,
      last: Math.max(nameLast, roleLast),
      nameFirst: nameLast > nameFirst ? nameFirst : -1,
      role,
      titleKey: role.toLowerCase(),
      ...(place ? { place } : {}),
      source: 'title',
    });
    i = Math.max(nameLast, roleLast) - 1;
  }

  // Untitled speakers: "Vladimir Putin said", "kata Putin", "according to Dmitry Peskov".
  const taken = (k: number) => candidates.some((c) => k >= c.first && k < c.last);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (!speech.has(token.lower)) continue;
    // After the verb: "kata Putin", "said Smith".
    const next = token.lower === 'according' && tokens[i + 1]?.lower === 'to' ? i + 2 : i + 1;
    if ((!taken(next) && gap(i, next, /^,?\s+$/u)) || (next === i + 2 && !taken(next))) {
      const end = nameFrom(next);
      if (end > next) candidates.push({ first: next, last: end, nameFirst: next, source: 'speaker' });
    }
    // Before the verb: "Vladimir Putin mengatakan" (two words at least: one capitalised word opens many sentences).
    let start = i;
    while (start > 0 && i - start < 4 && isNameWord(start - 1) && gap(start - 1, start, /^\s+$/u)) start -= 1;
    if (i - start >= 2 && !taken(start)) {
      const end = nameFrom(start);
      if (end === i) candidates.push({ first: start, last: end, nameFirst: start, source: 'speaker' });
    }
  }
  candidates.sort((a, b) => a.first - b.first);
  return resolvePeople(text, tokens, candidates, isNameWord);
}

/** Joins candidates into people: full names first, then single names and bare titles to the person they stand for, then every later surname. */
function resolvePeople(
  text: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  isNameWord: (k: number) => boolean,
): PeopleFound {
  const people: Person[] = [];
  const byName = new Map<string, Person>();
  const bySurname = new Map<string, Person | null>();
  const byTitle = new Map<string, Person | null>();
  const mentions: (TextSpan & { person: Person; first: number; last: number })[] = [];
  const consumed = new Set<GazetteerMention>();
  const nameOf = (c: Candidate) => text.slice(tokens[c.nameFirst]?.start ?? 0, tokens[c.last - 1]?.end ?? 0);
  const register = (c: Candidate, person: Person) => {
    mentions.push({
      start: tokens[c.first]?.start ?? 0,
      end: tokens[c.last - 1]?.end ?? 0,
      first: c.first,
      last: c.last,
      person,
    });
    person.mentions.push({ start: tokens[c.first]?.start ?? 0, end: tokens[c.last - 1]?.end ?? 0 });
    if (c.place) consumed.add(c.place);
  };
  const words = (c: Candidate) => c.last - c.nameFirst;
  const keyOf = (c: Candidate) => nameOf(c).toLowerCase();
  const personOf = (c: Candidate): Person => ({
    name: nameOf(c),
    ...(c.role ? { role: c.role, titleKey: c.titleKey } : {}),
    ...(c.place ? { affiliation: c.place.entry } : {}),
    source: c.source,
    mentions: [],
  });
  // Full names (two words or more) make people.
  for (const c of candidates) {
    if (c.nameFirst < 0 || words(c) < 2) continue;
    let person = byName.get(keyOf(c));
    if (!person) {
      person = personOf(c);
      people.push(person);
      byName.set(keyOf(c), person);
      const surname = (tokens[c.last - 1] as Token).text.toLowerCase();
      bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== person ? null : person);
      if (person.titleKey) byTitle.set(person.titleKey, byTitle.has(person.titleKey) ? null : person);
    }
    register(c, person);
  }
  // Single names and bare titles join a known person, or make one (a single name).
  for (const c of candidates) {
    if (c.nameFirst >= 0 && words(c) >= 2) continue;
    if (c.nameFirst < 0) {
      const person = c.titleKey ? byTitle.get(c.titleKey) : undefined;
      if (person) register(c, person);
      continue;
    }
    const key = keyOf(c);
    let person = bySurname.get(key) ?? byName.get(key);
    if (!person) {
      person = personOf(c);
      people.push(person);
      byName.set(key, person);
      bySurname.set(key, person);
    }
    register(c, person);
  }
  // Every other capitalised word that is a known surname.
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.first; k < m.last; k += 1) covered.add(k);
  tokens.forEach((token, k) => {
    if (covered.has(k) || !isNameWord(k)) return;
    const person = bySurname.get(token.lower);
    if (person) register({ first: k, last: k + 1, nameFirst: k, source: person.source }, person);
  });
  mentions.sort((a, b) => a.start - b.start);
  for (const person of people) person.mentions.sort((a, b) => a.start - b.start);
  return { people, mentions, consumed };
}
