/**
 * Reading a draft back: from the browser's storage or from a draft file a
 * person moved from another machine. Anything read is checked field by field
 * (a missing optional field gets its empty value), a draft of an older
 * schema version is migrated step by step, and one from a newer version is
 * refused rather than mangled. Never throws.
 */
import {
  ACTOR_KINDS,
  EVENT_TYPES,
  PLACE_KINDS,
  POINT_BASES,
  type ActorKind,
  type DateBasis,
  type EventType,
  type PlaceKind,
} from '@/domain/dataset/model';
import { EMPTY_HISTORY, HISTORY_LIMIT, type DraftHistory, type HistoryStep } from '@/domain/draft/draft-history';
import type { Change } from '@/domain/draft/draft-patches';
import {
  DRAFT_SCHEMA_VERSION,
  type Draft,
  type DraftActor,
  type DraftEvent,
  type DraftEvidence,
  type DraftPlace,
  type DraftSource,
  type DraftText,
} from '@/domain/draft/draft-model';

/** The `format` of a draft file. */
export const DRAFT_FILE_FORMAT = 'linimasa-draft';

/** A draft and its undo history, as stored and as written to a draft file. */
export interface StoredDraft {
  readonly draft: Draft;
  readonly history: DraftHistory;
}

/** A draft read back, or a sentence saying why it could not be. */
export type ReadDraftResult = ({ readonly ok: true } & StoredDraft) | { readonly ok: false; readonly message: string };

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function get(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function text(value: unknown): DraftText {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function offset(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function source(value: unknown): DraftSource {
  const body = get(value, 'text');
  return {
    id: str(get(value, 'id')),
    publisher: str(get(value, 'publisher')),
    title: text(get(value, 'title')),
    url: str(get(value, 'url')),
    published: str(get(value, 'published')),
    language: str(get(value, 'language')),
    via: str(get(value, 'via')),
    text: typeof body === 'string' ? body : null,
    textPath: str(get(value, 'textPath')),
    ...(str(get(value, 'place')) ? { place: str(get(value, 'place')) } : {}),
  };
}

function place(value: unknown): DraftPlace {
  const kind = get(value, 'kind');
  const point = get(value, 'point');
  const basis = get(value, 'pointBasis');
  const country = str(get(value, 'country'));
  const wikidata = str(get(value, 'wikidata'));
  const hasPoint = Array.isArray(point) && point.length === 2 && point.every((v) => typeof v === 'number');
  return {
    id: str(get(value, 'id')),
    name: text(get(value, 'name')),
    kind: (PLACE_KINDS as readonly unknown[]).includes(kind) ? (kind as PlaceKind) : 'city',
    ...(country ? { country } : {}),
    ...(hasPoint ? { point: [point[0] as number, point[1] as number] as const } : {}),
    ...((POINT_BASES as readonly unknown[]).includes(basis) ? { pointBasis: basis as DraftPlace['pointBasis'] } : {}),
    ...(wikidata ? { wikidata } : {}),
  };
}

function actor(value: unknown): DraftActor {
  const kind = get(value, 'kind');
  return {
    id: str(get(value, 'id')),
    name: text(get(value, 'name')),
    kind: (ACTOR_KINDS as readonly unknown[]).includes(kind) ? (kind as ActorKind) : 'person',
    country: str(get(value, 'country')),
    affiliation: str(get(value, 'affiliation')),
    role: text(get(value, 'role')),
    wikidata: str(get(value, 'wikidata')),
  };
}

function evidence(value: unknown): DraftEvidence {
  const start = offset(get(value, 'start'));
  const end = offset(get(value, 'end'));
  return {
    source: str(get(value, 'source')),
    quote: str(get(value, 'quote')),
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
  };
}

function event(value: unknown): DraftEvent {
  const basis = get(value, 'dateBasis');
  const type = get(value, 'type');
  return {
    id: str(get(value, 'id')),
    title: text(get(value, 'title')),
    summary: text(get(value, 'summary')),
    date: str(get(value, 'date')),
    dateText: text(get(value, 'dateText')),
    dateBasis: basis === 'relative' || basis === 'external' ? (basis as DateBasis) : 'stated',
    type: (EVENT_TYPES as readonly unknown[]).includes(type) ? (type as EventType) : '',
    mode: str(get(value, 'mode')),
    context: strings(get(value, 'context')),
    actors: strings(get(value, 'actors')),
    recipients: strings(get(value, 'recipients')),
    evidence: Array.isArray(get(value, 'evidence')) ? (get(value, 'evidence') as unknown[]).map(evidence) : [],
    tags: strings(get(value, 'tags')),
    ...(Array.isArray(get(value, 'places')) ? { places: strings(get(value, 'places')) } : {}),
  };
}

function list<T>(value: unknown, read: (item: unknown) => T): T[] {
  return Array.isArray(value) ? value.map(read) : [];
}

/**
 * Steps from each older schema version to the next: `MIGRATIONS.get(n)`
 * turns a version-n draft into a version n+1 one. Version 1 is the first,
 * so there is none yet; a change to the draft's shape adds one here.
 */
const MIGRATIONS: ReadonlyMap<number, (old: Json) => Json> = new Map();

function isChange(value: unknown): value is Change {
  const kind = get(value, 'kind');
  const path = get(value, 'path');
  if (!Array.isArray(path) || !path.every((p) => typeof p === 'string' || typeof p === 'number')) return false;
  if (kind === 'set') return true;
  return (
    kind === 'splice' &&
    offset(get(value, 'index')) !== undefined &&
    Array.isArray(get(value, 'removed')) &&
    Array.isArray(get(value, 'inserted'))
  );
}

function steps(value: unknown): HistoryStep[] | null {
  if (!Array.isArray(value)) return null;
  const out: HistoryStep[] = [];
  for (const step of value.slice(-HISTORY_LIMIT)) {
    const changes = get(step, 'changes');
    const at = get(step, 'at');
    if (!Array.isArray(changes) || !changes.every(isChange) || typeof at !== 'number') return null;
    out.push({ changes, at });
  }
  return out;
}

/** A stored history read back; an unreadable one is dropped (the draft itself matters more than its undo). */
function readHistory(value: unknown): DraftHistory {
  const past = steps(get(value, 'past'));
  const future = steps(get(value, 'future'));
  return past && future ? { past, future } : EMPTY_HISTORY;
}

/** Reads a stored draft (`{ draft, history }`), migrating an older schema version. */
export function readStoredDraft(value: unknown): ReadDraftResult {
  let raw = get(value, 'draft');
  if (!isRecord(raw)) return { ok: false, message: 'this is not a Linimasa draft' };
  let version = get(raw, 'schemaVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: 'this draft has no schema version Linimasa knows' };
  }
  if (version > DRAFT_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `this draft was written by a newer version of Linimasa (draft version ${version}; this one reads up to ${DRAFT_SCHEMA_VERSION})`,
    };
  }
  let history = readHistory(get(value, 'history'));
  while (version < DRAFT_SCHEMA_VERSION) {
    const migrate = MIGRATIONS.get(version);
    if (!migrate) return { ok: false, message: `there is no way to read a draft of version ${version}` };
    raw = migrate(raw as Json);
    // Patches name fields of the old shape: they cannot be replayed on the new one.
    history = EMPTY_HISTORY;
    version += 1;
  }
  const id = str(get(raw, 'id'));
  if (id === '') return { ok: false, message: 'this draft has no id' };
  const story = get(raw, 'story');
  const draft: Draft = {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id,
    story: {
      id: str(get(story, 'id')),
      title: text(get(story, 'title')),
      description: text(get(story, 'description')),
      credit: text(get(story, 'credit')),
      locales: strings(get(story, 'locales')),
    },
    sources: list(get(raw, 'sources'), source),
    actors: list(get(raw, 'actors'), actor),
    events: list(get(raw, 'events'), event),
    ...(Array.isArray(get(raw, 'places')) ? { places: list(get(raw, 'places'), place) } : {}),
  };
  return { ok: true, draft, history };
}

/** The text of a draft file: the draft and its history, to move it to another browser. */
export function formatDraftFile(stored: StoredDraft): string {
  return `${JSON.stringify({ format: DRAFT_FILE_FORMAT, ...stored }, null, 2)}\n`;
}

/** Reads a draft file's text; the draft keeps the id it had, or gets `newId` when asked to (so an import never overwrites a draft). */
export function parseDraftFile(content: string, newId?: string): ReadDraftResult {
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'the file is not JSON' };
  }
  if (get(value, 'format') !== DRAFT_FILE_FORMAT) {
    return {
      ok: false,
      message: `the file is not a Linimasa draft (a dataset is opened with "Open dataset…", then "Edit this story")`,
    };
  }
  const read = readStoredDraft(value);
  if (!read.ok || newId === undefined) return read;
  return { ...read, draft: { ...read.draft, id: newId } };
}
