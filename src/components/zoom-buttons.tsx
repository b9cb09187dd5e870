import type { ReactNode, RefObject } from 'react';
import { DownloadButtons } from '@/components/download-buttons';
import type { ExportDecor } from '@/components/export-image';
import { Icon } from '@/components/icon';
import type { Translate } from '@/store/use-t';

/** A chart's zoom group: zoom in, zoom out, fit, the view's own buttons (`children`), then the downloads. */
export function ZoomButtons({
  onZoomIn,
  onZoomOut,
  onFit,
  fitLabel,
  chartRef,
  fileBase,
  decor,
  t,
  children,
}: {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  readonly fitLabel: string;
  readonly chartRef: RefObject<SVGSVGElement | null>;
  /** Download file name without extension. */
  readonly fileBase: string;
  /** Built when the person asks to download, so it describes the view then. */
  readonly decor: () => ExportDecor;
  readonly t: Translate;
  readonly children?: ReactNode;
}) {
  return (
    <div className="zoom-buttons" role="group" aria-label={t('zoomControls')}>
      <button type="button" onClick={onZoomIn} aria-label={t('zoomIn')} title={t('zoomIn')}>
        <Icon name="plus" />
      </button>
      <button type="button" onClick={onZoomOut} aria-label={t('zoomOut')} title={t('zoomOut')}>
        <Icon name="minus" />
      </button>
      <button type="button" onClick={onFit}>
        {fitLabel}
      </button>
      {children}
      <DownloadButtons
        chartRef={chartRef}
        fileBase={fileBase}
        labels={{ svg: t('downloadSvg'), png: t('downloadPng') }}
        decor={decor}
      />
    </div>
  );
}
