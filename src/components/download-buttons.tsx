import { useState, type RefObject } from 'react';
import type { ExportDecor } from '@/components/export-image';

/** "Download SVG" and "Download PNG" for a chart, with the decor drawn into the file. */
export function DownloadButtons({
  chartRef,
  decor,
  fileBase,
  labels,
}: {
  readonly chartRef: RefObject<SVGSVGElement | null>;
  /** Built when the person asks, so it reflects the view at that moment. */
  readonly decor: () => ExportDecor;
  /** File name without extension, e.g. `russia-belarus-2022-timeline`. */
  readonly fileBase: string;
  readonly labels: { readonly svg: string; readonly png: string };
}) {
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: 'svg' | 'png') => {
    const chart = chartRef.current;
    if (!chart) return;
    setError(null);
    try {
      // Loaded on the first export: most visits never export.
      const { createExportSvg, downloadBlob, svgToPng } = await import('@/components/export-image');
      const { svg, width, height } = createExportSvg(chart, decor());
      if (kind === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${fileBase}.svg`);
      else downloadBlob(await svgToPng(svg, width, height), `${fileBase}.png`);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <span className="download-buttons">
      <button type="button" onClick={() => void run('svg')}>
        {labels.svg}
      </button>
      <button type="button" onClick={() => void run('png')}>
        {labels.png}
      </button>
      {error && (
        <span role="alert" className="panel-error">
          {error}
        </span>
      )}
    </span>
  );
}
