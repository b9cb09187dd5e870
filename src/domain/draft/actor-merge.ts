/**
 * Actors that are one and the same, merged; actors removed without leaving
 * references behind; and which events use an actor, so nobody deletes one
 * without being told which events lose it.
 */
import type { Draft, DraftActor, DraftEvent, DraftText } from '@/domain/draft/draft-model';

/** An event that names an actor, and as what. */
export interface ActorUse {
  readonly eventIndex: number;
  readonly eventId: string;
  readonly as: 'actor' | 'recipient' | 'both';
}

/** The events that name actor `id` as an actor or a recipient, in draft order. */
export function eventsUsingActor(draft: Draft, id: string): ActorUse[] {
  const uses: ActorUse[] = [];
  draft.events.forEach((event, eventIndex) => {
    const acts = event.actors.includes(id);
    const receives = event.recipients.includes(id);
    if (acts || receives)
      uses.push({ eventIndex, eventId: event.id, as: acts && receives ? 'both' : acts ? 'actor' : 'recipient' });
  });
  return uses;
}

/** The actors that act for actor `id` (their `affiliation`). */
export function actorsActingFor(draft: Draft, id: string): DraftActor[] {
  return draft.actors.filter((actor) => actor.affiliation === id);
}

/** `ids` with `from` replaced by `to`, each id once, in first-seen order. */
function replaceId(ids: readonly string[], from: string, to: string | null): readonly string[] {
  if (!ids.includes(from)) return ids;
  const out: string[] = [];
  for (const id of ids) {
    const next = id === from ? to : id;
    if (next !== null && !out.includes(next)) out.push(next);
  }
  return out;
}

function replaceInEvent(event: DraftEvent, from: string, to: string | null): DraftEvent {
  const actors = replaceId(event.actors, from, to);
  let recipients = replaceId(event.recipients, from, to);
  // Merging an actor into one it acted upon would leave it acting upon itself: that recipient goes.
  const selfBefore = to !== null && event.actors.includes(to) && event.recipients.includes(to);
  if (to !== null && !selfBefore && actors.includes(to) && recipients.includes(to)) {
    recipients = recipients.filter((id) => id !== to);
  }
  return actors === event.actors && recipients === event.recipients ? event : { ...event, actors, recipients };
}

/** Texts of `drop` fill the languages `keep` lacks. */
function fillText(keep: DraftText, drop: DraftText): DraftText {
  const missing = Object.entries(drop).filter(([locale, text]) => text !== '' && !keep[locale]);
  return missing.length === 0 ? keep : { ...keep, ...Object.fromEntries(missing) };
}

/**
 * Merges actor `dropId` into actor `keepId`: every event, recipient and
 * "acts for" naming the dropped actor names the kept one instead (never
 * twice in one list), the kept actor takes the fields it lacks from the
 * dropped one, and the dropped actor goes. Unchanged when either is missing
 * or they are the same.
 */
export function mergeActors(draft: Draft, keepId: string, dropId: string): Draft {
  const keep = draft.actors.find((a) => a.id === keepId);
  const drop = draft.actors.find((a) => a.id === dropId);
  if (!keep || !drop || keepId === dropId) return draft;
  const merged: DraftActor = {
    ...keep,
    name: fillText(keep.name, drop.name),
    role: fillText(keep.role, drop.role),
    country: keep.country || drop.country,
    affiliation: (keep.affiliation || drop.affiliation) === keepId ? '' : keep.affiliation || drop.affiliation,
    wikidata: keep.wikidata || drop.wikidata,
  };
  const actors = draft.actors
    .filter((a) => a.id !== dropId)
    .map((a) => (a.id === keepId ? merged : a.affiliation === dropId ? { ...a, affiliation: keepId } : a));
  return { ...draft, actors, events: draft.events.map((e) => replaceInEvent(e, dropId, keepId)) };
}

/**
 * Removes actor `id`: it leaves every event's actors and recipients and
 * every "acts for"; an event left with no actor then shows the parser's
 * error, so nothing goes unnoticed.
 */
export function removeActor(draft: Draft, id: string): Draft {
  if (!draft.actors.some((a) => a.id === id)) return draft;
  return {
    ...draft,
    actors: draft.actors.filter((a) => a.id !== id).map((a) => (a.affiliation === id ? { ...a, affiliation: '' } : a)),
    events: draft.events.map((e) => replaceInEvent(e, id, null)),
  };
}

/**
 * Renames actor `from` to `to` everywhere it is named; unchanged when `to`
 * is taken by another actor, so a rename never merges two actors by accident.
 */
export function renameActor(draft: Draft, from: string, to: string): Draft {
  if (from === to || draft.actors.some((a) => a.id === to)) return draft;
  return {
    ...draft,
    actors: draft.actors.map((a) =>
      a.id === from || a.affiliation === from
        ? { ...a, id: a.id === from ? to : a.id, affiliation: a.affiliation === from ? to : a.affiliation }
        : a,
    ),
    events: draft.events.map((e) => replaceInEvent(e, from, to)),
  };
}
