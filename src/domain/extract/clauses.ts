/**
 * Reads one sentence for the words that make events: verbs of the lexicon,
 * event nouns, verbs of saying and words of intent, and cuts it into clauses
 * where two events share it: at a subordinating word ("ketika", "when",
 * "sementara", "after") and at "dan"/"and" or a comma before a second verb
 * ("menyerang kota itu dan menewaskan …").
 */
import type { Lexicon, NounSense, VerbSense } from '@/domain/extract/lexicon';
import type { TextSpan } from '@/domain/extract/proposal-model';
import type { Token } from '@/domain/extract/text-tokens';

/** A word or phrase of the lexicon found in a sentence; token range `first`…`last - 1`, text offsets `start`…`end`. */
export interface SentenceCue extends TextSpan {
  readonly kind: 'verb' | 'noun' | 'speech' | 'intent' | 'occurrence';
  readonly first: number;
  readonly last: number;
  readonly verb?: VerbSense;
  readonly noun?: NounSense;
  /** For a `speech` cue: it only names a source ("menurut", "according to") and makes no statement. */
  readonly attribution?: boolean;
  /** True when the words stand inside quotation marks. */
  readonly quoted: boolean;
}

/** A clause: a token range of its sentence and its stretch of text, with its cues. */
export interface Clause extends TextSpan {
  readonly first: number;
  readonly last: number;
  readonly cues: readonly SentenceCue[];
  /** A relative clause between commas (", who dissolved parliament last month,"): its date is its own. */
  readonly relative: boolean;
}

/** Offsets of the text inside quotation marks within `start`…`end`, as spans. */
export function quotedSpans(text: string, start: number, end: number): TextSpan[] {
  const spans: TextSpan[] = [];
  let open = -1;
  for (let i = start; i < end; i += 1) {
    const c = text.charAt(i);
    if (c === '“' || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === '”' || c === '"') && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end });
  return spans;
}

/**
 * The cues of the tokens `first`…`last - 1` (one sentence) of `text`,
 * skipping tokens inside actor names (`named`); the longest phrase wins where
 * several start on the same word.
 */
export function findCues(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  lexicon: Lexicon,
  named: (k: number) => boolean,
): SentenceCue[] {
  const cues: SentenceCue[] = [];
  const sentence = { start: tokens[first]?.start ?? 0, end: tokens[last - 1]?.end ?? 0 };
  const quotes = quotedSpans(text, Math.max(0, sentence.start - 1), Math.min(text.length, sentence.end + 1));
  const at = (k: number, end: number) => {
    const startOffset = tokens[k]?.start ?? 0;
    const endOffset = tokens[end - 1]?.end ?? startOffset;
    return {
      first: k,
      last: end,
      start: startOffset,
      end: endOffset,
      quoted: quotes.some((q) => q.start < startOffset && endOffset <= q.end),
    };
  };
  for (let k = first; k < last;) {
    if (named(k)) {
      k += 1;
      continue;
    }
    const verb = lexicon.verbs.matchAt(text, tokens, k, last, lexicon.normal);
    const noun = lexicon.nouns.matchAt(text, tokens, k, last, lexicon.normal);
    const speech = lexicon.speech.matchAt(text, tokens, k, last);
    const source = lexicon.attribution.matchAt(text, tokens, k, last);
    const length = (m: { last: number } | null) => (m ? m.last - k : 0);
    const best = Math.max(length(verb), length(noun), length(speech), length(source));
    if (best === 0) k += 1;
    else {
      if (verb && length(verb) === best) cues.push({ kind: 'verb', verb: verb.value, ...at(k, verb.last) });
      else if (speech && length(speech) === best) cues.push({ kind: 'speech', ...at(k, speech.last) });
      else if (source && length(source) === best)
        cues.push({ kind: 'speech', attribution: true, ...at(k, source.last) });
      else if (noun) cues.push({ kind: 'noun', noun: noun.value, ...at(k, noun.last) });
      k += best;
    }
  }
  // Words of intent may stand inside a verb phrase ("agreed to"), so they are looked for on their own, as are
  // the words that make an event noun happen ("will be held").
  for (let k = first; k < last; k += 1) {
    const intent = lexicon.intent.matchAt(text, tokens, k, last);
    if (intent) cues.push({ kind: 'intent', ...at(k, intent.last) });
    const occurrence = lexicon.occurrence.matchAt(text, tokens, k, last);
    if (occurrence) cues.push({ kind: 'occurrence', ...at(k, occurrence.last) });
  }
  cues.sort((a, b) => a.start - b.start);
  return cues;
}

/**
 * Cuts the tokens `first`…`last - 1` of a sentence spanning `start`…`end`
 * into clauses: before a subordinating word, around a relative clause set
 * off by commas, and before "dan"/"and" (or a comma) that a verb of the
 * lexicon follows within three words when the clause so far already has a
 * verb of its own.
 */
export function splitClauses(
  text: string,
  tokens: readonly Token[],
  sentence: TextSpan & { readonly first: number; readonly last: number },
  cues: readonly SentenceCue[],
  lexicon: Lexicon,
): Clause[] {
  const cuts: number[] = [];
  const relativeFrom = new Set<number>();
  const verbAt = new Map<number, SentenceCue>();
  for (const cue of cues) if (cue.kind === 'verb') verbAt.set(cue.first, cue);
  const commaBefore = (k: number) => {
    // A comma among the characters between the two words.
    for (let i = tokens[k - 1]?.end ?? 0; i < (tokens[k]?.start ?? 0); i += 1)
      if (text.charCodeAt(i) === 44) return true;
    return false;
  };
  let hasVerb = false;
  for (let k = sentence.first; k < sentence.last; k += 1) {
    const token = tokens[k] as Token;
    if (k > sentence.first && commaBefore(k) && lexicon.relatives.has(token.lower)) {
      // ", who dissolved parliament last month,": from the word to the next comma.
      cuts.push(k);
      relativeFrom.add(k);
      let j = k + 1;
      while (j < sentence.last && !commaBefore(j)) j += 1;
      if (j < sentence.last) cuts.push(j);
      k = j - 1;
      hasVerb = false;
      continue;
    }
    const afterComma = commaBefore(k) && lexicon.commaBreaks.has(token.lower);
    if (k > sentence.first && (afterComma || lexicon.clauseBreaks.matchAt(text, tokens, k, sentence.last))) {
      cuts.push(k);
      hasVerb = false;
    } else if (hasVerb && k > sentence.first && (lexicon.coordinators.has(token.lower) || commaBefore(k))) {
      // "dan menewaskan", ", lalu menduduki": a second act of the same sentence.
      const from = lexicon.coordinators.has(token.lower) ? k + 1 : k;
      for (let j = from; j < Math.min(from + 3, sentence.last); j += 1) {
        if (verbAt.has(j)) {
          cuts.push(k);
          hasVerb = false;
          break;
        }
      }
    }
    if (verbAt.has(k)) hasVerb = true;
  }
  const bounds = [sentence.first, ...cuts, sentence.last];
  const clauses: Clause[] = [];
  for (let c = 0; c + 1 < bounds.length; c += 1) {
    const first = bounds[c] as number;
    const last = bounds[c + 1] as number;
    if (last <= first) continue;
    const start = c === 0 ? sentence.start : (tokens[first] as Token).start;
    let end = c + 2 === bounds.length ? sentence.end : (tokens[last - 1] as Token).end;
    // A clause keeps the closing punctuation of its words, not the comma before the next.
    while (end < sentence.end && /[)"”’]/u.test(text.charAt(end))) end += 1;
    clauses.push({
      first,
      last,
      start,
      end,
      cues: cues.filter((cue) => cue.first >= first && cue.first < last),
      relative: relativeFrom.has(first),
    });
  }
  return clauses;
}
