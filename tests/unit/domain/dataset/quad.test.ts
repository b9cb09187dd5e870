import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, QUAD_CLASSES } from '@/domain/dataset/model';
import { quadClassOf } from '@/domain/dataset/quad';

describe('quadClassOf', () => {
  it.each([
    ['verbal-cooperation', ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE']],
    ['material-cooperation', ['COOPERATE', 'AID', 'RETREAT']],
    ['verbal-conflict', ['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']],
    ['material-conflict', ['PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']],
    ['none', ['STATEMENT']],
  ] as const)('quadClassOf puts every %s type in that class', (quad, types) => {
    for (const type of types) expect(quadClassOf(type)).toBe(quad);
  });

  it('quadClassOf gives every event type a known quad class', () => {
    for (const type of EVENT_TYPES) expect(QUAD_CLASSES).toContain(quadClassOf(type));
  });
});
