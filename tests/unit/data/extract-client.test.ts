import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractReply, ExtractRequest } from '@/data/extract.worker';

const ARTICLE = readFileSync(new URL('../../fixtures/extract/republika-2022-07-01.txt', import.meta.url), 'utf8');

/** A stand-in for the browser's Worker that answers through a function of the test. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  static answer: (request: ExtractRequest) => ExtractReply | 'crash' | 'silent' = () => 'silent';
  onmessage: ((event: MessageEvent<ExtractReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.instances.push(this);
  }
  postMessage(request: ExtractRequest): void {
    const reply = FakeWorker.answer(request);
    queueMicrotask(() => {
      if (reply === 'crash') this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
      else if (reply !== 'silent') this.onmessage?.({ data: reply } as MessageEvent<ExtractReply>);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  FakeWorker.instances = [];
});

describe('extractInWorker', () => {
  it('extractInWorker runs the extractor in this thread where there are no workers', async () => {
    const { extractInWorker } = await import('@/data/extract-client');
    const draft = await extractInWorker(ARTICLE, { published: '2022-07-01', language: 'id' });
    expect(draft.proposals).toHaveLength(11);
  });

  it('extractInWorker starts one worker on first use and pairs each answer with its question', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { extractInWorker } = await import('@/data/extract-client');
    FakeWorker.answer = (request) => ({ id: request.id, ok: true, ms: 1, draft: { text: request.text } as never });
    expect(FakeWorker.instances).toHaveLength(0);
    const [a, b] = await Promise.all([
      extractInWorker('first', { published: '2022-07-01', language: 'id' }),
      extractInWorker('second', { published: '2022-07-01', language: 'en' }),
    ]);
    expect([a.text, b.text]).toEqual(['first', 'second']);
    expect(FakeWorker.instances).toHaveLength(1);
    expect(String(FakeWorker.instances[0]?.url)).toMatch(/extract\.worker/);
  });

  it('extractInWorker rejects with the reason the worker gives, or when the worker fails, and then starts afresh', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { extractInWorker } = await import('@/data/extract-client');
    FakeWorker.answer = (request) => ({ id: request.id, ok: false, message: 'no' });
    await expect(extractInWorker('x', { published: '2022-07-01', language: 'id' })).rejects.toThrow('the article could not be read: no');
    FakeWorker.answer = () => 'crash';
    await expect(extractInWorker('x', { published: '2022-07-01', language: 'id' })).rejects.toThrow('boom');
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
    FakeWorker.answer = (request) => ({ id: request.id, ok: true, ms: 1, draft: { text: 'again' } as never });
    await expect(extractInWorker('x', { published: '2022-07-01', language: 'id' })).resolves.toMatchObject({ text: 'again' });
    expect(FakeWorker.instances).toHaveLength(2);
  });

  it('extractInWorker rejects with an AbortError when its signal aborts', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { extractInWorker } = await import('@/data/extract-client');
    FakeWorker.answer = () => 'silent';
    const controller = new AbortController();
    const waiting = extractInWorker('x', { published: '2022-07-01', language: 'id', signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    await expect(extractInWorker('x', { published: '2022-07-01', language: 'id', signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
