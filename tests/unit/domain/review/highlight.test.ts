import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProposalCue } from '@/domain/extract/proposal-model';
import { highlightSegments, separateCues } from '@/domain/review/highlight';

const cue = (start: number, end: number, kind: ProposalCue['kind'] = 'verb'): ProposalCue => ({
  start,
  end,
  kind,
  text: '',
});

describe('highlightSegments', () => {
  it('cuts the text where evidence, cues and furniture begin and end', () => {
    const segments = highlightSegments(30, {
      evidence: [{ start: 5, end: 20 }],
      cues: [cue(8, 12, 'date')],
      furniture: [{ start: 25, end: 30 }],
    });
    expect(segments.map((s) => [s.start, s.end, s.evidence, s.cue?.kind ?? null, s.furniture])).toEqual([
      [0, 5, false, null, false],
      [5, 8, true, null, false],
      [8, 12, true, 'date', false],
      [12, 20, true, null, false],
      [20, 25, false, null, false],
      [25, 30, false, null, true],
    ]);
  });

  it('keeps the first of overlapping cues, the longer one at the same place', () => {
    expect(separateCues([cue(4, 6), cue(2, 8), cue(2, 5), cue(9, 9)])).toEqual([cue(2, 8)]);
  });

  it('covers every offset of the range exactly once, in order, whatever the layers', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(60)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(
        fc.nat(60),
        fc.array(span, { maxLength: 4 }),
        fc.array(span, { maxLength: 6 }),
        fc.option(span, { nil: undefined }),
        (length, evidence, cues, range) => {
          const segments = highlightSegments(length, { evidence, cues: cues.map((c) => cue(c.start, c.end)) }, range);
          const from = Math.max(0, range?.start ?? 0);
          const to = Math.min(length, range?.end ?? length);
          if (to <= from) return segments.length === 0;
          let at = from;
          for (const s of segments) {
            if (s.start !== at || s.end <= s.start) return false;
            at = s.end;
          }
          return at === to;
        },
      ),
    );
  });
});
