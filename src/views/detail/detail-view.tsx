import { lazy, Suspense } from 'react';
import type { Dataset } from '@/domain/dataset/model';
import { selectSelection } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';

// Nothing is selected at first, so the details' code loads with the first selection.
const SelectedDetail = lazy(() =>
  import('@/views/detail/selected-detail').then((m) => ({ default: m.SelectedDetail })),
);

/** The detail panel: the selected event, actor or relation, or a hint when nothing is selected. */
export function DetailView({ dataset }: { readonly dataset: Dataset }) {
  const t = useT();
  const selection = useAppStore(selectSelection);
  const empty = <p className="detail-empty">{t('detailEmpty')}</p>;
  if (!selection) return empty;
  return (
    <Suspense fallback={null}>
      <SelectedDetail dataset={dataset} selection={selection} empty={empty} />
    </Suspense>
  );
}
