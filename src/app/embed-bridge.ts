import { isJsonObject } from '@/domain/dataset/json';
import type { AppStore } from '@/store/create-app-store';

/**
 * The embed's side of the host protocol (documented in docs/embed.md):
 * it tells its parent page its content height, and obeys `select` and `step`
 * commands from that parent only, after checking the sender and the shape.
 */

/** Messages the embed sends to its host page. */
export interface EmbedResizeMessage {
  readonly source: 'linimasa';
  readonly version: 1;
  readonly type: 'resize';
  /** Content height in CSS px. */
  readonly height: number;
}

/** Commands a host page may send to the embed. */
export type HostCommand =
  | { readonly source: 'linimasa-host'; readonly version: 1; readonly type: 'select'; readonly eventId: string | null }
  | { readonly source: 'linimasa-host'; readonly version: 1; readonly type: 'step'; readonly step: number };

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Reads a host command from an unknown message payload; null when it is not one. */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (!isJsonObject(data)) return null;
  if (data.source !== 'linimasa-host' || data.version !== 1) return null;
  if (
    data.type === 'select' &&
    (data.eventId === null || (typeof data.eventId === 'string' && SLUG.test(data.eventId)))
  ) {
    return { source: 'linimasa-host', version: 1, type: 'select', eventId: data.eventId };
  }
  if (
    data.type === 'step' &&
    typeof data.step === 'number' &&
    Number.isInteger(data.step) &&
    data.step >= 0 &&
    data.step <= 1_000_000
  ) {
    return { source: 'linimasa-host', version: 1, type: 'step', step: data.step };
  }
  return null;
}

/** The origin of the page that embeds us, if the browser tells it; null otherwise. */
function hostOrigin(): string | null {
  const fromParam = new URLSearchParams(window.location.search).get('host');
  const candidates = [fromParam, window.location.ancestorOrigins?.[0], document.referrer];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const origin = new URL(c).origin;
      if (origin.startsWith('http://') || origin.startsWith('https://')) return origin;
    } catch {
      // Not a URL: try the next clue.
    }
  }
  return null;
}

/** Starts the host protocol with the parent page, reading and changing `store`; returns how to stop it. */
export function startEmbedBridge(store: AppStore): () => void {
  const origin = hostOrigin();
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    const message: EmbedResizeMessage = { source: 'linimasa', version: 1, type: 'resize', height };
    try {
      // The height is no secret; the host script checks that it comes from this frame's origin.
      window.parent.postMessage(message, origin ?? '*');
    } catch {
      // A parent that went away: nothing to tell.
    }
  };
  const observer = new ResizeObserver(report);
  observer.observe(document.body);
  report();
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || !origin || event.origin !== origin) return;
    const command = parseHostCommand(event.data);
    if (!command) return;
    if (command.type === 'select') store.getState().selectEvent(command.eventId);
    else store.setState({ presentStep: command.step, asOfStep: command.step });
  };
  window.addEventListener('message', onMessage);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
