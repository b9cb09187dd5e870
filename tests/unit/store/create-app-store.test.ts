import { describe, expect, it } from 'vitest';
import { createAppStore } from '@/store/create-app-store';

describe('createAppStore', () => {
  it('gives every instance its own state', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().selectEvent('e1');
    expect(a.getState().selection).toEqual({ kind: 'event', id: 'e1' });
    expect(b.getState().selection).toBeNull();
  });

  it('starts from the initial state it is given', () => {
    const store = createAppStore({ language: 'id', selection: { kind: 'actor', id: 'x' } });
    expect(store.getState()).toMatchObject({ language: 'id', selection: { kind: 'actor', id: 'x' } });
  });

  it('refuses a language the interface does not speak', () => {
    const store = createAppStore();
    store.getState().setLanguage('fr' as never);
    expect(store.getState().language).toBe('en');
  });

  it('holds one selection at a time: an actor replaces an event', () => {
    const store = createAppStore();
    store.getState().selectEvent('e1');
    store.getState().selectActor('putin');
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'putin' });
    store.getState().selectRelation(null);
    expect(store.getState().selection).toBeNull();
  });

  it('toggles filter values on and off and clears them all', () => {
    const store = createAppStore();
    const { toggleActorFilter, toggleTypeFilter, setQuery, clearFilters } = store.getState();
    toggleActorFilter('putin');
    toggleActorFilter('belarus');
    toggleActorFilter('putin');
    toggleTypeFilter('ACCUSE');
    setQuery('nuklir');
    expect(store.getState().filter).toMatchObject({ actorIds: ['belarus'], types: ['ACCUSE'], query: 'nuklir' });
    clearFilters();
    expect(store.getState().filter).toMatchObject({ actorIds: [], types: [], quads: [], dateRange: null, query: '' });
  });

  it('opens and closes the source reader', () => {
    const store = createAppStore();
    store.getState().openReader({ eventId: 'e', evidenceIndex: 0 });
    expect(store.getState().readerFocus).toEqual({ eventId: 'e', evidenceIndex: 0 });
    store.getState().closeReader();
    expect(store.getState().readerFocus).toBeNull();
  });
});
