import { useRef } from 'react';
import { useElementWidth } from '@/components/use-element-width';
import { useT } from '@/store/use-t';

/**
 * What the graph's toolbar, as-of controls, caption and legend take besides
 * the drawing, rem, by the panel's width in px: they wrap onto more rows as
 * it narrows (measured with the English words; Indonesian wraps a little sooner).
 */
function chromeRem(width: number, compact: boolean): number {
  if (compact) return 6.5;
  if (width >= 740) return 10.4;
  if (width >= 430) return 12;
  if (width >= 350) return 18;
  return 20;
}

/**
 * Stands in for the actor graph while its code loads: as wide, and as tall
 * as the graph is at this width (the drawing's height follows GraphView's
 * own rule), so the page does not jump when it arrives.
 */
export function GraphPlaceholder({ compact = false }: { readonly compact?: boolean }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 600);
  // The same heights as GraphView's drawing.
  const drawing = compact ? Math.max(300, Math.min(620, Math.round(width * 0.8))) : width < 500 ? 380 : 480;
  return (
    <div
      ref={ref}
      className="graph-placeholder"
      style={{ minHeight: `calc(${drawing}px + ${chromeRem(width, compact)}rem)` }}
    >
      <p role="status">{t('graphLoading')}</p>
    </div>
  );
}
