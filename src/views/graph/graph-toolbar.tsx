import type { RefObject } from 'react';
import { DownloadButtons } from '@/components/download-buttons';
import type { ExportDecor } from '@/components/export-image';
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
      <div className="zoom-buttons" role="group" aria-label={t('zoomControls')}>
        <button type="button" onClick={() => zoomBy(1.5)} aria-label={t('zoomIn')} title={t('zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-label={t('zoomOut')} title={t('zoomOut')}>
          −
        </button>
        <button type="button" onClick={fit}>
          {t('graphFit')}
        </button>
        {onUnpin && (
          <button type="button" onClick={onUnpin}>
            {t('graphUnpin')}
          </button>
        )}
        <DownloadButtons
          chartRef={chartRef}
          fileBase={fileBase}
          labels={{ svg: t('downloadSvg'), png: t('downloadPng') }}
          decor={decor}
        />
      </div>
    </div>
  );
}
