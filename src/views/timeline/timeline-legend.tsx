import { QUAD_CLASSES } from '@/domain/dataset/model';
import type { Translate } from '@/store/use-t';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** A small bar as the timeline draws a date range: filled, or pale and dashed when approximate. */
function BarSample({ approximate }: { readonly approximate: boolean }) {
  return (
    <svg width="26" height="14" aria-hidden="true">
      <rect
        x="2"
        y="2"
        width="22"
        height="10"
        rx="2"
        fill={approximate ? '#fff' : '#333'}
        fillOpacity={approximate ? undefined : 0.35}
        stroke="#333"
        strokeWidth="2"
        strokeDasharray={approximate ? '4 3' : undefined}
      />
    </svg>
  );
}

/** Explains the marks: colour by quad class, point for a day, bar for a range, dashes for approximate. */
export function TimelineLegend({
  t,
  presentQuads,
}: {
  readonly t: Translate;
  readonly presentQuads: ReadonlySet<string>;
}) {
  return (
    <div className="legend" role="group" aria-label={t('legendHeading')}>
      <ul className="legend-list">
        <li>
          <svg width="18" height="14" aria-hidden="true">
            <circle cx="9" cy="7" r="5" fill="#333" />
          </svg>
          {t('legendExact')}
        </li>
        <li>
          <BarSample approximate={false} />
          {t('legendRange')}
        </li>
        <li>
          <BarSample approximate />
          {t('legendApprox')}
        </li>
      </ul>
      <ul className="legend-list">
        {QUAD_CLASSES.filter((q) => presentQuads.has(q)).map((q) => (
          <li key={q}>
            <span className="swatch" style={{ background: QUAD_COLOURS[q] }} aria-hidden="true" />
            {t(`quad_${q}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
