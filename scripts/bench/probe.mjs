// What the benchmark runs inside the page. `installProbe` is added as an init
// script, so it runs before the app's own code on every navigation; the other
// functions are passed to page.evaluate. They must stay self-contained (no
// imports, no closures over module variables): Playwright serialises them.
/* global window, document, requestAnimationFrame, MutationObserver, HTMLInputElement, HTMLSelectElement */

/**
 * Records, in `window.__bench`, times in ms since navigation start (performance.now()):
 * long tasks; the first commit and the first frame with a timeline mark (`.timeline-mark`
 * or an aggregate `.timeline-bin`); when the graph's SVG mounts (its layout starts
 * then, in the render or in a worker); the first frame with a `.graph-node`; the
 * last mutation of the graph SVG (to tell when its layout has settled); a load error.
 */
export function installProbe() {
  if (window.__bench) return;
  const bench = {
    longTasks: [],
    timelineCommit: null,
    firstRender: null,
    graphMount: null,
    graphCommit: null,
    graphFirstFrame: null,
    graphLastMutation: null,
    error: null,
    frames: null,
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null; // not supported: reported as such
  }
  let graphObserved = null;
  const observers = [];
  bench.stop = () => observers.forEach((o) => o.disconnect());
  const check = () => {
    const now = performance.now();
    if (
      bench.timelineCommit === null &&
      document.querySelector('svg.timeline-chart :is(.timeline-mark, .timeline-bin)')
    ) {
      bench.timelineCommit = now;
      requestAnimationFrame(() => {
        bench.firstRender = performance.now();
      });
    }
    const graph = document.querySelector('svg.graph-chart');
    if (graph && graph !== graphObserved) {
      graphObserved = graph;
      bench.graphMount ??= now;
      bench.graphLastMutation = now;
      const graphObserver = new MutationObserver(() => {
        bench.graphLastMutation = performance.now();
      });
      graphObserver.observe(graph, { subtree: true, childList: true, attributes: true });
      observers.push(graphObserver);
    }
    if (bench.graphCommit === null && graph?.querySelector('.graph-node')) {
      bench.graphCommit = now;
      requestAnimationFrame(() => {
        bench.graphFirstFrame = performance.now();
      });
    }
    if (bench.error === null) {
      const error = document.querySelector('.load-error');
      if (error)
        bench.error = {
          at: now,
          text: (error.innerText || error.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 300),
        };
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  observers.push(observer);
}

/** Disconnects the load observers, so they cost nothing while the benchmark interacts. */
export function stopProbe() {
  window.__bench.stop();
}

/** Starts recording requestAnimationFrame timestamps. */
export function startFrames() {
  const bench = window.__bench;
  bench.frames = [];
  bench.framesOn = true;
  const loop = (t) => {
    if (!bench.framesOn) return;
    bench.frames.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  return performance.now();
}

/** Stops recording frames; resolves, on the next frame, with the interaction's end time and the frame timestamps. */
export function stopFrames() {
  const bench = window.__bench;
  return new Promise((done) => {
    requestAnimationFrame((t) => {
      bench.frames.push(t);
      bench.framesOn = false;
      done({ end: performance.now(), frames: bench.frames });
    });
  });
}

/**
 * Arms a measurement of the next search input: from the input event to the
 * first frame after the timeline's label (it carries the event count) has
 * changed and, when the list has a caption or an empty note (they carry the
 * count too), that has changed as well. Only the timeline's label attribute
 * is observed, so the probe adds no cost per list row. The result lands in
 * `window.__benchUpdate` (a promise).
 */
export function armUpdate() {
  const svg = document.querySelector('svg.timeline-chart');
  const timelineLabel = () => document.querySelector('svg.timeline-chart')?.getAttribute('aria-label') ?? null;
  const listSignature = () => {
    const node = document.querySelector('#events caption, #events .empty-note');
    return node ? node.textContent : null;
  };
  const before = timelineLabel();
  const listBefore = listSignature();
  const result = { inputAt: null, timelineAt: null, listAt: null, frameAt: null };
  window.__benchUpdate = new Promise((done) => {
    let finished = false;
    const check = () => {
      if (finished || result.inputAt === null) return;
      const now = performance.now();
      if (result.timelineAt === null && timelineLabel() !== before) result.timelineAt = now;
      if (result.listAt === null && (listBefore === null || listSignature() !== listBefore)) result.listAt = now;
      if (result.timelineAt === null || result.listAt === null) return;
      finished = true;
      observer.disconnect();
      window.removeEventListener('input', onInput, true);
      requestAnimationFrame(() => {
        result.frameAt = performance.now();
        done(result);
      });
    };
    const poll = () => {
      if (finished) return;
      check();
      requestAnimationFrame(poll);
    };
    const onInput = (e) => {
      // Typing in the search box, ticking a filter's box, choosing an actor.
      if (result.inputAt !== null || !(e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement))
        return;
      result.inputAt = performance.now();
      requestAnimationFrame(poll);
    };
    window.addEventListener('input', onInput, true);
    const observer = new MutationObserver(check);
    if (svg) observer.observe(svg, { attributes: true, attributeFilter: ['aria-label'] });
  });
}

/** What the run needs from the page after it: long tasks, the probe's times, resources, heap. */
export function collect() {
  const bench = window.__bench;
  const memory = performance.memory;
  return {
    longTasks: bench.longTasks,
    timelineCommit: bench.timelineCommit,
    firstRender: bench.firstRender,
    graphMount: bench.graphMount,
    graphCommit: bench.graphCommit,
    graphFirstFrame: bench.graphFirstFrame,
    graphLastMutation: bench.graphLastMutation,
    error: bench.error,
    now: performance.now(),
    heap: memory ? { used: memory.usedJSHeapSize, total: memory.totalJSHeapSize } : null,
    marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, startTime: m.startTime })),
    measures: performance
      .getEntriesByType('measure')
      .map((m) => ({ name: m.name, startTime: m.startTime, duration: m.duration })),
    resources: performance.getEntriesByType('resource').map((r) => ({
      name: r.name,
      initiatorType: r.initiatorType,
      startTime: r.startTime,
      responseEnd: r.responseEnd,
      transferSize: r.transferSize,
      encodedBodySize: r.encodedBodySize,
      decodedBodySize: r.decodedBodySize,
    })),
  };
}

/**
 * Watches for the map: `window.__benchMap` gets the time of the first frame
 * after its SVG shows places (or, for data without any, countries), and of
 * the SVG's last change, to tell when it rests. Call it just before the Map
 * tab is pressed.
 */
export function watchMap() {
  const state = { startAt: performance.now(), commit: null, firstFrame: null, lastMutation: null };
  window.__benchMap = state;
  let watched = null;
  const check = () => {
    const now = performance.now();
    const svg = document.querySelector('svg.map-chart');
    if (svg && svg !== watched) {
      watched = svg;
      state.lastMutation = now;
      new MutationObserver(() => {
        state.lastMutation = performance.now();
      }).observe(svg, { subtree: true, childList: true, attributes: true });
    }
    if (state.commit === null && svg?.querySelector('.map-place, .map-country')) {
      state.commit = now;
      state.lastMutation = now;
      requestAnimationFrame(() => {
        state.firstFrame = performance.now();
      });
    }
  };
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true });
  check();
  return state.startAt;
}
