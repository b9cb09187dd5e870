/**
 * Accepting proposals into a draft: each becomes a draft event quoting the
 * article's source with the proposal's exact offsets, its title in the
 * article's language (the story's other languages are left for the person),
 * its date with the phrase as the date's wording and its basis, its type (or
 * none yet: "type needed") and its actors. The actors it names are the
 * draft's own when the person matched them or the draft already has them by
 * id or name; the others are added, with the state or organisation a person
 * acts for. The places it names (a country, or a capital with its point,
 * marked external) become the event's places, the story's own reused. A pure
 * draft command, so it is undone and saved like any change.
 */
import type { Draft, DraftActor, DraftEvent } from '@/domain/draft/draft-model';
import { createEmptyEvent } from '@/domain/draft/draft-model';
import { nextActorId, nextEventId } from '@/domain/draft/draft-commands';
import { addCityToEvent, addCountryToEvent } from '@/domain/draft/place-commands';
import type { EventProposal, ProposedActor, ProposedPlace } from '@/domain/extract/proposal-model';
import { cutText } from '@/domain/import/import-tools';
import { LIMITS } from '@/domain/dataset/schema-fields';
import { statusOf, type Review } from '@/domain/review/review-model';

/** The draft after accepting, and the id of the event each accepted proposal became. */
export interface AcceptResult {
  readonly draft: Draft;
  /** Proposal id → draft event id, for the proposals accepted now. */
  readonly events: Readonly<Record<string, string>>;
}

function normalName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, ' ');
}

/** The draft actor a proposed actor stands for: the one the person chose, else one with its id or one of its names; null for none. */
export function draftActorFor(draft: Draft, review: Review, proposed: ProposedActor): string | null {
  const chosen = review.matches[proposed.id];
  if (chosen !== undefined && draft.actors.some((a) => a.id === chosen)) return chosen;
  if (draft.actors.some((a) => a.id === proposed.id)) return proposed.id;
  const names = new Set([proposed.name, ...Object.values(proposed.names)].map(normalName));
  const byName = draft.actors.find((a) => Object.values(a.name).some((n) => n !== '' && names.has(normalName(n))));
  return byName?.id ?? null;
}

/** A draft actor made from a proposed one: its name in the article's language and in the story's other languages the gazetteer knows. */
function newActor(draft: Draft, proposed: ProposedActor, language: string, affiliation: string): DraftActor {
  const name: Record<string, string> = {};
  for (const locale of draft.story.locales) {
    const known = proposed.names[locale];
    if (known) name[locale] = known;
  }
  name[language] = proposed.name;
  const id = draft.actors.some((a) => a.id === proposed.id) ? nextActorId(draft, proposed.name) : proposed.id;
  return {
    id,
    name,
    kind: proposed.kind,
    country: proposed.country ?? '',
    affiliation,
    role: proposed.role ? { [language]: proposed.role } : {},
    wikidata: '',
  };
}

/** The event a proposal becomes, quoting draft source `sourceId`, with actor ids already those of the draft. */
export function eventOfProposal(
  id: string,
  proposal: EventProposal,
  sourceId: string,
  language: string,
  actors: readonly string[],
  recipients: readonly string[],
): DraftEvent {
  const title = proposal.title.trim() || proposal.evidence[0]?.quote.trim() || '';
  return {
    ...createEmptyEvent(id),
    title: title === '' ? {} : { [language]: cutText(title, LIMITS.titleLength) },
    date: proposal.date,
    dateText: proposal.dateText.trim() === '' ? {} : { [language]: proposal.dateText.trim() },
    dateBasis: proposal.dateBasis,
    type: proposal.type ?? '',
    context: [...proposal.context],
    actors: [...new Set(actors)],
    recipients: [...new Set(recipients)].filter((r) => !actors.includes(r)),
    evidence: proposal.evidence.map((e) => ({ source: sourceId, quote: e.quote, start: e.start, end: e.end })),
  };
}

/** The draft with the proposed `place` among the places of the event at `index`, in the story's languages and the article's. */
function withProposedPlace(draft: Draft, index: number, place: ProposedPlace, language: string): Draft {
  if (place.kind === 'country') return addCountryToEvent(draft, index, { code: place.country, name: place.names });
  if (!place.point) return draft;
  const name: Record<string, string> = {};
  for (const locale of draft.story.locales) {
    const known = place.names[locale as keyof ProposedPlace['names']];
    if (known) name[locale] = known;
  }
  name[language] = place.name;
  return addCityToEvent(draft, index, { name, point: [place.point[0], place.point[1]] });
}

/**
 * Accepts the pending proposals `ids` of `review` into `draft`, in the
 * review's (time) order: new events at the end, new actors as needed, and
 * the article's language added to the story's languages if it was not
 * there. Proposals already accepted, rejected or merged are left out; so is
 * everything when the draft no longer has the review's source.
 */
export function acceptProposals(draft: Draft, review: Review, ids: readonly string[]): AcceptResult {
  if (!draft.sources.some((s) => s.id === review.sourceId)) return { draft, events: {} };
  const wanted = new Set(ids);
  const items = review.items.filter((item) => wanted.has(item.proposal.id) && statusOf(item, draft) === 'pending');
  if (items.length === 0) return { draft, events: {} };
  const language = review.extraction.language;
  let next: Draft = draft.story.locales.includes(language)
    ? draft
    : { ...draft, story: { ...draft.story, locales: [...draft.story.locales, language] } };

  const proposedById = new Map(review.actors.map((a) => [a.id, a]));
  const resolved = new Map<string, string | null>();
  const actorFor = (proposedId: string, depth = 0): string | null => {
    const known = resolved.get(proposedId);
    if (known !== undefined) return known;
    const proposed = proposedById.get(proposedId);
    if (!proposed || depth > 3) return null;
    let id = draftActorFor(next, review, proposed);
    if (id === null) {
      const affiliation = proposed.affiliation ? (actorFor(proposed.affiliation, depth + 1) ?? '') : '';
      const actor = newActor(next, proposed, language, affiliation);
      next = { ...next, actors: [...next.actors, actor] };
      id = actor.id;
    }
    resolved.set(proposedId, id);
    return id;
  };

  const placesById = new Map((review.extraction.places ?? []).map((p) => [p.id, p]));
  const events: Record<string, string> = {};
  for (const { proposal } of items) {
    const actors = proposal.actors.map((a) => actorFor(a)).filter((a): a is string => a !== null);
    const recipients = proposal.recipients.map((a) => actorFor(a)).filter((a): a is string => a !== null);
    const event = eventOfProposal(nextEventId(next), proposal, review.sourceId, language, actors, recipients);
    next = { ...next, events: [...next.events, event] };
    const index = next.events.length - 1;
    for (const id of new Set((proposal.places ?? []).map((p) => p.place))) {
      const place = placesById.get(id);
      if (place) next = withProposedPlace(next, index, place, language);
    }
    events[proposal.id] = event.id;
  }
  return { draft: next, events };
}
