/** Why a fetch failed, for a message a person can act on. */
export type FetchFailure = 'not-found' | 'http' | 'too-large' | 'timeout' | 'network' | 'aborted';

/** A fetch that failed, with a reason code and a readable message. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly reason: FetchFailure,
    readonly url: string,
    message: string,
  ) {
    super(message);
  }
}

/** Limits on one fetch. */
export interface FetchLimits {
  /** Largest body accepted, bytes; checked while streaming. */
  readonly maxBytes: number;
  /** Longest wait for the whole body, ms. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Told the bytes received so far and the size the server declared (null when it did not), as the body arrives. */
  readonly onProgress?: (received: number, declared: number | null) => void;
}

/** Default limits for a dataset or a source text: 50 MB (room for 100,000 events) within 30 s. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000 };

/**
 * Fetches `url` as UTF-8 text without credentials, stopping as soon as the
 * body passes `maxBytes` or the time passes `timeoutMs`.
 */
export async function fetchTextLimited(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<string> {
  return (await fetchLimited(url, limits)).text;
}

/** UTF-8 bytes as text, a leading byte order mark dropped (as `Response.text()` does). */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Like `fetchTextLimited`, with the body's bytes as well as its text. The
 * text is decoded chunk by chunk as the body arrives, while this thread
 * would otherwise wait for the network, so a large dataset's text is ready
 * as soon as its last byte is, and the bytes can be handed on (to a worker)
 * without a copy.
 */
export async function fetchLimited(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<{ readonly bytes: Uint8Array; readonly text: string }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const onAbort = () => controller.abort();
  limits.signal?.addEventListener('abort', onAbort, { once: true });
  const mb = (limits.maxBytes / 1024 / 1024).toFixed(0);
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', signal: controller.signal, redirect: 'follow' });
    } catch {
      throw new FetchError(timedOut ? 'timeout' : controller.signal.aborted ? 'aborted' : 'network', url,
        timedOut ? `no answer from ${url} within ${limits.timeoutMs / 1000} s` : `${url} could not be reached (offline, or blocked by the server's CORS settings)`);
    }
    if (response.status === 404) throw new FetchError('not-found', url, `${url} was not found (HTTP 404)`);
    if (!response.ok) throw new FetchError('http', url, `${url} answered HTTP ${response.status}`);
    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      throw new FetchError('too-large', url, `${url} is larger than ${mb} MB`);
    }
    const size = response.headers.has('Content-Length') && Number.isFinite(declared) ? declared : null;
    limits.onProgress?.(0, size);
    if (!response.body) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { bytes, text: decodeUtf8(bytes) };
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    const decoder = new TextDecoder('utf-8');
    const pieces: string[] = [];
    let total = 0;
    for (;;) {
      let part: ReadableStreamReadResult<Uint8Array>;
      try {
        part = await reader.read();
      } catch {
        throw new FetchError(timedOut ? 'timeout' : 'network', url,
          timedOut ? `${url} took longer than ${limits.timeoutMs / 1000} s to arrive` : `the download of ${url} broke off`);
      }
      if (part.done) break;
      total += part.value.byteLength;
      if (total > limits.maxBytes) {
        await reader.cancel();
        throw new FetchError('too-large', url, `${url} is larger than ${mb} MB`);
      }
      chunks.push(part.value);
      pieces.push(decoder.decode(part.value, { stream: true }));
      limits.onProgress?.(total, size);
    }
    pieces.push(decoder.decode());
    const body = new Uint8Array(total);
    let offset = 0;
    for (const c of chunks) {
      body.set(c, offset);
      offset += c.byteLength;
    }
    return { bytes: body, text: pieces.join('') };
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener('abort', onAbort);
  }
}
