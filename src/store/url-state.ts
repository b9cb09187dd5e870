import { parseUiLanguage, type UiLanguage } from '@/domain/i18n';
import type { AppState, InitialAppState } from '@/store/create-app-store';

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** What the address bar holds besides UI state: which dataset to show. */
export interface UrlRequest {
  readonly datasetId: string | null;
  readonly state: InitialAppState;
  /** Parameters that were present but unusable, to mention in a notice. */
  readonly ignored: readonly string[];
}

/**
 * Reads the start-up state from a query string (`?lang=id&event=…&dataset=…`),
 * falling back to the browser's languages for the interface language.
 */
export function parseUrlState(search: string, browserLanguages: readonly string[] = []): UrlRequest {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const state: { -readonly [K in keyof InitialAppState]: InitialAppState[K] } = {};
  const langParam = params.get('lang');
  const fromParam = parseUiLanguage(langParam);
  if (langParam !== null && !fromParam) ignored.push('lang');
  const fromBrowser = browserLanguages.map((l) => parseUiLanguage(l)).find((l): l is UiLanguage => l !== null);
  state.language = fromParam ?? fromBrowser ?? 'en';
  const event = params.get('event');
  if (event !== null) {
    if (SLUG.test(event)) state.selectedEventId = event;
    else ignored.push('event');
  }
  const dataset = params.get('dataset');
  let datasetId: string | null = null;
  if (dataset !== null) {
    if (SLUG.test(dataset)) datasetId = dataset;
    else ignored.push('dataset');
  }
  return { datasetId, state, ignored };
}

/** Writes the shareable part of the state into a query string, keeping parameters it does not own. */
export function formatUrlState(search: string, state: Pick<AppState, 'language' | 'selectedEventId'>): string {
  const params = new URLSearchParams(search);
  params.set('lang', state.language);
  if (state.selectedEventId) params.set('event', state.selectedEventId);
  else params.delete('event');
  const text = params.toString();
  return text ? `?${text}` : '';
}
