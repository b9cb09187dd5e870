import type { Dataset } from '@/domain/model';
import { selectSelection } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { ActorDetail } from '@/views/detail/actor-detail';
import { EventDetail } from '@/views/detail/event-detail';
import { RelationDetail } from '@/views/detail/relation-detail';

/** The detail panel: the selected event, actor or relation, or a hint when nothing is selected. */
export function DetailView({ dataset }: { readonly dataset: Dataset }) {
  const t = useT();
  const selection = useAppStore(selectSelection);
  if (selection?.kind === 'event') {
    const event = dataset.events.find((e) => e.id === selection.id);
    if (event) return <EventDetail dataset={dataset} event={event} />;
  }
  if (selection?.kind === 'actor') {
    const actor = dataset.actors.find((a) => a.id === selection.id);
    if (actor) return <ActorDetail dataset={dataset} actor={actor} />;
  }
  if (selection?.kind === 'relation') {
    const [source, target] = selection.id.split('->');
    if (source && target && dataset.actors.some((a) => a.id === source) && dataset.actors.some((a) => a.id === target)) {
      return <RelationDetail dataset={dataset} source={source} target={target} />;
    }
  }
  return <p className="detail-empty">{t('detailEmpty')}</p>;
}
