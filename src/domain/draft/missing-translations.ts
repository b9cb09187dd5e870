/**
 * The texts of a draft that have words in one of the story's languages but
 * not yet in another: a story drafted from an Indonesian article and then
 * given English as a second language lists every title still to translate.
 * A missing language falls back to the default in the viewer, so these are
 * notes for the person, never errors that stop publishing.
 */
import type { Draft, DraftText } from '@/domain/draft/draft-model';

/** One text without words in one language: the JSON path of the field to fill (`events[2].title.en`) and the language. */
export interface MissingTranslation {
  readonly path: string;
  readonly locale: string;
}

function missingIn(text: DraftText, locales: readonly string[], path: string): MissingTranslation[] {
  const has = (locale: string) => Object.hasOwn(text, locale) && (text[locale] ?? '').trim() !== '';
  if (!locales.some(has)) return [];
  return locales.filter((locale) => !has(locale)).map((locale) => ({ path: `${path}.${locale}`, locale }));
}

/** Every story title, description, event title and summary and actor name that lacks one of the story's languages, in the order of the draft. */
export function missingTranslations(draft: Draft): MissingTranslation[] {
  const locales = draft.story.locales;
  if (locales.length < 2) return [];
  return [
    ...missingIn(draft.story.title, locales, 'title'),
    ...missingIn(draft.story.description, locales, 'description'),
    ...draft.actors.flatMap((a, i) => missingIn(a.name, locales, `actors[${i}].name`)),
    ...draft.events.flatMap((e, i) => [
      ...missingIn(e.title, locales, `events[${i}].title`),
      ...missingIn(e.summary, locales, `events[${i}].summary`),
    ]),
  ];
}
