import type { Translate } from '@/store/use-t';
import { COUNT_SHADES } from '@/viz/map-marks';
import { QUAD_COLOURS } from '@/viz/quad-colours';
import { useMapT } from '@/views/map/use-map-t';

/** Explains the map's marks: places by size and colour, datelines, states' shades and the arcs; credits the boundaries. */
export function MapLegend({
  t,
  shadeBy,
  maxCount,
  hasDateline,
  language,
}: {
  readonly t: Translate;
  readonly language: string;
  readonly shadeBy: 'count' | 'quad';
  readonly maxCount: number;
  readonly hasDateline: boolean;
}) {
  const mt = useMapT();
  return (
    <div className="legend map-legend" role="group" aria-label={t('legendHeading')}>
      <ul className="legend-list">
        <li>
          <svg width="30" height="16" aria-hidden="true">
            <circle cx="6" cy="9" r="4" fill={QUAD_COLOURS['material-conflict']} />
            <circle cx="21" cy="8" r="7" fill={QUAD_COLOURS['verbal-cooperation']} />
          </svg>
          {mt('mapLegendPlace')}
        </li>
        {hasDateline && (
          <li>
            <svg width="16" height="16" aria-hidden="true">
              <path d="M8,2L14,8L8,14L2,8Z" fill="#fff" stroke="#1f2937" strokeWidth="2" />
            </svg>
            {mt('mapLegendDateline')}
          </li>
        )}
        <li>
          <svg width="50" height="14" aria-hidden="true">
            {shadeBy === 'count' ? (
              COUNT_SHADES.map((c, i) => <rect key={c} x={i * 10} y="1" width="10" height="12" fill={c} />)
            ) : (
              <>
                <rect x="0" y="1" width="25" height="12" fill={QUAD_COLOURS['material-conflict']} fillOpacity="0.45" />
                <rect
                  x="25"
                  y="1"
                  width="25"
                  height="12"
                  fill={QUAD_COLOURS['verbal-cooperation']}
                  fillOpacity="0.45"
                />
              </>
            )}
          </svg>
          {shadeBy === 'count'
            ? `${mt('mapLegendStates')} (1–${Math.max(1, maxCount).toLocaleString(language)})`
            : mt('mapLegendStatesQuad')}
        </li>
        <li>
          <svg width="34" height="14" aria-hidden="true">
            <path d="M2,12Q16,0 28,8" fill="none" stroke="#333" strokeWidth="2" />
            <path d="M26,3L33,9L25,11Z" fill="#333" />
          </svg>
          {mt('mapLegendRelation')}
        </li>
      </ul>
      <p className="map-credit">{mt('mapCredit')}</p>
    </div>
  );
}
