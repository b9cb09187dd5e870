/**
 * A timeline label on one line or two: pure maths over widths in px, given a
 * way to measure a string and to cut one short with an ellipsis. A label
 * wraps at a space onto a second line before it is cut, and only a label
 * that two lines of the room given cannot hold is cut, at the end of its
 * second line.
 */

/** Width in px of a string as drawn. */
export type Measure = (text: string) => number;
/** `text` cut short with an ellipsis to fit `maxWidth` px. */
export type Fit = (text: string, maxWidth: number) => string;

/** A label as drawn: its lines (one or two; joined by a space they read as the label), and the widest, px. */
export interface LabelLines {
  readonly lines: readonly string[];
  /** Width of the widest line, px. */
  readonly width: number;
  /** Whether the text was cut short (its last line ends in an ellipsis). */
  readonly cut: boolean;
}

/**
 * The narrowest width, px, at which `text` fits on two lines wrapped at one
 * of its spaces: the wider line of the most even split. The width of the
 * text on one line when it has no space.
 */
export function twoLineWidth(text: string, measure: Measure): number {
  let best = measure(text);
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    best = Math.min(best, Math.max(measure(text.slice(0, i)), measure(text.slice(i + 1))));
  }
  return best;
}

/**
 * `text` laid out in `room` px: one line when it fits; else two, the first
 * holding as many words as fit, wrapped at a space; the second cut short with `fit` only if
 * what is left does not fit. A first word wider than the room is cut on one line.
 */
export function labelLines(text: string, room: number, measure: Measure, fit: Fit): LabelLines {
  const whole = measure(text);
  if (whole <= room) return { lines: [text], width: whole, cut: false };
  let wrapAt = -1;
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    if (measure(text.slice(0, i)) > room) break;
    wrapAt = i;
  }
  if (wrapAt < 0) {
    const one = fit(text, room);
    return { lines: [one], width: measure(one), cut: true };
  }
  const first = text.slice(0, wrapAt);
  const rest = text.slice(wrapAt + 1);
  const second = measure(rest) <= room ? rest : fit(rest, room);
  return {
    lines: [first, second],
    width: Math.max(measure(first), measure(second)),
    cut: second !== rest,
  };
}
