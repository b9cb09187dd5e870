import type { Dataset } from '@/domain/model';
import { useEventText } from '@/components/use-event-text';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useHighlight } from '@/components/use-highlight';
import { selectSelectedEventId } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** Every event in time order as a table: the accessible alternative to the chart. */
export function EventListView({ dataset }: { readonly dataset: Dataset }) {
  const t = useT();
  const text = useEventText(dataset);
  const selectedId = useAppStore(selectSelectedEventId);
  const { selectEvent, hoverEvent } = useAppActions();
  const events = useFilteredEvents(dataset);
  const highlight = useHighlight(dataset);
  if (events.length === 0) return <p className="empty-note">{t('noMatches')}</p>;
  return (
    <div className="event-list-scroll">
      <table className="event-list">
        <caption className="visually-hidden">{t('listCaption', { count: events.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colDate')}</th>
            <th scope="col">{t('colEvent')}</th>
            <th scope="col" className="col-type">{t('colType')}</th>
            <th scope="col" className="col-actors">{t('colActors')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr
              key={e.id}
              aria-current={e.id === selectedId ? 'true' : undefined}
              className={highlight.eventIds?.has(e.id) && e.id !== selectedId ? 'is-linked' : undefined} onMouseEnter={() => hoverEvent(e.id)} onMouseLeave={() => hoverEvent(null)}>
              <td className="nowrap">
                <time dateTime={e.date.edtf}>{text.date(e, 'short')}</time>
              </td>
              <td>
                <button type="button" className="link-button" aria-pressed={e.id === selectedId} onClick={() => selectEvent(e.id)}>
                  {text.text(e.title)}
                </button>
              </td>
              <td className="nowrap col-type">
                <span className="swatch" style={{ background: QUAD_COLOURS[e.quad] }} aria-hidden="true" /> {t(`type_${e.type}`)}
              </td>
              <td className="col-actors">{[...e.actors, ...e.recipients].map((a, i) => (i === e.actors.length ? ' → ' : i > 0 ? ', ' : '') + text.actorName(a)).join('')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
