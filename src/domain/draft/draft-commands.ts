/**
 * The changes a person makes to a draft, each a pure function from one
 * draft to the next that copies only what it changes: the history finds
 * the patch by comparing the two (draft-history.ts).
 */
import { createIdAllocator, slugify } from '@/domain/import/import-tools';
import { applyChanges, type PatchPath } from '@/domain/draft/draft-patches';
import {
  createActor,
  createEmptyEvent,
  type Draft,
  type DraftActor,
  type DraftEvent,
  type DraftEvidence,
  type DraftSource,
} from '@/domain/draft/draft-model';
import type { TextSpan } from '@/domain/draft/evidence-selection';
import type { ActorKind } from '@/domain/dataset/model';

/** `draft` with `value` at `path` (undefined removes a key); only the objects along the path are copied. */
export function setIn(draft: Draft, path: PatchPath, value: unknown): Draft {
  return applyChanges(draft, [{ kind: 'set', path, before: undefined, after: value }]);
}

/** A fresh event id: `event-N` for the lowest N above the count of events that is free. */
export function nextEventId(draft: Draft): string {
  const taken = new Set(draft.events.map((e) => e.id));
  let n = draft.events.length + 1;
  while (taken.has(`event-${n}`)) n += 1;
  return `event-${n}`;
}

/** A fresh actor id made from a name (`vladimir-putin`, then `vladimir-putin-2`…), `actor` when the name has no Latin letters. */
export function nextActorId(draft: Draft, name: string): string {
  return createIdAllocator(draft.actors.map((a) => a.id))(name, 'actor');
}

/** The id a source's publisher and day make (`republika-2022-07-01`), free among the other sources of the draft. */
function sourceIdFor(draft: Draft, index: number, source: DraftSource): string {
  const others = draft.sources.filter((_, i) => i !== index).map((s) => s.id);
  return createIdAllocator(others)(`${source.publisher} ${source.published}`.trim(), 'source');
}

/**
 * Replaces the source at `index` by `update(source)`. While its id is the
 * one its publisher and day made (or the `source-N` a new source gets), the
 * id follows them, quotes and all: a journalist never has to name a source.
 */
export function updateSource(draft: Draft, index: number, update: (source: DraftSource) => DraftSource): Draft {
  const before = draft.sources[index];
  if (!before) return draft;
  const after = update(before);
  let next: Draft = { ...draft, sources: draft.sources.map((s, i) => (i === index ? after : s)) };
  const follows = /^source-\d+$/.test(before.id) || before.id === sourceIdFor(draft, index, before);
  if (follows && after.publisher.trim() !== '' && after.published.trim() !== '') {
    const id = sourceIdFor(next, index, after);
    if (id !== after.id) next = renameSource(next, after.id, id);
  }
  return next;
}

/** The draft with `source` added at the end. */
export function addSource(draft: Draft, source: DraftSource): Draft {
  return { ...draft, sources: [...draft.sources, source] };
}

/** The events that quote source `id`, by index. */
export function eventsQuotingSource(draft: Draft, id: string): number[] {
  return draft.events.flatMap((event, i) => (event.evidence.some((e) => e.source === id) ? [i] : []));
}

/** Removes source `id` and every piece of evidence quoting it. */
export function removeSource(draft: Draft, id: string): Draft {
  return {
    ...draft,
    sources: draft.sources.filter((s) => s.id !== id),
    events: draft.events.map((event) =>
      event.evidence.some((e) => e.source === id)
        ? { ...event, evidence: event.evidence.filter((e) => e.source !== id) }
        : event,
    ),
  };
}

/** Gives source `from` the id `to`, in its evidence too; unchanged when `to` is another source's. */
export function renameSource(draft: Draft, from: string, to: string): Draft {
  if (from === to || draft.sources.some((s) => s.id === to)) return draft;
  return {
    ...draft,
    sources: draft.sources.map((s) => (s.id === from ? { ...s, id: to } : s)),
    events: draft.events.map((event) =>
      event.evidence.some((e) => e.source === from)
        ? { ...event, evidence: event.evidence.map((e) => (e.source === from ? { ...e, source: to } : e)) }
        : event,
    ),
  };
}

/** Evidence quoting `span` of source `sourceId`. */
export function evidenceOf(sourceId: string, span: TextSpan): DraftEvidence {
  return { source: sourceId, quote: span.quote, start: span.start, end: span.end };
}

/** The draft with a new event resting on `evidence` (none: an empty event), and the new event's index. */
export function addEvent(draft: Draft, evidence: DraftEvidence | null): { draft: Draft; index: number } {
  const event: DraftEvent = { ...createEmptyEvent(nextEventId(draft)), evidence: evidence ? [evidence] : [] };
  return { draft: { ...draft, events: [...draft.events, event] }, index: draft.events.length };
}

/** The draft without the event at `index`. */
export function removeEvent(draft: Draft, index: number): Draft {
  if (!draft.events[index]) return draft;
  return { ...draft, events: draft.events.filter((_, i) => i !== index) };
}

/** Replaces the event at `index` by `update(event)`. */
export function updateEvent(draft: Draft, index: number, update: (event: DraftEvent) => DraftEvent): Draft {
  const event = draft.events[index];
  if (!event) return draft;
  const next = update(event);
  return next === event ? draft : { ...draft, events: draft.events.map((e, i) => (i === index ? next : e)) };
}

function sameEvidence(a: DraftEvidence, b: DraftEvidence): boolean {
  return a.source === b.source && a.quote === b.quote && a.start === b.start && a.end === b.end;
}

/** Adds `evidence` to the event at `index`, unless it already quotes exactly that. */
export function addEvidence(draft: Draft, index: number, evidence: DraftEvidence): Draft {
  return updateEvent(draft, index, (event) =>
    event.evidence.some((e) => sameEvidence(e, evidence))
      ? event
      : { ...event, evidence: [...event.evidence, evidence] },
  );
}

/** Removes the `k`th piece of evidence from the event at `index`. */
export function removeEvidence(draft: Draft, index: number, k: number): Draft {
  return updateEvent(draft, index, (event) => ({ ...event, evidence: event.evidence.filter((_, j) => j !== k) }));
}

/** The draft with a new actor named `name` in `locale`, and its id. */
export function addActor(
  draft: Draft,
  name: string,
  locale: string,
  kind: ActorKind,
): { draft: Draft; actor: DraftActor } {
  const actor = createActor(nextActorId(draft, name), name, locale, kind);
  return { draft: { ...draft, actors: [...draft.actors, actor] }, actor };
}

/** Adds actor `id` to the event's `actors` or `recipients` list, or takes it out, by `on`. */
export function setEventActor(
  draft: Draft,
  index: number,
  list: 'actors' | 'recipients',
  id: string,
  on: boolean,
): Draft {
  return updateEvent(draft, index, (event) => {
    const has = event[list].includes(id);
    if (has === on) return event;
    return { ...event, [list]: on ? [...event[list], id] : event[list].filter((a) => a !== id) };
  });
}

/** Splits free labels typed with commas (`nuclear, sanctions`) into a list, each trimmed, empty ones left out. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A story id from its title (`russia-and-belarus`), or null when the title has no Latin letters or digits. */
export function storyIdFromTitle(title: string): string | null {
  return slugify(title) || null;
}
