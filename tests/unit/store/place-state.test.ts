import { describe, expect, it } from 'vitest';
import { createAppStore } from '@/store/create-app-store';
import { selectHoveredPlaceId, selectSelectedPlaceId, selectSharedState } from '@/store/selectors';
import { formatUrlState, parseUrlState } from '@/store/url-state';

describe('places in the store and the link', () => {
  it('selecting a place replaces any other selection, and hovering one is kept apart', () => {
    const store = createAppStore({ selection: { kind: 'event', id: 'invasion-of-ukraine' } });
    store.getState().selectPlace('belarus');
    expect(selectSelectedPlaceId(store.getState())).toBe('belarus');
    store.getState().hoverPlace('ukraine');
    expect(selectHoveredPlaceId(store.getState())).toBe('ukraine');
    expect(selectSelectedPlaceId(store.getState())).toBe('belarus');
    store.getState().selectEvent('union-treaty-signed');
    expect(selectSelectedPlaceId(store.getState())).toBeNull();
  });

  it('a selected place and the map view travel in the link', () => {
    const store = createAppStore({ selection: { kind: 'place', id: 'belarus' }, layout: 'map' });
    const search = formatUrlState('?dataset=russia-belarus-2022', selectSharedState(store.getState()));
    expect(search).toBe('?dataset=russia-belarus-2022&lang=en&place=belarus&view=map');
    const read = parseUrlState(search);
    expect(read.state.selection).toEqual({ kind: 'place', id: 'belarus' });
    expect(read.state.layout).toBe('map');
    expect(read.ignored).toEqual([]);
  });

  it('a broken place parameter is ignored with a notice', () => {
    expect(parseUrlState('?place=Not%20A%20Slug').ignored).toEqual(['place']);
  });
});
