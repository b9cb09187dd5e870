/**
 * The countries of the world with their ISO 3166-1 codes and their names in
 * English and Indonesian, from the `i18n-iso-countries` package: for the map
 * (naming a country no dataset text names) and for whoever adds places to a
 * story (pick a country, get its code). This module is a few kilobytes of
 * names: import it where a map or an editor is already loading, never on the
 * first script's path (country-codes.ts in dataset/ has the bare codes).
 */
import codes from 'i18n-iso-countries/codes.json';
import namesEn from 'i18n-iso-countries/langs/en.json';
import namesId from 'i18n-iso-countries/langs/id.json';

/** One country of ISO 3166-1. */
export interface Country {
  /** ISO 3166-1 alpha-3, e.g. `BLR`. */
  readonly code: string;
  /** ISO 3166-1 numeric, three digits, e.g. `112`: the id of its shape in the world-atlas boundary files. */
  readonly numeric: string;
  /** Its name in English and Indonesian, as the package gives them (the official short name where it has several). */
  readonly name: { readonly en: string; readonly id: string };
  /** False for the few the boundary files draw no shape for (Gibraltar, Réunion, …): place them with a point. */
  readonly boundary: boolean;
}

// Countries the world-atlas files (countries-50m) have no shape of their own for; a unit test keeps this true.
const WITHOUT_BOUNDARY = new Set([
  'BES',
  'BVT',
  'CCK',
  'CXR',
  'GIB',
  'GLP',
  'GUF',
  'MTQ',
  'MYT',
  'REU',
  'SJM',
  'TKL',
  'TUV',
  'UMI',
]);

type NameTable = Readonly<Record<string, string | readonly string[]>>;

function nameIn(table: NameTable, alpha2: string, fallback: string): string {
  const name = table[alpha2];
  return (Array.isArray(name) ? name[0] : name) ?? fallback;
}

/** Every country, sorted by alpha-3 code. */
export const COUNTRIES: readonly Country[] = (codes as readonly (readonly string[])[])
  .map(([alpha2 = '', code = '', numeric = '']) => ({
    code,
    numeric,
    name: {
      en: nameIn(namesEn.countries as NameTable, alpha2, code),
      id: nameIn(namesId.countries as NameTable, alpha2, nameIn(namesEn.countries as NameTable, alpha2, code)),
    },
    boundary: !WITHOUT_BOUNDARY.has(code),
  }))
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

let byCode: ReadonlyMap<string, Country> | null = null;
let byNumeric: ReadonlyMap<string, Country> | null = null;

/** The country with this alpha-3 code, or undefined. */
export function countryByCode(code: string): Country | undefined {
  byCode ??= new Map(COUNTRIES.map((c) => [c.code, c]));
  return byCode.get(code);
}

/** The country with this three-digit numeric code (a world-atlas shape's id), or undefined. */
export function countryByNumeric(numeric: string): Country | undefined {
  byNumeric ??= new Map(COUNTRIES.map((c) => [c.numeric, c]));
  return byNumeric.get(numeric);
}

/** The country's name in `language` (`en` or `id`; any other gets English), or the code itself when it is not a country of the list. */
export function countryName(code: string, language: string): string {
  const country = countryByCode(code);
  if (!country) return code;
  return language.toLowerCase().startsWith('id') ? country.name.id : country.name.en;
}
