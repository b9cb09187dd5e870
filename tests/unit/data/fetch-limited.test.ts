import { afterEach, describe, expect, it, vi } from 'vitest';
import { FetchError, fetchLimited, fetchTextLimited } from '@/data/fetch-limited';

// A response whose body arrives in the given chunks of bytes.
function chunkedResponse(chunks: readonly Uint8Array[], init: ResponseInit = {}): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(body, init);
}

function serve(response: () => Response) {
  vi.stubGlobal('fetch', vi.fn(async () => response()));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchLimited', () => {
  it('decodes the text as it arrives, also where a chunk ends inside a character, and keeps the bytes', async () => {
    const text = '{"title": "Lukašenko — Łódź 🇧🇾 nuklir"}';
    const bytes = new TextEncoder().encode('\uFEFF' + text);
    // Cut every 3 bytes: multi-byte characters (š, —, Ł, the flag) straddle the cuts.
    const chunks = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) => bytes.slice(3 * i, 3 * i + 3));
    serve(() => chunkedResponse(chunks));
    const got = await fetchLimited('https://example.org/data.json');
    expect(got.text).toBe(text);
    expect([...got.bytes]).toEqual([...bytes]);
    serve(() => chunkedResponse(chunks));
    expect(await fetchTextLimited('https://example.org/data.json')).toBe(text);
  });

  it('stops reading a body that grows past the limit', async () => {
    serve(() => chunkedResponse([new Uint8Array(600), new Uint8Array(600)]));
    const error = await fetchLimited('https://example.org/big.json', { maxBytes: 1000, timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).reason).toBe('too-large');
  });

  it('names a missing file as such', async () => {
    serve(() => new Response('nope', { status: 404 }));
    const error = await fetchLimited('https://example.org/missing.json').catch((e: unknown) => e);
    expect((error as FetchError).reason).toBe('not-found');
    expect((error as FetchError).message).toContain('HTTP 404');
  });
});
