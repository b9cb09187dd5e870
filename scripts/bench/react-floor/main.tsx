/**
 * The least a React page can do to draw a timeline's first marks: fetch the
 * dataset named by `?data=`, parse it, and render one mark (a dot and its
 * title) per event on a time axis in an SVG, as `svg.timeline-chart
 * .timeline-mark` so the anchor benchmark's Linimasa page finds them. No
 * checks, no store, no shell, no dates formatted. `npm run bench:react-floor`
 * measures it beside vis-timeline: what Linimasa's own first render is up
 * against (docs/benchmarks.md, "Story sizes").
 */
import { createRoot } from 'react-dom/client';

interface FloorEvent {
  readonly id: string;
  readonly date: string;
  readonly title: { readonly en?: string };
}

const WIDTH = 1200;
const LANE = 28;
const LANES = 8;

function startOf(date: string): number {
  return Date.parse(date.split('/')[0] ?? date);
}

function Timeline({ events }: { readonly events: readonly FloorEvent[] }) {
  const times = events.map((e) => startOf(e.date));
  const first = Math.min(...times);
  const span = Math.max(...times) - first || 1;
  return (
    <svg className="timeline-chart" width={WIDTH} height={LANE * LANES + 40} role="img" aria-label="Timeline">
      {events.map((event, i) => (
        <g
          key={event.id}
          className="timeline-mark"
          transform={`translate(${20 + (((times[i] ?? first) - first) / span) * (WIDTH - 160)},${20 + (i % LANES) * LANE})`}
        >
          <circle r={6} />
          <text x={10} dy="0.35em">
            {event.title.en}
          </text>
        </g>
      ))}
      <line
        className="axis-baseline"
        x1={0}
        x2={WIDTH}
        y1={LANE * LANES + 10}
        y2={LANE * LANES + 10}
        stroke="currentColor"
      />
    </svg>
  );
}

const root = document.getElementById('root');
const url = new URLSearchParams(window.location.search).get('data');
if (root && url) {
  fetch(url)
    .then((response) => response.json() as Promise<{ events: FloorEvent[] }>)
    .then((dataset) => createRoot(root).render(<Timeline events={dataset.events} />))
    .catch((error: unknown) => {
      root.innerText = '';
      const message = document.createElement('p');
      message.className = 'load-error';
      message.textContent = String(error);
      root.append(message);
    });
}
