import { QUAD_COLOURS } from '@/viz/quad-colours';

/**
 * The arrowheads of relations, one per quad class, as `<marker>`s with ids `${markerId}-${quad}`: a filled head
 * for conflict, an open one for cooperation. The actor graph's links and the map's arcs both point with them;
 * `size` is the head's length in the chart's user units.
 */
export function RelationMarkers({ markerId, size }: { readonly markerId: string; readonly size: number }) {
  return Object.entries(QUAD_COLOURS).map(([quad, colour]) => (
    <marker
      key={quad}
      id={`${markerId}-${quad}`}
      viewBox="0 0 10 10"
      refX={size}
      refY="5"
      markerWidth={size}
      markerHeight={size}
      markerUnits="userSpaceOnUse"
      orient="auto"
    >
      {quad.endsWith('conflict') ? (
        <path d="M0,0L10,5L0,10Z" fill={colour} />
      ) : (
        <path d="M1,1L9,5L1,9" fill="none" stroke={colour} strokeWidth="1.8" />
      )}
    </marker>
  ));
}
