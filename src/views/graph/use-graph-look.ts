import { useCallback } from 'react';
import type { GraphRelation } from '@/domain/graph/actor-graph';
import type { EventText } from '@/components/use-event-text';
import type { Highlight } from '@/components/use-highlight';
import type { Translate } from '@/store/use-t';
import type { DrawnNode } from '@/views/graph/graph-layers';
import type { ShownGraph } from '@/views/graph/use-shown-graph';

/** Which nodes and relations are faded, stable across renders while the highlight and what is shown stay. */
export function useGraphFading(
  highlight: Highlight,
  { activeActors, nothingFiltered }: Pick<ShownGraph, 'activeActors' | 'nothingFiltered'>,
): { readonly isFaded: (id: string) => boolean; readonly fadedRelation: (id: string) => boolean } {
  const isFaded = useCallback(
    (id: string) =>
      (highlight.actorIds !== null && !highlight.actorIds.has(id)) || (!activeActors.has(id) && !nothingFiltered),
    [highlight.actorIds, activeActors, nothingFiltered],
  );
  const fadedRelation = useCallback(
    (id: string) => highlight.relationIds !== null && !highlight.relationIds.has(id),
    [highlight.relationIds],
  );
  return { isFaded, fadedRelation };
}

/** The names of the graph's marks in the interface language: a node's accessible name and label, a relation's accessible name. */
export function useGraphNames(
  t: Translate,
  text: EventText,
): {
  readonly nodeName: (n: DrawnNode) => string;
  readonly labelOf: (n: DrawnNode) => string;
  readonly relationName: (r: GraphRelation) => string;
} {
  const nodeName = useCallback(
    (n: DrawnNode) =>
      t('nodeName', { name: text.text(n.node.actor.name), kind: t(`kind_${n.node.actor.kind}`), count: n.count }),
    [t, text],
  );
  const labelOf = useCallback((n: DrawnNode) => text.text(n.node.actor.name), [text]);
  const relationName = useCallback(
    (r: GraphRelation) =>
      t('relationName', {
        source: text.actorName(r.source),
        target: text.actorName(r.target),
        count: r.count,
        quad: t(`quad_${r.dominantQuad}`),
      }),
    [t, text],
  );
  return { nodeName, labelOf, relationName };
}
