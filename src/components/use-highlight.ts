import { useMemo } from 'react';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { parseRelationId, relationId } from '@/domain/graph/relation-id';
import { eventsAtPlaces, placesWithin } from '@/domain/places/place-events';
import { selectHoveredActorId, selectHoveredEventId, selectHoveredPlaceId, selectSelection } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';

/** What the current selection or hover lights up across views; null sets mean "nothing in particular". */
export interface Highlight {
  /** Events to emphasise on the timeline and in the list. */
  readonly eventIds: ReadonlySet<string> | null;
  /** Actors to emphasise in the graph. */
  readonly actorIds: ReadonlySet<string> | null;
  /** Relations (ids as `relationId` makes them) to emphasise in the graph. */
  readonly relationIds: ReadonlySet<string> | null;
  /** Places to emphasise on the map. */
  readonly placeIds: ReadonlySet<string> | null;
}

const NOTHING: Highlight = { eventIds: null, actorIds: null, relationIds: null, placeIds: null };

/** The relation ids from `actors` to `recipients` (an actor towards itself is none), only those of actor `involving` when given. */
function pairsOf(actors: readonly string[], recipients: readonly string[], involving?: string): string[] {
  return actors.flatMap((a) =>
    recipients
      .filter((r) => r !== a && (involving === undefined || a === involving || r === involving))
      .map((r) => relationId(a, r)),
  );
}

// The places of some events: where they happened.
function placesOf(events: readonly TimelineEvent[]): Set<string> {
  const places = new Set<string>();
  for (const e of events) if (e.places) for (const p of e.places) places.add(p);
  return places;
}

/**
 * Links the views: a hovered thing wins over the selection; an event lights
 * its actors, relations and places, an actor or a relation its events and
 * their places, a place its events and their actors.
 */
export function useHighlight(dataset: Dataset): Highlight {
  const selection = useAppStore(selectSelection);
  const hoveredEventId = useAppStore(selectHoveredEventId);
  const hoveredActorId = useAppStore(selectHoveredActorId);
  const hoveredPlaceId = useAppStore(selectHoveredPlaceId);
  const focus = hoveredEventId
    ? ({ kind: 'event', id: hoveredEventId } as const)
    : hoveredActorId
      ? ({ kind: 'actor', id: hoveredActorId } as const)
      : hoveredPlaceId
        ? ({ kind: 'place', id: hoveredPlaceId } as const)
        : selection;
  const kind = focus?.kind ?? null;
  const id = focus?.id ?? null;
  return useMemo(() => {
    if (!kind || !id) return NOTHING;
    if (kind === 'event') {
      const event = dataset.events.find((e) => e.id === id);
      if (!event) return NOTHING;
      return {
        eventIds: new Set([id]),
        actorIds: new Set([...event.actors, ...event.recipients]),
        relationIds: new Set(pairsOf(event.actors, event.recipients)),
        placeIds: new Set(event.places ?? []),
      };
    }
    if (kind === 'actor') {
      const events = dataset.events.filter((e) => e.actors.includes(id) || e.recipients.includes(id));
      return {
        eventIds: new Set(events.map((e) => e.id)),
        actorIds: new Set([id]),
        relationIds: new Set(events.flatMap((e) => pairsOf(e.actors, e.recipients, id))),
        placeIds: placesOf(events),
      };
    }
    if (kind === 'place') {
      const within = placesWithin(dataset.places ?? [], id);
      const events = eventsAtPlaces(dataset.events, within);
      return {
        eventIds: new Set(events.map((e) => e.id)),
        actorIds: new Set(events.flatMap((e) => [...e.actors, ...e.recipients])),
        relationIds: new Set(events.flatMap((e) => pairsOf(e.actors, e.recipients))),
        placeIds: within.size > 0 ? within : new Set([id]),
      };
    }
    const ends = parseRelationId(id);
    const events = ends
      ? dataset.events.filter((e) => e.actors.includes(ends.source) && e.recipients.includes(ends.target))
      : [];
    return {
      eventIds: new Set(events.map((e) => e.id)),
      actorIds: new Set(ends ? [ends.source, ends.target] : []),
      relationIds: new Set([id]),
      placeIds: placesOf(events),
    };
  }, [dataset, kind, id]);
}
