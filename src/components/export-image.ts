/**
 * Exports a chart as a standalone SVG or PNG file with a title, a legend and
 * the source credit drawn into the image, for slides and handouts. Every text
 * is set with textContent, so dataset text stays text in the file too.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 20;
const HEADER = 58;
const LEGEND_ROW = 22;
const FOOTER = 30;

/** The chart styles the exported file needs, since it leaves the page's stylesheet behind. */
const EXPORT_CSS = `
text { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; }
.time-axis line { stroke: #e3e3de; } .time-axis .tick.is-major line { stroke: #b9b9b2; } .time-axis .axis-baseline { stroke: #9a9a92; }
.time-axis text { font-size: 12px; fill: #4b5563; } .time-axis .tick-context { font-weight: 600; fill: #1f2937; }
.timeline-label { font-size: 13px; fill: #1f2937; } .timeline-mark.is-selected .timeline-label { font-weight: 700; }
.mark-hit, .mark-focus-ring, .node-hit, .node-focus-ring, .relation-hit { fill: none; stroke: none; }
.mark-selected-ring { fill: none; stroke: #1f2937; stroke-width: 2; } .node-selected-ring { fill: none; stroke: #f2b705; stroke-width: 4; }
.timeline-mark.is-dimmed circle, .timeline-mark.is-dimmed rect { opacity: 0.28; } .timeline-mark.is-dimmed .timeline-label { fill: #5f6670; }
.graph-bg { fill: #fafaf8; } .affiliation-link { stroke: #6b7280; stroke-width: 1.5; stroke-dasharray: 1.5 3.5; }
.graph-relation.is-faded { opacity: 0.18; } .graph-node .node-shape { stroke: #fff; stroke-width: 2; }
.node-shape.kind-person { fill: #37474f; } .node-shape.kind-state { fill: #1d3557; } .node-shape.kind-organization { fill: #6a3d9a; } .node-shape.kind-group { fill: #8d5b2b; }
.graph-node.is-faded .node-shape { opacity: 0.25; }
.graph-label { font-size: 12.5px; fill: #1f2937; paint-order: stroke; stroke: #fafaf8; stroke-width: 3px; } .graph-label.is-faded { fill: #5f6670; }
.export-title { font-size: 20px; font-weight: 700; fill: #1f2937; } .export-subtitle { font-size: 13px; fill: #4b5563; }
.export-legend { font-size: 12px; fill: #1f2937; } .export-credit { font-size: 11px; fill: #4b5563; }
`;

/** What is drawn around the chart in the exported image. */
export interface ExportDecor {
  readonly title: string;
  readonly subtitle?: string;
  readonly legend: readonly { readonly label: string; readonly colour: string }[];
  readonly credit: string;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Builds the exported SVG document (as text) from a chart on the page; sizes in CSS px. */
export function createExportSvg(
  chart: SVGSVGElement,
  decor: ExportDecor,
): { svg: string; width: number; height: number } {
  const chartWidth = Number(chart.getAttribute('width')) || chart.clientWidth || 800;
  const chartHeight = Number(chart.getAttribute('height')) || chart.clientHeight || 400;
  const width = chartWidth + 2 * PAD;
  const perRow = Math.max(1, Math.floor(chartWidth / 190));
  const legendRows = Math.ceil(decor.legend.length / perRow);
  const height = HEADER + chartHeight + legendRows * LEGEND_ROW + FOOTER + PAD;
  const root = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  root.appendChild(el('style', {}, EXPORT_CSS));
  root.appendChild(el('rect', { width, height, fill: '#ffffff' }));
  root.appendChild(el('text', { x: PAD, y: 30, class: 'export-title' }, decor.title));
  if (decor.subtitle) root.appendChild(el('text', { x: PAD, y: 48, class: 'export-subtitle' }, decor.subtitle));
  const body = chart.cloneNode(true) as SVGSVGElement;
  // What a large chart draws on canvases under its SVG (relations, nodes) goes in as images, in their order.
  const canvases = [...(chart.parentElement?.querySelectorAll('canvas') ?? [])].reverse();
  for (const canvas of canvases) {
    const image = el('image', { width: chartWidth, height: chartHeight, href: canvas.toDataURL('image/png') });
    body.insertBefore(image, body.firstChild);
  }
  body.setAttribute('x', String(PAD));
  body.setAttribute('y', String(HEADER));
  body.removeAttribute('role');
  body.removeAttribute('aria-label');
  root.appendChild(body);
  decor.legend.forEach((item, i) => {
    const x = PAD + (i % perRow) * 190;
    const y = HEADER + chartHeight + 16 + Math.floor(i / perRow) * LEGEND_ROW;
    root.appendChild(el('rect', { x, y: y - 9, width: 11, height: 11, rx: 2, fill: item.colour }));
    root.appendChild(el('text', { x: x + 16, y, class: 'export-legend' }, item.label));
  });
  root.appendChild(el('text', { x: PAD, y: height - PAD / 2 - 4, class: 'export-credit' }, decor.credit));
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** Renders SVG text to a PNG blob at `scale` × its size (2 for sharp slides). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the image could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas to draw on');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a blob to the person as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
