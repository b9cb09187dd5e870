import type { RefObject } from 'react';
import type { ExportDecor } from '@/components/export-image';
import { ZoomButtons } from '@/components/zoom-buttons';
import type { Translate } from '@/store/use-t';

/** The graph's buttons: zoom, fit, release pinned actors (while any are pinned), downloads. */
export function GraphToolbar({
  zoomBy,
  fit,
  onUnpin,
  chartRef,
  fileBase,
  decor,
  t,
}: {
  /** Zooms by a factor about the middle of the view (above 1: closer). */
  readonly zoomBy: (factor: number) => void;
  readonly fit: () => void;
  /** Null while no actor is pinned. */
  readonly onUnpin: (() => void) | null;
  readonly chartRef: RefObject<SVGSVGElement | null>;
  /** Download file name without extension. */
  readonly fileBase: string;
  readonly decor: () => ExportDecor;
  readonly t: Translate;
}) {
  return (
    <div className="graph-toolbar">
      <ZoomButtons
        onZoomIn={() => zoomBy(1.5)}
        onZoomOut={() => zoomBy(1 / 1.5)}
        onFit={fit}
        fitLabel={t('graphFit')}
        chartRef={chartRef}
        fileBase={fileBase}
        decor={decor}
        t={t}
      >
        {onUnpin && (
          <button type="button" onClick={onUnpin}>
            {t('graphUnpin')}
          </button>
        )}
      </ZoomButtons>
    </div>
  );
}
