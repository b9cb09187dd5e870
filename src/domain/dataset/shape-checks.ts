/**
 * The shape checks of `parseDataset`: the dataset's outer shell (with its
 * sources and, when need be, its actors) against `datasetShellSchema`, and
 * each event against `eventSchema`, most through the direct stand-ins of
 * event-shape.ts. zod's issues are reworded here as sentences at JSON paths.
 */
import type { z } from 'zod/mini';
import { datasetShellSchema, eventSchema } from '@/domain/dataset/schema';
import { describeValue, LIMITS } from '@/domain/dataset/schema-fields';
import { isWellFormedActor, isWellFormedEvent } from '@/domain/dataset/event-shape';
import type { Issues } from '@/domain/dataset/dataset-issues';
import { field, isJsonObject, list, type Json } from '@/domain/dataset/json';
import { eventsToCheck, type EventScreen } from '@/domain/dataset/event-screen';

/** Rewrites a zod issue as a sentence; schema.ts words most issues, this covers the rest. */
function issueMessage(issue: z.core.$ZodIssue, root: unknown): string {
  const key = issue.path.at(-1);
  // A missing enum field (such as `type`) reaches zod as an invalid value, not an invalid type.
  if (issue.code === 'invalid_type' || (issue.code === 'invalid_value' && issue.input === undefined)) {
    let parent: unknown = root;
    for (const segment of issue.path.slice(0, -1)) {
      parent = typeof segment === 'number' ? list(parent)[segment] : field(parent, String(segment));
    }
    if (typeof key === 'string' && isJsonObject(parent) && !Object.hasOwn(parent, key)) {
      return `required field ${JSON.stringify(key)} is missing`;
    }
  }
  return issue.message;
}

const TYPE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['object', 'an object'],
  ['record', 'an object'],
  ['array', 'a list'],
  ['int', 'a whole number'],
  ['boolean', 'true or false'],
]);

/** Fallback wording for issues the schema gives no message of its own (zod's defaults are terse). */
const fallbackError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NOUNS.get(issue.expected) ?? `a ${issue.expected}`}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must have at least ${String(issue.minimum)} entries`;
    case 'too_big':
      return `must have at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'entries'}`;
    case 'invalid_value':
      return `${describeValue(issue.input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return undefined;
  }
};

// Unlike `every`, this visits the holes of a sparse list too, as the schema does.
function areWellFormedActors(actors: readonly unknown[]): boolean {
  for (let i = 0; i < actors.length; i += 1) if (!isWellFormedActor(actors[i])) return false;
  return true;
}

/**
 * The root as `datasetShellSchema` needs to see it, and the lists left out of
 * it: events are checked one by one, and actors that are all plainly well
 * formed give the schema nothing to say, so it need not walk thousands of them.
 */
function shellOf(root: Json): { shell: Json; left: Json } {
  // Anything but a plain object is left whole, lest the copy lose what the schema would read.
  if (Object.getPrototypeOf(root) !== Object.prototype) return { shell: root, left: {} };
  const left: Json = {};
  const events = field(root, 'events');
  if (Array.isArray(events) && events.length <= LIMITS.events) left.events = events;
  const actors = field(root, 'actors');
  if (Array.isArray(actors) && actors.length <= LIMITS.actors && areWellFormedActors(actors)) left.actors = actors;
  if (Object.keys(left).length === 0) return { shell: root, left };
  const shell: Json = { ...root };
  for (const key of Object.keys(left)) shell[key] = [];
  return { shell, left };
}

/**
 * Checks the dataset's shell, reporting to `issues`; on success, the schema's
 * output with the lists it did not look into put back (every record in them
 * passed its schema, directly or through its exact stand-in).
 */
export function checkShell(root: Json, issues: Issues): Json | null {
  const { shell, left } = shellOf(root);
  const result = datasetShellSchema.safeParse(shell, { reportInput: true, error: fallbackError });
  if (result.success) return { ...result.data, ...left };
  for (const issue of result.error.issues) issues.flag(issue.path, issueMessage(issue, root));
  return null;
}

/** Checks each event's shape: directly when it is plainly well formed, else with `eventSchema` for its messages. */
export function checkEventShapes(root: Json, screen: EventScreen, issues: Issues): boolean {
  const events = field(root, 'events');
  if (!Array.isArray(events) || events.length > LIMITS.events) return true; // the shell schema reports these
  let ok = true;
  for (const i of eventsToCheck(screen, events)) {
    const event: unknown = events[i];
    if (isWellFormedEvent(event)) continue;
    const result = eventSchema.safeParse(event, { reportInput: true, error: fallbackError });
    if (result.success) continue;
    ok = false;
    for (const issue of result.error.issues) {
      const path = ['events', i, ...issue.path];
      issues.flag(path, issueMessage({ ...issue, path }, root));
    }
  }
  return ok;
}
