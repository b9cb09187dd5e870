import { describe, expect, it } from 'vitest';
import { createAppStore } from '@/store/create-app-store';

describe('createAppStore', () => {
  it('gives every instance its own state', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().selectEvent('e1');
    expect(b.getState().selectedEventId).toBeNull();
  });

  it('starts from the initial state it is given', () => {
    const store = createAppStore({ language: 'id', selectedEventId: 'x' });
    expect(store.getState()).toMatchObject({ language: 'id', selectedEventId: 'x' });
  });

  it('refuses a language the interface does not speak', () => {
    const store = createAppStore();
    store.getState().setLanguage('fr' as never);
    expect(store.getState().language).toBe('en');
  });

  it('opens and closes the source reader', () => {
    const store = createAppStore();
    store.getState().openReader({ eventId: 'e', evidenceIndex: 0 });
    expect(store.getState().readerFocus).toEqual({ eventId: 'e', evidenceIndex: 0 });
    store.getState().closeReader();
    expect(store.getState().readerFocus).toBeNull();
  });
});
