/**
 * Runs `createGraphLayout` off the main thread, so a graph of thousands of
 * actors never blocks input while it settles. Plain data in, plain data out.
 */
import { createGraphLayout, type LayoutOptions } from '@/viz/graph-layout';
import { unpackLayoutInput, type PackedLayoutInput } from '@/viz/layout-message';

/** A request: the layout's inputs (packed, see `packLayoutInput`), with previous positions as entries. */
export interface LayoutRequest {
  readonly id: number;
  readonly input: PackedLayoutInput;
  readonly options: Omit<LayoutOptions, 'previous'> & {
    readonly previous?: readonly (readonly [string, { x: number; y: number }])[];
  };
}

/** A reply: node ids and their positions, px; first the starting spots (`settled` false), then the layout. */
export interface LayoutReply {
  readonly id: number;
  readonly positions: readonly (readonly [string, { x: number; y: number }])[];
  readonly settled: boolean;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, input, options } = event.data;
  const { nodes, links } = unpackLayoutInput(input);
  const previous = options.previous ? new Map(options.previous) : undefined;
  const post = (reply: LayoutReply) => (self as unknown as Worker).postMessage(reply);
  // The starting spots come at once, so the graph shows its actors while it settles.
  post({
    id,
    positions: [...createGraphLayout(nodes, links, { ...options, previous, ticks: 0 }).entries()],
    settled: false,
  });
  post({ id, positions: [...createGraphLayout(nodes, links, { ...options, previous }).entries()], settled: true });
};
