import type { RefObject } from 'react';
import type { TimeCluster } from '@/domain/timeline/clusters';
import type { ExportDecor } from '@/components/export-image';
import { ZoomButtons } from '@/components/zoom-buttons';
import { Icon } from '@/components/icon';
import type { Translate } from '@/store/use-t';
import { formatTimeRange } from '@/viz/format-time-range';
import { clusterWindow, type TimelineZoom } from '@/views/timeline/use-timeline-zoom';

/** The timeline's buttons: zoom, pan, fit, downloads, and one per busy stretch of the story to jump to. */
export function TimelineToolbar({
  zoom,
  clusters,
  chartRef,
  fileBase,
  decor,
  language,
  t,
}: {
  readonly zoom: TimelineZoom;
  readonly clusters: readonly TimeCluster[];
  readonly chartRef: RefObject<SVGSVGElement | null>;
  /** Download file name without extension. */
  readonly fileBase: string;
  /** Built when the person asks to download, so it names the window shown then. */
  readonly decor: () => ExportDecor;
  readonly language: string;
  readonly t: Translate;
}) {
  return (
    <div className="timeline-toolbar">
      <ZoomButtons
        onZoomIn={() => zoom.zoomBy(2)}
        onZoomOut={() => zoom.zoomBy(0.5)}
        onFit={() => zoom.fit()}
        fitLabel={t('zoomFit')}
        chartRef={chartRef}
        fileBase={fileBase}
        decor={decor}
        t={t}
      >
        <button type="button" onClick={() => zoom.panBy(-0.5)} aria-label={t('panEarlier')} title={t('panEarlier')}>
          <Icon name="arrow-left" />
        </button>
        <button type="button" onClick={() => zoom.panBy(0.5)} aria-label={t('panLater')} title={t('panLater')}>
          <Icon name="arrow-right" />
        </button>
      </ZoomButtons>
      {clusters.length > 1 && (
        <div className="cluster-buttons" role="group" aria-label={t('jumpTo')}>
          <span className="cluster-caption" aria-hidden="true">
            {t('jumpTo')}:
          </span>
          {clusters.map((c) => (
            <button key={c.firstEventId} type="button" onClick={() => zoom.zoomTo(clusterWindow(c.start, c.end))}>
              {formatTimeRange(c.start, c.end, language)}
              <span className="cluster-count">
                {' '}
                · {c.count === 1 ? t('clusterEvent') : t('clusterEvents', { count: c.count })}
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
