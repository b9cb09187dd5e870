import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '@/domain/search/event-filter';
import type { SharedState } from '@/store/create-app-store';
import { createEmbedSnippet, createEmbedUrl } from '@/store/embed-snippet';
import { parseUrlState } from '@/store/url-state';

const state: SharedState = {
  selection: { kind: 'event', id: 'invasion-of-ukraine' },
  filter: { ...EMPTY_FILTER, query: 'nuklir' },
  timeWindow: null,
  asOfStep: null,
  language: 'id',
  layout: 'split',
  mode: 'explore',
  presentStep: 0,
  draftId: null,
  storyLayout: 'auto',
  linearTime: false,
  highContrast: false,
};

describe('createEmbedUrl', () => {
  it('keeps the view and the dataset and switches to embed mode', () => {
    const url = new URL(
      createEmbedUrl('https://linimasa.example/app/', '?dataset=russia-belarus-2022&mode=present&step=3', state),
    );
    expect(url.origin + url.pathname).toBe('https://linimasa.example/app/');
    const back = parseUrlState(url.search);
    expect(back.datasetId).toBe('russia-belarus-2022');
    expect(back.state).toMatchObject({
      mode: 'embed',
      language: 'id',
      selection: state.selection,
      filter: { query: 'nuklir' },
    });
  });
});

describe('createEmbedUrl, layout', () => {
  it('carries the chosen layout, or leaves it to the width', () => {
    const story = new URL(createEmbedUrl('https://linimasa.example/', '', { ...state, storyLayout: 'story' }));
    expect(parseUrlState(story.search).state.storyLayout).toBe('story');
    const auto = new URL(createEmbedUrl('https://linimasa.example/', '', state));
    expect(auto.searchParams.has('layout')).toBe(false);
  });
});

describe('createEmbedSnippet', () => {
  it('writes a lazy, sandboxed, titled iframe and the host script', () => {
    const html = createEmbedSnippet('https://linimasa.example/', '', state, 'Russia and Belarus');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    expect(html).toContain('title="Russia and Belarus"');
    expect(html).toContain('data-linimasa');
    expect(html).toContain('data-linimasa-max-height="1000"');
    expect(createEmbedSnippet('https://linimasa.example/', '', state, 'R', 640)).toContain(
      'data-linimasa-max-height="640"',
    );
    expect(html).toContain('<script src="https://linimasa.example/embed.js" async></script>');
  });

  it('escapes a hostile title so it stays an attribute value', () => {
    const html = createEmbedSnippet('https://linimasa.example/', '', state, '"><script>alert(1)</script>');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
