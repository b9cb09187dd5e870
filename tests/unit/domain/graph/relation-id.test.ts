import { describe, expect, it } from 'vitest';
import { parseRelationId, relationId } from '@/domain/graph/relation-id';

describe('relationId and parseRelationId', () => {
  it('join the acting actor and the one acted towards, and read them back', () => {
    expect(relationId('russia', 'belarus')).toBe('russia->belarus');
    expect(parseRelationId('russia->belarus')).toEqual({ source: 'russia', target: 'belarus' });
    expect(parseRelationId(relationId('g-7', 'nato-'))).toEqual({ source: 'g-7', target: 'nato-' });
  });

  it('read no relation from an id without exactly two non-empty actor ids', () => {
    for (const id of ['russia', 'russia->', '->belarus', 'a->b->c', '']) expect(parseRelationId(id), id).toBeNull();
  });
});
