/**
 * HTML character references (`&amp;`, `&#39;`, `&eacute;`) decoded as the
 * HTML standard reads them in text, for the HTML-to-text converter.
 */

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00A0'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['hellip', '…'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['sbquo', '‚'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['bdquo', '„'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['lsaquo', '‹'],
  ['rsaquo', '›'],
  ['bull', '•'],
  ['middot', '·'],
  ['copy', '©'],
  ['reg', '®'],
  ['trade', '™'],
  ['deg', '°'],
  ['plusmn', '±'],
  ['times', '×'],
  ['divide', '÷'],
  ['minus', '−'],
  ['frac12', '½'],
  ['frac14', '¼'],
  ['frac34', '¾'],
  ['sup1', '¹'],
  ['sup2', '²'],
  ['sup3', '³'],
  ['micro', 'µ'],
  ['para', '¶'],
  ['sect', '§'],
  ['dagger', '†'],
  ['Dagger', '‡'],
  ['permil', '‰'],
  ['prime', '′'],
  ['Prime', '″'],
  ['euro', '€'],
  ['pound', '£'],
  ['yen', '¥'],
  ['cent', '¢'],
  ['curren', '¤'],
  ['iexcl', '¡'],
  ['iquest', '¿'],
  ['ordf', 'ª'],
  ['ordm', 'º'],
  ['shy', ''],
  ['zwj', '\u200D'],
  ['zwnj', '\u200C'],
  ['lrm', '\u200E'],
  ['rlm', '\u200F'],
  ['ensp', ' '],
  ['emsp', ' '],
  ['thinsp', ' '],
  ['larr', '←'],
  ['rarr', '→'],
  ['uarr', '↑'],
  ['darr', '↓'],
  ['harr', '↔'],
  ['szlig', 'ß'],
  ['AElig', 'Æ'],
  ['aelig', 'æ'],
  ['OElig', 'Œ'],
  ['oelig', 'œ'],
  ['Oslash', 'Ø'],
  ['oslash', 'ø'],
  ['Aring', 'Å'],
  ['aring', 'å'],
  ['Ccedil', 'Ç'],
  ['ccedil', 'ç'],
  ['ETH', 'Ð'],
  ['eth', 'ð'],
  ['THORN', 'Þ'],
  ['thorn', 'þ'],
  ['Scaron', 'Š'],
  ['scaron', 'š'],
  ['Zcaron', 'Ž'],
  ['zcaron', 'ž'],
  ['Yuml', 'Ÿ'],
  ['yuml', 'ÿ'],
]);

// Accented Latin letters: &eacute; and friends, built from the base letter and a combining mark.
const ACCENTS: ReadonlyMap<string, string> = new Map([
  ['acute', '\u0301'],
  ['grave', '\u0300'],
  ['circ', '\u0302'],
  ['tilde', '\u0303'],
  ['uml', '\u0308'],
]);
const ACCENT_ENTITY = /^([AEIOUYNaeiouyn])(acute|grave|circ|tilde|uml)$/;

// Legacy entities browsers also read without the closing semicolon.
const LEGACY_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

// Numeric references to 0x80–0x9F mean Windows-1252 characters, as browsers read them.
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const REPLACEMENT = '\uFFFD';

// Bounded quantifiers and no nesting: linear on any input.
const ENTITY = /&(?:#([0-9]{1,8})|#[xX]([0-9A-Fa-f]{1,7})|([A-Za-z][A-Za-z0-9]{1,15}))(;?)/g;

/** The character a numeric reference stands for; invalid code points become U+FFFD. */
function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252.charAt(code - 0x80);
  const invalid =
    code === 0 ||
    code > 0x10ffff ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    code === 0x7f;
  return invalid ? REPLACEMENT : String.fromCodePoint(code);
}

function namedEntity(name: string, hasSemicolon: boolean): string | undefined {
  if (!hasSemicolon && !LEGACY_ENTITIES.has(name)) return undefined;
  const known = NAMED_ENTITIES.get(name);
  if (known !== undefined) return known;
  const accented = ACCENT_ENTITY.exec(name);
  if (!accented) return undefined;
  return `${accented[1] ?? ''}${ACCENTS.get(accented[2] ?? '') ?? ''}`.normalize('NFC');
}

/** Decodes HTML character references (`&amp;`, `&#39;`, `&#x27;`, `&eacute;`) in a run of text; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string, semicolon?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return namedEntity(name ?? '', semicolon === ';') ?? whole;
  });
}
