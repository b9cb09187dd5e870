/**
 * A person's review of what the extractor proposes for one article: each
 * proposal as they edited it, rejected or merged into another, and the
 * proposed actors as they named them or matched them with actors of the
 * draft. Which proposals were accepted is not kept as a flag but as the id
 * of the draft event each became: a proposal counts as accepted while the
 * draft has that event, so undoing an acceptance makes it pending again.
 * Every function returns a new review and leaves the old one as it was.
 */
import { compareDateSpans } from '@/domain/dates/date-span';
import { parseEdtfDate } from '@/domain/dates/edtf';
import type { Draft } from '@/domain/draft/draft-model';
import type { EventProposal, ExtractionDraft, ProposedActor } from '@/domain/extract/proposal-model';

/** One proposal under review. */
export interface ReviewItem {
  /** The proposal as the person left it (title, date, type edited). */
  readonly proposal: EventProposal;
  /** Rejected, or merged into the proposal whose id is given; null while it stands on its own. */
  readonly set: null | { readonly kind: 'rejected' } | { readonly kind: 'merged'; readonly into: string };
  /** The id of the draft event it became when accepted. */
  readonly event: string | null;
}

/** The review of one article's proposals, tied to the draft source that holds the article's text. */
export interface Review {
  /** The draft source whose text the proposals' offsets index into. */
  readonly sourceId: string;
  /** What the extractor returned, as it returned it (text, furniture, sentences). */
  readonly extraction: ExtractionDraft;
  /** The proposals in time order (text order among those of the same date). */
  readonly items: readonly ReviewItem[];
  /** The proposed actors, as the person named and sorted them. */
  readonly actors: readonly ProposedActor[];
  /** Proposed actor id → id of the draft actor the person chose for it. */
  readonly matches: Readonly<Record<string, string>>;
}

/** Where a proposal stands, given the draft. */
export type ReviewStatus = 'pending' | 'accepted' | 'rejected' | 'merged';

/** The proposals in time order: by the span of their dates, then where the text tells them. */
function inTimeOrder(proposals: readonly EventProposal[]): EventProposal[] {
  const keyed = proposals.map((proposal) => {
    const parsed = parseEdtfDate(proposal.date);
    return { proposal, span: parsed.ok ? parsed.span : null, at: proposal.evidence[0]?.start ?? 0 };
  });
  keyed.sort((a, b) => {
    if (a.span && b.span) return compareDateSpans(a.span, b.span) || a.at - b.at;
    return a.span ? -1 : b.span ? 1 : a.at - b.at;
  });
  return keyed.map((k) => k.proposal);
}

/** A new review of `extraction`, whose text is that of draft source `sourceId`. */
export function createReview(extraction: ExtractionDraft, sourceId: string): Review {
  return {
    sourceId,
    extraction,
    items: inTimeOrder(extraction.proposals).map((proposal) => ({ proposal, set: null, event: null })),
    actors: extraction.actors,
    matches: {},
  };
}

/** Where the proposal of `item` stands: accepted while the draft still has its event. */
export function statusOf(item: ReviewItem, draft: Draft): ReviewStatus {
  if (item.set) return item.set.kind;
  if (item.event !== null && draft.events.some((e) => e.id === item.event)) return 'accepted';
  return 'pending';
}

/** True when "accept all with a date and an actor" takes the proposal: it has both (its type may still be needed). */
export function isReadyToAccept(proposal: EventProposal): boolean {
  return proposal.date !== '' && proposal.actors.length > 0;
}

function mapItem(review: Review, id: string, update: (item: ReviewItem) => ReviewItem): Review {
  return { ...review, items: review.items.map((item) => (item.proposal.id === id ? update(item) : item)) };
}

/** The review with proposal `id` changed by `update` (a title, a date, a type set by the person). */
export function editProposal(review: Review, id: string, update: (proposal: EventProposal) => EventProposal): Review {
  return mapItem(review, id, (item) => ({ ...item, proposal: update(item.proposal) }));
}

/** The review with proposal `id` rejected; `restoreProposal` takes it back. */
export function rejectProposal(review: Review, id: string): Review {
  return mapItem(review, id, (item) => ({ ...item, set: { kind: 'rejected' } }));
}

/** The review with proposal `id` standing on its own again (no longer rejected). */
export function restoreProposal(review: Review, id: string): Review {
  return mapItem(review, id, (item) => ({ ...item, set: null }));
}

/** The review noting the draft events accepted proposals became, by proposal id. */
export function markAccepted(review: Review, events: Readonly<Record<string, string>>): Review {
  return {
    ...review,
    items: review.items.map((item) =>
      Object.hasOwn(events, item.proposal.id) ? { ...item, set: null, event: events[item.proposal.id] ?? null } : item,
    ),
  };
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/**
 * The review with proposal `from` merged into proposal `into`: one event told
 * by both. `into` keeps its title, date and type, and gains `from`'s evidence
 * and cues (in text order, each span once), actors, recipients and contexts;
 * `from` is marked as merged. Unchanged when either is missing or they are one.
 */
export function mergeProposals(review: Review, from: string, into: string): Review {
  const source = review.items.find((i) => i.proposal.id === from)?.proposal;
  const target = review.items.find((i) => i.proposal.id === into)?.proposal;
  if (!source || !target || from === into) return review;
  const bySpan = <T extends { start: number; end: number }>(list: readonly T[], key: (x: T) => string) => {
    const seen = new Map<string, T>();
    for (const x of list) if (!seen.has(key(x))) seen.set(key(x), x);
    return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  };
  const actors = union(target.actors, source.actors);
  const merged: EventProposal = {
    ...target,
    evidence: bySpan([...target.evidence, ...source.evidence], (e) => `${e.start}:${e.end}`),
    cues: bySpan([...target.cues, ...source.cues], (c) => `${c.start}:${c.end}:${c.kind}`),
    actors,
    recipients: union(target.recipients, source.recipients).filter((id) => !actors.includes(id)),
    context: union(target.context, source.context),
    reasons: union(target.reasons, ['merged-sentences' as const]),
  };
  return {
    ...review,
    items: review.items.map((item) =>
      item.proposal.id === into
        ? { ...item, proposal: merged }
        : item.proposal.id === from
          ? { ...item, set: { kind: 'merged', into } }
          : item,
    ),
  };
}

/** The review with proposed actor `id` changed by `update` (its name in the article's language, kind, country, role). */
export function editProposedActor(review: Review, id: string, update: (actor: ProposedActor) => ProposedActor): Review {
  return { ...review, actors: review.actors.map((a) => (a.id === id ? update(a) : a)) };
}

/** The review with proposed actor `id` matched to draft actor `draftActor` (null: the match found by name, or a new actor). */
export function matchActor(review: Review, id: string, draftActor: string | null): Review {
  const matches = { ...review.matches };
  if (draftActor === null) delete matches[id];
  else matches[id] = draftActor;
  return { ...review, matches };
}

/**
 * The review tied to the draft source that now holds its article: the same
 * one while it has the text, else the source with the very same text (its
 * id follows the publisher and day a person types); unchanged when none has.
 */
export function followSource(review: Review, draft: Draft): Review {
  const text = review.extraction.text;
  if (draft.sources.some((s) => s.id === review.sourceId && s.text === text)) return review;
  const moved = draft.sources.find((s) => s.text === text);
  return moved ? { ...review, sourceId: moved.id } : review;
}
