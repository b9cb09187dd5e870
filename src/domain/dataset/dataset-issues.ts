/**
 * Where `parseDataset`'s checks put what they find: errors and warnings, each
 * at a JSON path (`events[3].date`, `$` for the whole file), in the order the
 * checks report them. Also suggesting a name a person may have meant.
 */
import type { DatasetIssue, DatasetProblems } from '@/domain/dataset/model';

export type Segment = string | number;
export type Path = readonly Segment[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path segments as `events[3].title.en`, with `["pt-BR"]` for other keys and `$` for the root. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out === '' ? '$' : out;
}

/** What a check reports to; a lazy message is only built when it will be shown. */
export interface IssueSink {
  error(path: Path, message: string | (() => string)): void;
  warn(path: Path, message: string): void;
}

/** Collects errors up to a cap and warnings, and knows which paths the schema already flagged. */
export class Issues implements IssueSink {
  readonly errors: DatasetIssue[] = [];
  readonly warnings: DatasetIssue[] = [];
  truncated = 0;
  private droppedWarnings = 0;
  private readonly flagged = new Set<string>();

  constructor(private readonly maxErrors: number) {}

  get full(): boolean {
    return this.errors.length >= this.maxErrors;
  }

  get failed(): boolean {
    return this.errors.length + this.truncated > 0;
  }

  /** Records a schema error; later checks stay quiet at that path and below it. */
  flag(path: readonly PropertyKey[], message: string): void {
    const key = formatPath(path);
    if (this.flagged.has(key)) return;
    this.flagged.add(key);
    this.add(key, message);
  }

  /** Records an error unless the schema already reported this path or one above it. */
  error(path: Path, message: string | (() => string)): void {
    for (let depth = 0; depth <= path.length; depth += 1) {
      if (this.flagged.has(formatPath(path.slice(0, depth)))) return;
    }
    this.add(formatPath(path), message);
  }

  warn(path: Path, message: string): void {
    if (this.warnings.length < this.maxErrors) this.warnings.push({ path: formatPath(path), message });
    else this.droppedWarnings += 1;
  }

  private add(path: string, message: string | (() => string)): void {
    // A lazy message is only built when it will be shown: suggestions cost time.
    if (this.full) this.truncated += 1;
    else this.errors.push({ path, message: typeof message === 'string' ? message : message() });
  }

  failure(): DatasetProblems {
    return { ok: false, problems: this.errors, warnings: this.allWarnings(), truncated: this.truncated };
  }

  allWarnings(): DatasetIssue[] {
    if (this.droppedWarnings === 0) return this.warnings;
    return [...this.warnings, { path: '$', message: `${this.droppedWarnings} more warnings are not shown` }];
  }
}

/** Edit distance between two strings, or `limit + 1` once it is sure to exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The closest of `candidates` to a misspelt `word`, or undefined when none is close. */
function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** `; did you mean "x"?` naming the closest candidate, or nothing when none is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`;
}
