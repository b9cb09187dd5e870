// Datasets and helpers shared by the search feature's tests: a small two-language dataset with one
// event of each shape the filter must handle, and judgements made without the code under test.
import { parseDataset } from '@/domain/dataset/parse-dataset';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { EMPTY_FILTER, filterEvents, type EventFilter } from '@/domain/search/event-filter';
import { createSearchIndex, prepareSearchIndex, type SearchIndex } from '@/domain/search/search-index';
import { normalizeSearchText, searchTerms } from '@/domain/search/search-text';

export function mustParse(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const evidence = (quote: string): { source: string; quote: string } => ({ source: 'republika', quote });

/** A small two-language dataset with one event of each shape the filter must handle. */
export const small = mustParse({
  format: 'linimasa/1',
  id: 'filter-fixture',
  title: { en: 'Filter fixture' },
  locales: ['en', 'id'],
  sources: [{ id: 'republika', publisher: 'Republika', published: '2022-07-01', language: 'id' }],
  actors: [
    { id: 'russia', name: { en: 'Russia', id: 'Rusia' }, kind: 'state' },
    { id: 'belarus', name: { en: 'Belarus' }, kind: 'state' },
    { id: 'ukraine', name: { en: 'Ukraine', id: 'Ukraina' }, kind: 'state' },
    {
      id: 'nato',
      name: { en: 'North Atlantic Treaty Organization', id: 'Organisasi Perjanjian Atlantik Utara' },
      kind: 'organization',
    },
  ],
  events: [
    {
      id: 'statement',
      date: '2022-07',
      title: { en: 'Belarus says “we are ready”', id: 'Belarus: “kami siap”' },
      type: 'STATEMENT',
      actors: ['belarus'],
      evidence: [evidence('Belarus mengatakan “kami siap”.')],
    },
    {
      id: 'treaty',
      date: '1997',
      title: { en: 'Union Treaty signed', id: 'Perjanjian Union ditandatangani' },
      type: 'AGREE',
      actors: ['russia', 'belarus'],
      evidence: [evidence('menandatangani perjanjian pada 1997')],
    },
    {
      id: 'invasion',
      date: '2022-02-24',
      title: { en: 'Invasion of Ukraine', id: 'Invasi ke Ukraina' },
      summary: { en: 'Troops cross into the Kyïv oblast.' },
      type: 'ASSAULT',
      actors: ['russia'],
      recipients: ['ukraine'],
      evidence: [evidence('Moskow meluncurkan invasi ke Ukraina')],
    },
    {
      id: 'missiles',
      date: '2022-06-26',
      title: { en: 'Nuclear-capable missiles for Belarus', id: 'Rudal berkemampuan nuklir untuk Belarus' },
      type: 'MOBILIZE',
      actors: ['russia'],
      recipients: ['belarus'],
      evidence: [evidence('rudal yang mampu membawa hulu ledak nuklir')],
    },
    {
      id: 'condemnation',
      date: '2022-06-27/2022-06-29',
      dateText: { en: 'Earlier this week', id: 'Awal pekan ini' },
      dateBasis: 'relative',
      title: { en: 'NATO condemns military integration', id: 'NATO mengecam integrasi militer' },
      type: 'ACCUSE',
      actors: ['nato'],
      recipients: ['belarus', 'russia'],
      evidence: [evidence('mengecam integrasi militer Belarus dengan Moskow')],
    },
  ],
});
export const smallIndex = createSearchIndex(small);

/** An index with every event's text and words indexed, as idle time leaves it: queries go through its words. */
export function preparedIndex(dataset: Dataset): SearchIndex {
  const index = createSearchIndex(dataset);
  while (!prepareSearchIndex(index, 2));
  return index;
}

export function filter(changes: Partial<EventFilter>): EventFilter {
  return { ...EMPTY_FILTER, ...changes };
}

export function ids(events: readonly TimelineEvent[]): string[] {
  return events.map((event) => event.id);
}

export function run(changes: Partial<EventFilter>, dataset: Dataset = small, index = smallIndex): string[] {
  return ids(filterEvents(dataset, index, filter(changes)));
}

export const utc = (...parts: [number, number, number, number?, number?]): number => Date.UTC(...parts);

/** The search text of an event as DATA-FORMAT and the brief define it, one normalized piece per text. */
export function searchPieces(dataset: Dataset, event: TimelineEvent): string[] {
  const names = new Map(dataset.actors.map((actor) => [actor.id, Object.values(actor.name)]));
  return [
    ...[event.title, event.summary, event.dateText].flatMap((text) => (text ? Object.values(text) : [])),
    ...event.evidence.map((item) => item.quote),
    ...[...event.actors, ...event.recipients].flatMap((id) => names.get(id) ?? []),
  ].map(normalizeSearchText);
}

/** Which facets of `f` the event fails, judged without the code under test. */
export function failedFacets(dataset: Dataset, event: TimelineEvent, f: EventFilter): string[] {
  const failed: string[] = [];
  if (f.actorIds.length > 0 && ![...event.actors, ...event.recipients].some((id) => f.actorIds.includes(id)))
    failed.push('actors');
  if (f.types.length > 0 && !f.types.includes(event.type)) failed.push('types');
  if (f.quads.length > 0 && !f.quads.includes(event.quad)) failed.push('quads');
  if (f.dateRange) {
    const [from, to] = [Math.min(...f.dateRange), Math.max(...f.dateRange)];
    if (event.date.latest < from || event.date.earliest > to) failed.push('dateRange');
  }
  const pieces = searchPieces(dataset, event);
  if (!searchTerms(f.query).every((term) => pieces.some((piece) => piece.includes(term)))) failed.push('query');
  return failed;
}
