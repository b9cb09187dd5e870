/**
 * The id of a relation, from the actor who acts to the one acted towards:
 * `source->target` (actor ids are slugs, so they never hold `->`). The graph,
 * the highlight, the detail panel and links all build and read it here.
 */

const SEPARATOR = '->';

/** The id of the relation from actor `source` to actor `target`. */
export function relationId(source: string, target: string): string {
  return `${source}${SEPARATOR}${target}`;
}

/** The two actor ids of a relation id; null when it is not two non-empty ids joined by `->`. */
export function parseRelationId(id: string): { readonly source: string; readonly target: string } | null {
  const [source, target, ...rest] = id.split(SEPARATOR);
  return source && target && rest.length === 0 ? { source, target } : null;
}
