/**
 * Background work (building a large graph, drawing its relations, indexing
 * search text) waits while a person is zooming, panning, dragging or typing:
 * `whenQuiet` runs a task once no input has come for `quietMs`, so slices of
 * such work never land between the frames of a gesture.
 */

let lastInput = Number.NEGATIVE_INFINITY;
let listening = false;

function noteInput(event: Event): void {
  // A pointer moving without a button pressed is hovering, not a gesture.
  if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
  lastInput = performance.now();
}

function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  for (const type of ['wheel', 'pointerdown', 'pointermove', 'touchmove', 'keydown']) {
    window.addEventListener(type, noteInput, { capture: true, passive: true });
  }
}

/** Milliseconds since the last gesture or key press (Infinity when none yet). */
function sinceLastInput(): number {
  listen();
  return performance.now() - lastInput;
}

/** Runs `task` as soon as no input has come for `quietMs` (at once when none has); returns a cancel function. */
export function whenQuiet(task: () => void, quietMs = 200): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const wait = quietMs - sinceLastInput();
    if (wait <= 0) task();
    else timer = setTimeout(check, wait);
  };
  check();
  return () => clearTimeout(timer);
}

/**
 * Runs `run` in a task of its own, queued behind whatever the page has to do
 * (without a timer's minimum delay), after `wait` lets it (at once by
 * default); returns a cancel function.
 */
export function nextTask(run: () => void, wait: (go: () => void) => () => void = (go) => (go(), () => {})): () => void {
  let live = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) run();
  };
  const cancelWait = wait(() => channel.port2.postMessage(null));
  return () => {
    live = false;
    cancelWait();
    channel.port1.close();
  };
}

/**
 * `nextTask` once no input has come for a moment. Work split this way never
 * joins the task that asked for it, nor lands between the frames of a gesture.
 */
export function nextQuietTask(run: () => void): () => void {
  return nextTask(run, whenQuiet);
}
