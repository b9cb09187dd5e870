import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { TimeCluster } from '@/domain/timeline/clusters';
import type { ExportDecor } from '@/components/export-image';
import { useMediaQuery } from '@/components/use-media-query';
import { ZoomButtons } from '@/components/zoom-buttons';
import { Icon } from '@/components/icon';
import type { Translate } from '@/store/use-t';
import { formatTimeRange } from '@/viz/format-time-range';
import { clusterWindow, type TimelineZoom } from '@/views/timeline/use-timeline-zoom';

/**
 * A phone's width: below the width the story layout takes over (720 px), where a timeline chosen on purpose
 * keeps its "Jump to" buttons in a menu, so the chart starts higher up.
 */
const PHONE = '(max-width: 719.98px)';

/**
 * "Jump to" as a disclosure: a button that shows or hides the jump buttons under it, over the chart. Escape, or
 * a jump, closes it and puts the focus back on the button.
 */
function JumpMenu({
  label,
  children,
}: {
  readonly label: string;
  /** The jump buttons, given a way to close the menu once one is chosen. */
  readonly children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div
      className="jump-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {label} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={id} className="cluster-buttons jump-menu-list" role="group" aria-label={label} hidden={!open}>
        {open && children(close)}
      </div>
    </div>
  );
}

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
  const phone = useMediaQuery(PHONE);
  const jumps = (then?: () => void) =>
    clusters.map((c) => (
      <button
        key={c.firstEventId}
        type="button"
        onClick={() => {
          zoom.zoomTo(clusterWindow(c.start, c.end));
          then?.();
        }}
      >
        {formatTimeRange(c.start, c.end, language)}
        <span className="cluster-count">
          {' '}
          · {c.count === 1 ? t('clusterEvent') : t('clusterEvents', { count: c.count })}
        </span>
      </button>
    ));
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
      {clusters.length > 1 &&
        (phone ? (
          <JumpMenu label={t('jumpTo')}>{(close) => jumps(close)}</JumpMenu>
        ) : (
          <div className="cluster-buttons" role="group" aria-label={t('jumpTo')}>
            <span className="cluster-caption" aria-hidden="true">
              {t('jumpTo')}:
            </span>
            {jumps()}
          </div>
        ))}
    </div>
  );
}
