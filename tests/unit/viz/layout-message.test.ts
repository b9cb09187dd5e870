import { describe, expect, it } from 'vitest';
import type { LayoutLinkInput, LayoutNodeInput } from '@/viz/graph-layout';
import { packLayoutInput, unpackLayoutInput } from '@/viz/layout-message';

describe('packLayoutInput', () => {
  const nodes: LayoutNodeInput[] = [
    { id: 'putin', radius: 12 },
    { id: 'russia', radius: 20.5, pinned: { x: 40, y: -3.25 } },
    { id: '__proto__', radius: 9 },
  ];
  const links: LayoutLinkInput[] = [
    { source: 'putin', target: 'russia', weight: 1, kind: 'affiliation' },
    { source: 'russia', target: '__proto__', weight: 7, kind: 'relation' },
    { source: 'putin', target: 'nobody', weight: 2, kind: 'relation' },
  ];

  it('comes back as the same nodes and links, without links to unknown nodes', () => {
    const { packed } = packLayoutInput(nodes, links);
    expect(unpackLayoutInput(packed)).toEqual({ nodes, links: links.slice(0, 2) });
  });

  it('hands over every number column as a buffer to transfer', () => {
    const { packed, transfer } = packLayoutInput(nodes, links);
    expect(transfer).toHaveLength(6);
    for (const column of [
      packed.radii,
      packed.pins,
      packed.sources,
      packed.targets,
      packed.weights,
      packed.affiliation,
    ]) {
      expect(transfer).toContain(column.buffer);
    }
  });
});
