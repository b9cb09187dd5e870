/**
 * The interface's words in English and Indonesian, and a lookup. English is
 * always here; Indonesian is fetched the first time it is wanted
 * (`loadMessages`), and until it arrives its keys read in English. Views
 * read the words through `useT` (store layer), which follows the chosen
 * language and redraws when its words arrive.
 */
import { formatCount, pluralCategory } from '@/domain/i18n/count-format';
import { en, type MessageKey } from '@/domain/i18n/messages-en';

export type { MessageKey } from '@/domain/i18n/messages-en';

/** The languages the interface speaks. */
export const UI_LANGUAGES = ['en', 'id'] as const;

/** One interface language. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

type Messages = Readonly<Record<MessageKey, string>>;

const loaded: Partial<Record<UiLanguage, Messages>> = { en };
/** Where each other language's words come from: a chunk of their own. */
const importers: Record<Exclude<UiLanguage, 'en'>, () => Promise<Messages>> = {
  id: () => import('@/domain/i18n/messages-id').then((m) => m.id),
};
const pending = new Map<UiLanguage, Promise<void>>();
const listeners = new Set<() => void>();

/** True when `language`'s words are here, so `translate` speaks it. */
export function hasMessages(language: UiLanguage): boolean {
  return loaded[language] !== undefined;
}

/** Fetches `language`'s words once (at once for English); resolves when `translate` speaks it. A failed fetch may be tried again. */
export function loadMessages(language: UiLanguage): Promise<void> {
  if (language === 'en' || hasMessages(language)) return Promise.resolve();
  let load = pending.get(language);
  if (!load) {
    load = importers[language]()
      .then((messages) => {
        loaded[language] = messages;
        for (const listener of listeners) listener();
      })
      .finally(() => pending.delete(language));
    pending.set(language, load);
  }
  return load;
}

/** Calls `listener` whenever a language's words arrive; returns the unsubscribe. */
export function subscribeToMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Returns the message `key` in `language` (in English while its words are on
 * their way), with `{name}` placeholders filled from `params`, and plural
 * choices made: `{count, plural, one {# event} other {# events}}` picks the
 * branch for the count by the language's plural rules (`=0` or any `=N`
 * first, then `zero`, `one`, `two`, `few`, `many`, `other`), with `#` the
 * count as the language writes it.
 */
export function translate(language: UiLanguage, key: MessageKey, params?: MessageParams): string {
  return formatMessage(language, (loaded[language] ?? en)[key], params);
}

/** Fills a message `template` of `language` as `translate` does: placeholders and plural choices (for words kept apart, such as the editor's). */
export function formatMessage(language: UiLanguage, template: string, params?: MessageParams): string {
  if (!params) return template;
  return template
    .replace(PLURAL, (whole, name: string, branches: string) => choosePlural(language, params, name, branches) ?? whole)
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
      const value = params[name];
      // Counts as the language writes them: 100,000 in English, 100.000 in Indonesian.
      return typeof value === 'number' ? formatCount(language, value) : String(value);
    });
}

// `{name, plural, one {…} other {…}}`: branches of plain text, `#` and `{placeholders}`.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

/** The branch of `branches` for the number `params[name]` in `language`, `#` filled; null when there is no such number or no branch fits. */
function choosePlural(language: UiLanguage, params: MessageParams, name: string, branches: string): string | null {
  const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
  if (typeof value !== 'number') return null;
  const choices = new Map([...branches.matchAll(BRANCH)].map((m) => [m[1] ?? '', m[2] ?? '']));
  const chosen = choices.get(`=${value}`) ?? choices.get(pluralCategory(language, value)) ?? choices.get('other');
  return chosen === undefined ? null : chosen.replaceAll('#', formatCount(language, value));
}

/** Reads a language from a tag such as `id-ID` or `en-GB`; null when Linimasa does not speak it. */
export function parseUiLanguage(tag: string | null | undefined): UiLanguage | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  // `in` is the old tag for Indonesian, still sent by some Android browsers.
  if (primary === 'in') return 'id';
  return (UI_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as UiLanguage) : null;
}
