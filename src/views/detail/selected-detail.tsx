import type { ReactNode } from 'react';
import type { Dataset } from '@/domain/dataset/model';
import { parseRelationId } from '@/domain/graph/relation-id';
import type { Selection } from '@/store/create-app-store';
import { ActorDetail } from '@/views/detail/actor-detail';
import { EventDetail } from '@/views/detail/event-detail';
import { PlaceDetail } from '@/views/detail/place-detail';
import { RelationDetail } from '@/views/detail/relation-detail';

/** The selected event, actor, relation or place in detail, or `empty` when the selection names nothing in the dataset. */
export function SelectedDetail({
  dataset,
  selection,
  empty,
}: {
  readonly dataset: Dataset;
  readonly selection: Selection;
  readonly empty: ReactNode;
}) {
  if (selection.kind === 'event') {
    const event = dataset.events.find((e) => e.id === selection.id);
    if (event) return <EventDetail dataset={dataset} event={event} />;
  }
  if (selection.kind === 'actor') {
    const actor = dataset.actors.find((a) => a.id === selection.id);
    if (actor) return <ActorDetail dataset={dataset} actor={actor} />;
  }
  if (selection.kind === 'relation') {
    const ends = parseRelationId(selection.id);
    if (ends && dataset.actors.some((a) => a.id === ends.source) && dataset.actors.some((a) => a.id === ends.target)) {
      return <RelationDetail dataset={dataset} source={ends.source} target={ends.target} />;
    }
  }
  if (selection.kind === 'place') {
    const place = dataset.places?.find((p) => p.id === selection.id);
    if (place) return <PlaceDetail dataset={dataset} place={place} />;
  }
  return empty;
}
