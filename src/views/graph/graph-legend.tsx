import { ACTOR_KINDS, type ActorKind } from '@/domain/dataset/model';
import type { Translate } from '@/store/use-t';
import { nodeShapePath } from '@/viz/graph-marks';

/** Explains the graph's marks: node shape by kind, line dash and arrowhead by quad class, dotted affiliation. */
export function GraphLegend({ t, kinds }: { readonly t: Translate; readonly kinds: ReadonlySet<ActorKind> }) {
  return (
    <div className="legend" role="group" aria-label={t('legendHeading')}>
      <ul className="legend-list">
        {ACTOR_KINDS.filter((k) => kinds.has(k)).map((k) => (
          <li key={k}>
            <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
              <path d={nodeShapePath(k, 6.5)} className={`node-shape kind-${k}`} />
            </svg>
            {t(`kind_${k}`)}
          </li>
        ))}
      </ul>
      <ul className="legend-list">
        <li>
          <svg width="34" height="12" aria-hidden="true">
            <path d="M1,6H26" stroke="#333" strokeWidth="2" strokeDasharray="6 4" />
            <path d="M25,2L32,6L25,10" fill="none" stroke="#333" strokeWidth="1.6" />
          </svg>
          {t('legendVerbalCooperation')}
        </li>
        <li>
          <svg width="34" height="12" aria-hidden="true">
            <path d="M1,6H26" stroke="#333" strokeWidth="2" />
            <path d="M25,1L33,6L25,11Z" fill="#333" />
          </svg>
          {t('legendMaterialConflict')}
        </li>
        <li>
          <svg width="34" height="12" aria-hidden="true">
            <path d="M1,6H33" stroke="#555" strokeWidth="1.5" strokeDasharray="1.5 3" />
          </svg>
          {t('legendAffiliation')}
        </li>
      </ul>
    </div>
  );
}
