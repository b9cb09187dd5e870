/**
 * The part of loading that runs once the input is here: it parses the text
 * once, fetches the source texts it names, loads the EDTF grammar when its
 * dates need it (known before reading), and reads it: with `readDataset` on
 * the page, or, for a large download, with a worker checking while the page
 * builds. It is a chunk of its own (with the zod schema and the importers),
 * fetched alongside the data by `loadDataset`.
 */
import { buildValidDataset } from '@/domain/dataset/build-dataset';
import type { DatasetIssue, DatasetResult } from '@/domain/dataset/model';
import {
  inputNeedsEdtfGrammar,
  readDataset,
  type DatasetInput,
  type ReadDataset,
  type ReadResult,
  type RecognisedDataset,
} from '@/domain/import/read-dataset';
import { recogniseDataset } from '@/domain/import/recognise-dataset';
import type { DatasetChecker } from '@/data/dataset-checker';
import { prepareModel } from '@/data/dataset-model';
import { loadEdtfGrammar } from '@/data/edtf-grammar-loader';
import { fetchSourceTexts } from '@/data/source-texts';

/** What `readInput` is given. */
export interface ReadRequest {
  readonly input: DatasetInput;
  /** Where the source texts the dataset names are fetched from (the dataset's URL); absent, `sourceTexts` are all there is. */
  readonly base?: string;
  /** Source texts given by the caller (an editor), keyed by source id or `text` path. */
  readonly sourceTexts?: ReadonlyMap<string, string>;
  /** A worker checking the same bytes, for a large download: the page then builds without checking. */
  readonly checker?: DatasetChecker | null;
  /** Most errors to list (default 100). */
  readonly maxErrors?: number;
  readonly signal?: AbortSignal;
}

/** The page builds, the worker checks; the answer is the worker's verdict with the page's dataset. */
async function checkedElsewhere(
  recognised: Extract<RecognisedDataset, { format: 'linimasa' }>,
  checker: DatasetChecker,
  sourceTexts: ReadonlyMap<string, string>,
): Promise<ReadResult> {
  const verdict = checker.check(sourceTexts);
  // Built while the worker checks; thrown away unless the verdict says it is valid.
  let built = null;
  try {
    built = buildValidDataset(recognised.json, sourceTexts);
  } catch {
    // Invalid input may break the build; the verdict will say why.
  }
  // The worker is still checking: what the first drawing reads is worked out meanwhile (dropped with the dataset if it is invalid).
  if (built) prepareModel(built);
  const checked = await verdict;
  if (!checked.ok) return checked;
  if (!built) return readDataset(recognised, { sourceTexts });
  return { ok: true, value: { dataset: built, format: 'linimasa', report: recognised.report }, warnings: checked.warnings };
}

function withProblems<T>(result: DatasetResult<T>, problems: readonly DatasetIssue[]): DatasetResult<T> {
  if (problems.length === 0) return result;
  if (!result.ok) return { ...result, problems: [...problems, ...result.problems] };
  return { ok: false, problems, warnings: result.warnings, truncated: 0 };
}

/** Reads an input that is here, fetching what it names; answers with the dataset or its problems, never throwing for a bad dataset. */
export async function readInput(request: ReadRequest): Promise<DatasetResult<ReadDataset>> {
  const { input, base, checker = null, signal } = request;
  const recognised = recogniseDataset(input);
  const linimasa = recognised.format === 'linimasa' ? recognised : null;
  if (!linimasa) checker?.dispose();
  const fetched =
    linimasa && base !== undefined
      ? await fetchSourceTexts(linimasa.json, base, signal)
      : { sourceTexts: new Map<string, string>(), problems: [] };
  const sourceTexts = new Map([...(request.sourceTexts ?? []), ...fetched.sourceTexts]);
  // Known before reading, so the dataset is read (or built) once.
  if (inputNeedsEdtfGrammar(recognised)) await loadEdtfGrammar();
  const result =
    linimasa && checker
      ? await checkedElsewhere(linimasa, checker, sourceTexts)
      : readDataset(recognised, { sourceTexts, ...(request.maxErrors === undefined ? {} : { maxErrors: request.maxErrors }) });
  return withProblems(result, fetched.problems);
}
