import { describe, expect, it } from 'vitest';
import { eventsUsingActor, mergeActors, removeActor, renameActor } from '@/domain/draft/actor-merge';
import { createActor, createEmptyDraft, createEmptyEvent, type Draft } from '@/domain/draft/draft-model';

function draft(): Draft {
  const base = createEmptyDraft('d', ['en', 'id']);
  return {
    ...base,
    actors: [
      { ...createActor('putin', 'Vladimir Putin', 'en', 'person'), affiliation: 'russia' },
      { ...createActor('russia', 'Russia', 'en', 'state'), wikidata: 'Q159' },
      {
        ...createActor('rusia', 'Rusia', 'id', 'state'),
        country: 'RUS',
        name: { en: 'Russian Federation', id: 'Rusia' },
      },
      { ...createActor('shoigu', 'Sergei Shoigu', 'en', 'person'), affiliation: 'rusia' },
      createActor('belarus', 'Belarus', 'en', 'state'),
    ],
    events: [
      { ...createEmptyEvent('e1'), actors: ['rusia'], recipients: ['belarus'] },
      { ...createEmptyEvent('e2'), actors: ['russia', 'belarus'] },
      { ...createEmptyEvent('e3'), actors: ['russia'], recipients: ['rusia'] },
      { ...createEmptyEvent('e4'), actors: ['putin'] },
    ],
  };
}

describe('actors', () => {
  it('eventsUsingActor lists each event naming the actor, and as what', () => {
    expect(eventsUsingActor(draft(), 'rusia')).toEqual([
      { eventIndex: 0, eventId: 'e1', as: 'actor' },
      { eventIndex: 2, eventId: 'e3', as: 'recipient' },
    ]);
    expect(eventsUsingActor(draft(), 'nobody')).toEqual([]);
  });

  it('mergeActors moves every event and "acts for" to the kept actor, which takes the fields it lacks', () => {
    const merged = mergeActors(draft(), 'russia', 'rusia');
    expect(merged.actors.map((a) => a.id)).toEqual(['putin', 'russia', 'shoigu', 'belarus']);
    const russia = merged.actors.find((a) => a.id === 'russia');
    expect(russia).toMatchObject({ name: { en: 'Russia', id: 'Rusia' }, country: 'RUS', wikidata: 'Q159' });
    expect(merged.actors.find((a) => a.id === 'shoigu')?.affiliation).toBe('russia');
    expect(merged.events.map((e) => [e.actors, e.recipients])).toEqual([
      [['russia'], ['belarus']],
      [['russia', 'belarus'], []],
      // Russia no longer acts upon itself.
      [['russia'], []],
      [['putin'], []],
    ]);
  });

  it('mergeActors leaves the draft as it is for an unknown actor or an actor merged into itself', () => {
    const d = draft();
    expect(mergeActors(d, 'russia', 'nobody')).toBe(d);
    expect(mergeActors(d, 'russia', 'russia')).toBe(d);
  });

  it('removeActor takes the actor out of every event and every "acts for"', () => {
    const removed = removeActor(draft(), 'russia');
    expect(removed.actors.find((a) => a.id === 'putin')?.affiliation).toBe('');
    expect(removed.events.map((e) => e.actors)).toEqual([['rusia'], ['belarus'], [], ['putin']]);
  });

  it('renameActor renames every reference, and refuses an id another actor has', () => {
    const renamed = renameActor(draft(), 'rusia', 'russian-federation');
    expect(renamed.events[0]?.actors).toEqual(['russian-federation']);
    expect(renamed.actors.find((a) => a.id === 'shoigu')?.affiliation).toBe('russian-federation');
    const d = draft();
    expect(renameActor(d, 'rusia', 'russia')).toBe(d);
  });
});
