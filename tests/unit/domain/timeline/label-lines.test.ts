import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelLines, twoLineWidth } from '@/domain/timeline/label-lines';

// Every character 10 px wide; the ellipsis too.
const measure = (text: string) => text.length * 10;
const fit = (text: string, maxWidth: number) => {
  if (measure(text) <= maxWidth) return text;
  const keep = Math.max(0, Math.floor(maxWidth / 10) - 1);
  return text.slice(0, keep).trimEnd() + '…';
};

describe('labelLines', () => {
  it('keeps a label that fits on one line', () => {
    expect(labelLines('Russia invades', 200, measure, fit)).toEqual({
      lines: ['Russia invades'],
      width: 140,
      cut: false,
    });
  });

  it('wraps a label at a space onto a second line before cutting it', () => {
    const laid = labelLines('Minsk cracks down on protests', 160, measure, fit);
    expect(laid).toEqual({ lines: ['Minsk cracks', 'down on protests'], width: 160, cut: false });
    expect(laid.lines.join(' ')).toBe('Minsk cracks down on protests');
  });

  it('cuts only the second line, when two lines cannot hold the label', () => {
    const laid = labelLines('Putin says Western pressure and sanctions have failed', 160, measure, fit);
    expect(laid.cut).toBe(true);
    expect(laid.lines).toHaveLength(2);
    expect(laid.lines[0]).toBe('Putin says');
    expect(laid.lines[1]!.endsWith('…')).toBe(true);
    expect(laid.width).toBeLessThanOrEqual(160);
  });

  it('cuts a first word wider than the room on one line', () => {
    expect(labelLines('Antidisestablishment now', 100, measure, fit)).toMatchObject({
      lines: ['Antidises…'],
      cut: true,
    });
  });

  it('never draws a line wider than the room, and what it shows is the start of the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 20, max: 400 }),
        (words, room) => {
          const text = words.join(' ');
          const laid = labelLines(text, room, measure, fit);
          expect(laid.width).toBeLessThanOrEqual(Math.max(room, 10));
          const shown = laid.lines.join(' ').replace(/…$/, '');
          expect(text.startsWith(shown)).toBe(true);
          expect(laid.cut).toBe(shown !== text);
        },
      ),
    );
  });
});

describe('twoLineWidth', () => {
  it('is the wider line of the most even split, and two lines of it hold the label whole', () => {
    expect(twoLineWidth('Minsk cracks down on protests', measure)).toBe(160);
    expect(labelLines('Minsk cracks down on protests', 160, measure, fit).cut).toBe(false);
    expect(labelLines('Minsk cracks down on protests', 159, measure, fit).cut).toBe(true);
    expect(twoLineWidth('Belarus', measure)).toBe(70);
  });
});
