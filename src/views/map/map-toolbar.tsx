import type { RefObject } from 'react';
import type { ExportDecor } from '@/components/export-image';
import { ZoomButtons } from '@/components/zoom-buttons';
import type { Translate } from '@/store/use-t';
import { useMapT } from '@/views/map/use-map-t';

/** How states are shaded: by the number of events they take part in, or by the kind of act that dominates them. */
export type ShadeBy = 'count' | 'quad';

/** The map's buttons (zoom, fit, downloads) and the choice of how states are shaded. */
export function MapToolbar({
  zoomBy,
  fit,
  shadeBy,
  onShadeBy,
  chartRef,
  fileBase,
  decor,
  t,
}: {
  /** Zooms by a factor about the middle of the view (above 1: closer). */
  readonly zoomBy: (factor: number) => void;
  readonly fit: () => void;
  readonly shadeBy: ShadeBy;
  readonly onShadeBy: (by: ShadeBy) => void;
  readonly chartRef: RefObject<SVGSVGElement | null>;
  /** Download file name without extension. */
  readonly fileBase: string;
  readonly decor: () => ExportDecor;
  readonly t: Translate;
}) {
  const mt = useMapT();
  return (
    <div className="map-toolbar">
      <ZoomButtons
        onZoomIn={() => zoomBy(1.5)}
        onZoomOut={() => zoomBy(1 / 1.5)}
        onFit={fit}
        fitLabel={t('graphFit')}
        chartRef={chartRef}
        fileBase={fileBase}
        decor={decor}
        t={t}
      />
      <label className="map-shade">
        {mt('mapShadeBy')}{' '}
        <select value={shadeBy} onChange={(e) => onShadeBy(e.target.value === 'quad' ? 'quad' : 'count')}>
          <option value="count">{mt('mapShadeCount')}</option>
          <option value="quad">{mt('mapShadeQuad')}</option>
        </select>
      </label>
    </div>
  );
}
