/**
 * What tabs of one browser tell each other about the drafts they have open,
 * over a `BroadcastChannel`: a tab opening a draft asks whether another
 * has it ("open"), the tab editing it answers ("here"), a tab may ask to
 * take it over ("take-over") and the other answers once its last changes
 * are saved ("released"), and every save is announced ("saved").
 */

/** One message between tabs about draft `draftId`, from tab `tab`. */
export type DraftMessage =
  | { readonly type: 'open'; readonly draftId: string; readonly tab: string }
  | { readonly type: 'here'; readonly draftId: string; readonly tab: string }
  | { readonly type: 'take-over'; readonly draftId: string; readonly tab: string }
  | { readonly type: 'released'; readonly draftId: string; readonly tab: string }
  | { readonly type: 'saved'; readonly draftId: string; readonly tab: string; readonly revision: number };

/** A way to reach the other tabs; `post` does nothing where the browser has no `BroadcastChannel`. */
export interface DraftChannel {
  post(message: DraftMessage): void;
  close(): void;
}

const CHANNEL_NAME = 'linimasa-drafts';

function isMessage(value: unknown): value is DraftMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, draftId, tab } = value as Record<string, unknown>;
  return (
    typeof draftId === 'string' &&
    typeof tab === 'string' &&
    (type === 'open' || type === 'here' || type === 'take-over' || type === 'released' || type === 'saved')
  );
}

/** Opens the channel between tabs; `receive` gets every well-formed message another tab sends. */
export function openDraftChannel(receive: (message: DraftMessage) => void): DraftChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isMessage(event.data)) receive(event.data);
  };
  let open = true;
  return {
    post(message) {
      if (open) channel.postMessage(message);
    },
    close() {
      open = false;
      channel.close();
    },
  };
}
