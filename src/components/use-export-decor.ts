import { useCallback } from 'react';
import { pickText } from '@/domain/dataset/localized-text';
import { QUAD_CLASSES, type Dataset } from '@/domain/dataset/model';
import type { ExportDecor } from '@/components/export-image';
import { selectLanguage } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** Builds the title, legend and credit for an exported image of one view of the dataset. */
export function useExportDecor(dataset: Dataset): (viewName: string, subtitle?: string) => ExportDecor {
  const t = useT();
  const language = useAppStore(selectLanguage);
  return useCallback(
    (viewName: string, subtitle?: string) => {
      const fallback = dataset.locales[0] ?? 'en';
      const quads = new Set(dataset.events.map((e) => e.quad));
      const sources = dataset.sources
        .map((s) => `${s.publisher}, ${s.published}${s.via ? ` (${t('evidenceVia', { via: s.via })})` : ''}`)
        .join('; ');
      const credit = dataset.credit ? pickText(dataset.credit, language, fallback) : '';
      return {
        title: `${pickText(dataset.title, language, fallback)} — ${viewName}`,
        subtitle,
        legend: QUAD_CLASSES.filter((q) => quads.has(q)).map((q) => ({
          label: t(`quad_${q}`),
          colour: QUAD_COLOURS[q],
        })),
        credit: [sources && `${t('exportSources')}: ${sources}`, credit, 'Linimasa'].filter(Boolean).join(' · '),
      };
    },
    [dataset, language, t],
  );
}
