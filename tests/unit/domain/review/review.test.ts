import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addEvent, updateSource } from '@/domain/draft/draft-commands';
import { missingTranslations } from '@/domain/draft/missing-translations';
import { extractEvents } from '@/domain/extract/extract-events';
import { acceptProposals } from '@/domain/review/accept-proposals';
import { draftFromArticle } from '@/domain/review/article-draft';
import {
  editProposedActor,
  followSource,
  isReadyToAccept,
  matchActor,
  markAccepted,
  mergeProposals,
  rejectProposal,
  restoreProposal,
  statusOf,
  type Review,
} from '@/domain/review/review-model';
import { checkDraft } from '@/data/drafts/check-draft';

const ARTICLE = readFileSync(new URL('../../../fixtures/extract/republika-2022-07-01.txt', import.meta.url), 'utf8');
const extraction = extractEvents(ARTICLE, { published: '2022-07-01', language: 'id' });
const start = () => draftFromArticle(extraction, { publisher: 'Republika', headline: '' }, 'draft-1');

function acceptAllReady(review: Review, draft = start().draft) {
  const ids = review.items.filter((i) => isReadyToAccept(i.proposal)).map((i) => i.proposal.id);
  const result = acceptProposals(draft, review, ids);
  return { ...result, review: markAccepted(review, result.events) };
}

describe('draftFromArticle', () => {
  it('keeps the article text as the one source, exactly, and titles the story by publisher and day', () => {
    const { draft, review } = start();
    expect(draft.sources).toHaveLength(1);
    expect(draft.sources[0]).toMatchObject({
      id: 'republika-2022-07-01',
      publisher: 'Republika',
      published: '2022-07-01',
      language: 'id',
    });
    expect(draft.sources[0]?.text).toBe(ARTICLE);
    expect(draft.story.locales).toEqual(['id', 'en']);
    expect(draft.story.title).toEqual({ id: 'Republika, 2022-07-01' });
    expect(draft.events).toEqual([]);
    expect(review.sourceId).toBe('republika-2022-07-01');
  });

  it('lists the proposals in time order, the 1997 treaty first', () => {
    const { review } = start();
    const dates = review.items.map((i) => i.proposal.date);
    expect(dates[0]).toBe('1997');
    expect(dates.at(-1)).toBe('2022-07-01');
    expect(review.items.every((i) => i.set === null && i.event === null)).toBe(true);
  });
});

describe('acceptProposals', () => {
  it('turns every proposal with a date and an actor into an event quoting the source at its offsets, and the draft is a valid story', async () => {
    const { review } = start();
    const { draft, review: after } = acceptAllReady(review);
    expect(draft.events.length).toBe(review.items.filter((i) => isReadyToAccept(i.proposal)).length);
    expect(draft.events.length).toBeGreaterThanOrEqual(8);
    for (const event of draft.events) {
      for (const e of event.evidence) {
        expect(e.source).toBe('republika-2022-07-01');
        expect(ARTICLE.slice(e.start, e.end)).toBe(e.quote);
      }
      expect(event.actors.length).toBeGreaterThan(0);
      expect(Object.keys(event.title)).toEqual(['id']);
    }
    const treaty = draft.events.find((e) => e.date === '1997');
    expect(treaty?.dateText).toEqual({ id: 'pada 1997' });
    expect(treaty?.dateBasis).toBe('stated');
    const ids = new Set(draft.actors.map((a) => a.id));
    for (const event of draft.events) for (const a of [...event.actors, ...event.recipients]) expect(ids).toContain(a);
    const putin = draft.actors.find((a) => a.id === 'vladimir-putin');
    expect(putin).toMatchObject({ kind: 'person', affiliation: 'russia' });
    expect(
      after.items.every((i) => statusOf(i, draft) === (isReadyToAccept(i.proposal) ? 'accepted' : 'pending')),
    ).toBe(true);
    const checked = await checkDraft(draft);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it('puts each accepted event at the places its sentence names, the story holding each place once, and the draft stays valid', async () => {
    const { review } = start();
    const { draft, events } = acceptAllReady(review);
    const named = review.items.filter((i) => isReadyToAccept(i.proposal) && (i.proposal.places ?? []).length > 0);
    expect(named.length).toBeGreaterThan(0);
    for (const { proposal } of named) {
      const event = draft.events.find((e) => e.id === events[proposal.id]);
      const expected = (proposal.places ?? []).map((p) => review.extraction.places?.find((q) => q.id === p.place));
      const got = (event?.places ?? []).map((id) => draft.places?.find((p) => p.id === id));
      expect(got.map((p) => p?.country)).toEqual(expected.map((p) => p?.country));
    }
    const ukraine = draft.places?.find((p) => p.kind === 'country' && p.country === 'UKR');
    expect(ukraine?.name).toMatchObject({ id: 'Ukraina', en: 'Ukraine' });
    const ids = draft.places?.map((p) => p.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    for (const event of draft.events) for (const id of event.places ?? []) expect(ids).toContain(id);
    const checked = await checkDraft(draft);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it('accepts a proposal once: accepting again adds nothing, and an undone event makes it pending again', () => {
    const { review } = start();
    const first = acceptAllReady(review);
    const again = acceptProposals(
      first.draft,
      first.review,
      first.review.items.map((i) => i.proposal.id),
    );
    const pendingBefore = first.review.items.filter((i) => statusOf(i, first.draft) === 'pending').length;
    expect(again.draft.events.length).toBe(first.draft.events.length + pendingBefore);
    const withoutOne = { ...first.draft, events: first.draft.events.slice(1) };
    const undone = first.review.items.find((i) => i.event === first.draft.events[0]?.id);
    expect(undone && statusOf(undone, withoutOne)).toBe('pending');
  });

  it('uses an actor the draft already has by name instead of adding it twice', () => {
    const { draft, review } = start();
    const withRussia = {
      ...draft,
      actors: [
        {
          id: 'rusia',
          name: { id: 'Rusia' },
          kind: 'state' as const,
          country: 'RUS',
          affiliation: '',
          role: {},
          wikidata: '',
        },
      ],
    };
    const { draft: after } = acceptAllReady(review, withRussia);
    expect(after.actors.filter((a) => a.country === 'RUS' && a.kind === 'state')).toHaveLength(1);
    expect(after.events.some((e) => e.actors.includes('rusia'))).toBe(true);
  });

  it('adds nothing when the draft no longer has the source, and follows the source when its id changes', () => {
    const { draft, review } = start();
    const renamed = updateSource(draft, 0, (s) => ({ ...s, publisher: 'Republika Online' }));
    expect(renamed.sources[0]?.id).not.toBe(review.sourceId);
    expect(acceptProposals(renamed, review, [review.items[0]!.proposal.id]).events).toEqual({});
    const followed = followSource(review, renamed);
    expect(followed.sourceId).toBe(renamed.sources[0]?.id);
    const accepted = acceptProposals(renamed, followed, [review.items[0]!.proposal.id]);
    expect(accepted.draft.events[0]?.evidence[0]?.source).toBe(renamed.sources[0]?.id);
  });

  it('leaves other locales of an accepted title missing, for the person to translate', () => {
    const { draft } = acceptAllReady(start().review);
    const missing = missingTranslations(draft);
    expect(missing.some((m) => m.path === 'events[0].title.en')).toBe(true);
    expect(missing.every((m) => m.locale === 'en')).toBe(true);
  });

  it('numbers new events after those the draft has', () => {
    const { draft, review } = start();
    const one = addEvent(draft, null).draft;
    const { draft: after } = acceptProposals(one, review, [review.items[0]!.proposal.id]);
    expect(after.events.map((e) => e.id)).toEqual(['event-1', 'event-2']);
  });
});

describe('rejecting and merging', () => {
  it('a rejected proposal is not accepted, and restoring it makes it pending again', () => {
    const { draft, review } = start();
    const id = review.items[0]!.proposal.id;
    const rejected = rejectProposal(review, id);
    expect(statusOf(rejected.items[0]!, draft)).toBe('rejected');
    expect(acceptProposals(draft, rejected, [id]).events).toEqual({});
    expect(statusOf(restoreProposal(rejected, id).items[0]!, draft)).toBe('pending');
  });

  it('merging joins evidence, cues and actors in text order and marks the other as merged', () => {
    const { draft, review } = start();
    const [a, b] = review.items.filter((i) => i.proposal.date.startsWith('2022-02-24')).map((i) => i.proposal);
    expect(a && b).toBeTruthy();
    const merged = mergeProposals(review, b!.id, a!.id);
    const into = merged.items.find((i) => i.proposal.id === a!.id)!.proposal;
    expect(into.evidence.length).toBeGreaterThanOrEqual(1);
    expect(new Set(into.actors)).toEqual(new Set([...a!.actors, ...b!.actors]));
    const starts = into.cues.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(
      statusOf(
        merged.items.find((i) => i.proposal.id === b!.id)!,
        draft,
      ),
    ).toBe('merged');
    expect(mergeProposals(review, a!.id, a!.id)).toBe(review);
  });
});

describe('the actors a person matched or renamed', () => {
  it('an actor matched to one of the draft is used for it, and a renamed one is added under its new name', () => {
    const { draft, review } = start();
    const withMinsk = {
      ...draft,
      actors: [
        {
          id: 'minsk',
          name: { en: 'Belarus' },
          kind: 'state' as const,
          country: '',
          affiliation: '',
          role: {},
          wikidata: '',
        },
      ],
    };
    const belarus = review.actors.find((a) => a.id === 'belarus');
    const russia = review.actors.find((a) => a.id === 'russia');
    expect(belarus && russia).toBeTruthy();
    const matched = matchActor(review, 'belarus', 'minsk');
    const renamed = editProposedActor(matched, 'russia', (a) => ({ ...a, name: 'Federasi Rusia' }));
    const { draft: after } = acceptAllReady(renamed, withMinsk);
    expect(after.actors.filter((a) => a.id === 'belarus')).toEqual([]);
    expect(after.events.some((e) => e.actors.includes('minsk'))).toBe(true);
    expect(after.actors.find((a) => a.id === 'russia')?.name.id).toBe('Federasi Rusia');
    expect(matchActor(matched, 'belarus', null).matches).toEqual({});
  });
});
