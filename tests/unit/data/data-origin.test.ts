import { describe, expect, it } from 'vitest';
import { checkDataUrl } from '@/data/data-origin';

const APP = 'https://linimasa.example/app/';

describe('checkDataUrl', () => {
  it('accepts a path on the app origin and marks it as local', () => {
    expect(checkDataUrl('data/x.json', APP)).toEqual({ ok: true, url: 'https://linimasa.example/app/data/x.json', foreign: false, host: 'linimasa.example' });
  });

  it('accepts another https origin and marks it as foreign', () => {
    const check = checkDataUrl('https://example.org/story.json', APP);
    expect(check).toMatchObject({ ok: true, foreign: true, host: 'example.org' });
  });

  it('refuses schemes other than http and https', () => {
    for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'ftp://example.org/x.json']) {
      expect(checkDataUrl(bad, APP).ok).toBe(false);
    }
  });

  it('refuses addresses with credentials', () => {
    expect(checkDataUrl('https://user:pw@example.org/x.json', APP).ok).toBe(false);
  });

  it('honours the allowed-origins setting of a deployment', () => {
    const allowed = 'https://data.example.org https://other.example';
    expect(checkDataUrl('https://data.example.org/a.json', APP, allowed).ok).toBe(true);
    expect(checkDataUrl('https://evil.example/a.json', APP, allowed)).toMatchObject({ ok: false, reason: expect.stringContaining('evil.example') });
    expect(checkDataUrl('data/x.json', APP, allowed).ok).toBe(true);
    expect(checkDataUrl('https://evil.example/a.json', APP, '*').ok).toBe(true);
  });
});
