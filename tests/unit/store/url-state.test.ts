import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '@/store/url-state';

describe('parseUrlState', () => {
  it('takes the language from ?lang before the browser', () => {
    expect(parseUrlState('?lang=id', ['en-GB']).state.language).toBe('id');
  });

  it('falls back to the first browser language Linimasa speaks', () => {
    expect(parseUrlState('', ['fr-FR', 'id-ID', 'en']).state.language).toBe('id');
    expect(parseUrlState('', ['fr-FR']).state.language).toBe('en');
  });

  it('ignores a broken language or event and says so', () => {
    const request = parseUrlState('?lang=xx&event=<script>', ['en']);
    expect(request.state.language).toBe('en');
    expect(request.state.selectedEventId).toBeUndefined();
    expect(request.ignored).toEqual(['lang', 'event']);
  });

  it('reads the selected event and the dataset', () => {
    const request = parseUrlState('?event=invasion-of-ukraine&dataset=russia-belarus-2022');
    expect(request.state.selectedEventId).toBe('invasion-of-ukraine');
    expect(request.datasetId).toBe('russia-belarus-2022');
  });
});

describe('formatUrlState', () => {
  it('round-trips language and selection, keeping other parameters', () => {
    const search = formatUrlState('?dataset=x', { language: 'id', selectedEventId: 'e1' });
    expect(search).toBe('?dataset=x&lang=id&event=e1');
    const back = parseUrlState(search);
    expect(back.state).toMatchObject({ language: 'id', selectedEventId: 'e1' });
  });

  it('drops the event when nothing is selected', () => {
    expect(formatUrlState('?event=e1&lang=en', { language: 'en', selectedEventId: null })).toBe('?lang=en');
  });
});
