/**
 * The stretches of an article's text to draw, with what each is: page
 * furniture, the evidence of the chosen proposal, and the cues inside it
 * (the date phrase, the verb, the names of actors and recipients). The view
 * draws each stretch as text, marked as its flags say.
 */
import type { ProposalCue, TextSpan } from '@/domain/extract/proposal-model';

/** One stretch of the text, `start` inclusive, `end` exclusive (UTF-16 offsets). */
export interface HighlightSegment extends TextSpan {
  /** Inside page furniture, which is not part of the article. */
  readonly furniture: boolean;
  /** Inside the evidence of the chosen proposal. */
  readonly evidence: boolean;
  /** The cue this stretch belongs to, or null. */
  readonly cue: ProposalCue | null;
}

/** What to mark in the text. */
export interface HighlightLayers {
  readonly furniture?: readonly TextSpan[];
  readonly evidence?: readonly TextSpan[];
  readonly cues?: readonly ProposalCue[];
}

/** The cues that do not overlap an earlier (or, at the same place, a longer) one, in text order. */
export function separateCues(cues: readonly ProposalCue[]): ProposalCue[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ProposalCue[] = [];
  for (const cue of sorted) {
    const last = kept[kept.length - 1];
    if (cue.end > cue.start && (!last || cue.start >= last.end)) kept.push(cue);
  }
  return kept;
}

/**
 * Cuts `range` of the text (default: all of a text `length` long) into
 * stretches where furniture, evidence and cue stay the same; every offset of
 * the range is in exactly one stretch, in order, and a cue is always whole
 * within the range.
 */
export function highlightSegments(length: number, layers: HighlightLayers, range?: TextSpan): HighlightSegment[] {
  const from = Math.max(0, range?.start ?? 0);
  const to = Math.min(length, range?.end ?? length);
  if (to <= from) return [];
  const furniture = layers.furniture ?? [];
  const evidence = layers.evidence ?? [];
  const cues = separateCues(layers.cues ?? []);
  const cuts = new Set<number>([from, to]);
  for (const span of [...furniture, ...evidence, ...cues]) {
    if (span.start > from && span.start < to) cuts.add(span.start);
    if (span.end > from && span.end < to) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (spans: readonly TextSpan[], at: number) => spans.some((s) => s.start <= at && at < s.end);
  const segments: HighlightSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const segment: HighlightSegment = {
      start,
      end,
      furniture: inside(furniture, start),
      evidence: inside(evidence, start),
      cue: cues.find((c) => c.start <= start && start < c.end) ?? null,
    };
    const last = segments[segments.length - 1];
    if (
      last &&
      last.furniture === segment.furniture &&
      last.evidence === segment.evidence &&
      last.cue === segment.cue
    ) {
      segments[segments.length - 1] = { ...last, end };
    } else segments.push(segment);
  }
  return segments;
}
