/**
 * Choosing one language from a LocalizedText. Language tags compare
 * case-insensitively, as BCP 47 says they do.
 */
import type { LocalizedText } from '@/domain/dataset/model';

/** The primary language subtag of a BCP 47 tag, lower case: `pt-BR` → `pt`. */
export function languageOf(tag: string): string {
  return tag.split('-', 1)[0]?.toLowerCase() ?? '';
}

/**
 * The text in `locale`, else in a tag with the same language (`en-GB` → `en`,
 * then any `en-*`), else in the dataset's default locale `fallback`, else in
 * any language; `''` when there is no text at all.
 */
export function pickText(text: LocalizedText | undefined, locale: string, fallback: string): string {
  if (!text) return '';
  // Object.entries sees only own keys, so a tag like `__proto__` or
  // `constructor` is read as data, never from the prototype.
  const entries = Object.entries(text);
  if (entries.length === 0) return '';
  const wanted = locale.toLowerCase();
  const language = languageOf(locale);
  const byTag = (tag: string): string | undefined => entries.find(([key]) => key.toLowerCase() === tag)?.[1];
  return (
    byTag(wanted) ??
    byTag(language) ??
    entries.find(([key]) => languageOf(key) === language)?.[1] ??
    byTag(fallback.toLowerCase()) ??
    entries[0]?.[1] ??
    ''
  );
}
