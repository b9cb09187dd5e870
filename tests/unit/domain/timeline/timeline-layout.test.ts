import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLanes, type LaneItem, type LaneOptions, type PlacedItem } from '@/domain/timeline/timeline-layout';

const options: LaneOptions = { viewportWidth: 1000, pointRadius: 6, labelGap: 6, itemGap: 10, maxLanes: 8 };

function overlaps(a: PlacedItem, b: PlacedItem): boolean {
  return a.lane === b.lane && a.left < b.right && b.left < a.right;
}

describe('layoutLanes', () => {
  it('puts far-apart items in one lane', () => {
    const items: LaneItem[] = [
      { id: 'a', x0: 10, x1: 10, labelWidth: 50 },
      { id: 'b', x0: 200, x1: 200, labelWidth: 50 },
    ];
    const layout = layoutLanes(items, options);
    expect(layout.laneCount).toBe(1);
    expect(layout.placed.map((p) => p.lane)).toEqual([0, 0]);
  });

  it('stacks items whose labels would collide into separate lanes', () => {
    const items: LaneItem[] = [
      { id: 'a', x0: 10, x1: 10, labelWidth: 120 },
      { id: 'b', x0: 40, x1: 40, labelWidth: 120 },
      { id: 'c', x0: 70, x1: 70, labelWidth: 120 },
    ];
    const layout = layoutLanes(items, options);
    expect(layout.laneCount).toBe(3);
    expect(new Set(layout.placed.map((p) => p.lane)).size).toBe(3);
  });

  it('puts a label on the left of a mark near the right edge', () => {
    const layout = layoutLanes([{ id: 'a', x0: 980, x1: 980, labelWidth: 100 }], options);
    const [placed] = layout.placed;
    expect(placed?.labelSide).toBe('left');
    expect(placed!.labelX + 100).toBeLessThanOrEqual(980 - 6);
  });

  it('cuts a label that fits neither side whole to the roomier side, never past the chart', () => {
    // A bar from 300 to 500 on a 1000 px chart: 494 px on the right, 288 on the left, for a 700 px label.
    const [right] = layoutLanes([{ id: 'a', x0: 300, x1: 500, labelWidth: 700 }], options).placed;
    expect(right).toMatchObject({ labelSide: 'right', labelX: 506, labelWidth: 494, right: 1000 });
    const [left] = layoutLanes([{ id: 'b', x0: 700, x1: 900, labelWidth: 800 }], options).placed;
    expect(left).toMatchObject({ labelSide: 'left', labelX: 0, labelWidth: 688, left: 0 });
    // Whole on the left when only the left holds it.
    const [whole] = layoutLanes([{ id: 'c', x0: 900, x1: 900, labelWidth: 300 }], options).placed;
    expect(whole).toMatchObject({ labelSide: 'left', labelWidth: 300 });
  });

  it('wraps a label onto two lines where one line fits neither side, before cutting it', () => {
    // 494 px on the right and 288 on the left of the bar: 600 px on one line fits neither, 320 on two does.
    const [wrapped] = layoutLanes([{ id: 'a', x0: 300, x1: 500, labelWidth: 600, wrappedWidth: 320 }], options).placed;
    expect(wrapped).toMatchObject({ labelSide: 'right', labelWidth: 320, right: 826 });
    // One line wins wherever it fits, on either side.
    const [one] = layoutLanes([{ id: 'b', x0: 900, x1: 900, labelWidth: 300, wrappedWidth: 160 }], options).placed;
    expect(one).toMatchObject({ labelSide: 'left', labelWidth: 300 });
  });

  it('keeps a label inside a bar wide enough for it', () => {
    const [placed] = layoutLanes([{ id: 'a', x0: 100, x1: 400, labelWidth: 100 }], options).placed;
    expect(placed?.labelSide).toBe('inside');
    expect(placed?.right).toBe(400);
  });

  it('hides items that fit no lane and reports them', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, x0: 100, x1: 100, labelWidth: 80 }));
    const layout = layoutLanes(items, { ...options, maxLanes: 3 });
    expect(layout.placed).toHaveLength(3);
    expect(layout.hidden).toEqual(['e3', 'e4']);
  });

  it('never lets two placed items overlap in a lane, whatever the input', () => {
    const item = fc.record({
      id: fc.uuid(),
      x0: fc.double({ min: -200, max: 1200, noNaN: true }),
      len: fc.double({ min: 0, max: 300, noNaN: true }),
      labelWidth: fc.double({ min: 0, max: 300, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 60 }), (raw) => {
        const items = raw.map((r) => ({ id: r.id, x0: r.x0, x1: r.x0 + r.len, labelWidth: r.labelWidth }));
        const layout = layoutLanes(items, options);
        expect(layout.placed.length + layout.hidden.length).toBe(items.length);
        for (let i = 0; i < layout.placed.length; i++) {
          for (let j = i + 1; j < layout.placed.length; j++) {
            expect(overlaps(layout.placed[i]!, layout.placed[j]!)).toBe(false);
          }
        }
      }),
    );
  });

  it('gives the same layout for the same items in any order', () => {
    const items: LaneItem[] = [
      { id: 'a', x0: 10, x1: 10, labelWidth: 120 },
      { id: 'b', x0: 10, x1: 10, labelWidth: 120 },
      { id: 'c', x0: 300, x1: 320, labelWidth: 60 },
    ];
    const key = (l: ReturnType<typeof layoutLanes>) => l.placed.map((p) => `${p.id}:${p.lane}`).sort();
    expect(key(layoutLanes([...items].reverse(), options))).toEqual(key(layoutLanes(items, options)));
  });
});
