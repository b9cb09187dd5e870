/**
 * Every event in time order as a table: the accessible alternative to the
 * chart. Past a few hundred rows it is virtualised: only the rows in view are
 * in the DOM, with `aria-rowcount`/`aria-rowindex` telling the full size.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { useEventText, type EventText } from '@/components/use-event-text';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useHighlight } from '@/components/use-highlight';
import { selectSelectedEventId } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT, type Translate } from '@/store/use-t';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** Above this many rows the list renders only what is in view. */
const VIRTUAL_FROM = 300;
/** Height of a row in the virtualised list, px; the CSS keeps rows to one line there. */
const ROW_HEIGHT = 40;
const VIEWPORT_ROWS = 14;
const OVERSCAN = 6;

const EventRow = memo(function EventRow({
  event,
  index,
  text,
  t,
  selected,
  linked,
  onSelect,
  onHover,
}: {
  readonly event: TimelineEvent;
  readonly index: number;
  readonly text: EventText;
  readonly t: Translate;
  readonly selected: boolean;
  readonly linked: boolean;
  readonly onSelect: (id: string) => void;
  readonly onHover: (id: string | null) => void;
}) {
  const e = event;
  return (
    <tr
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      className={linked && !selected ? 'is-linked' : undefined}
      onMouseEnter={() => onHover(e.id)}
      onMouseLeave={() => onHover(null)}
    >
      <td className="nowrap">
        <time dateTime={e.date.edtf}>{text.date(e, 'short')}</time>
      </td>
      <td>
        <button type="button" className="link-button" aria-pressed={selected} onClick={() => onSelect(e.id)}>
          {text.text(e.title)}
        </button>
      </td>
      <td className="nowrap col-type">
        <span className="swatch" style={{ background: QUAD_COLOURS[e.quad] }} aria-hidden="true" />{' '}
        {t(`type_${e.type}`)}
      </td>
      <td className="col-actors">
        {[...e.actors, ...e.recipients]
          .map((a, i) => (i === e.actors.length ? ' → ' : i > 0 ? ', ' : '') + text.actorName(a))
          .join('')}
      </td>
    </tr>
  );
});

/** The event list panel for one dataset. */
export function EventListView({ dataset }: { readonly dataset: Dataset }) {
  const t = useT();
  const text = useEventText(dataset);
  const selectedId = useAppStore(selectSelectedEventId);
  const { selectEvent, hoverEvent } = useAppActions();
  const events = useFilteredEvents(dataset);
  const highlight = useHighlight(dataset);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const virtual = events.length > VIRTUAL_FROM;

  // A selection made elsewhere scrolls its row into view.
  useEffect(() => {
    if (!virtual || !selectedId || !scrollRef.current) return;
    const index = events.findIndex((e) => e.id === selectedId);
    if (index < 0) return;
    const box = scrollRef.current;
    const top = index * ROW_HEIGHT;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 2 * ROW_HEIGHT)
      box.scrollTop = Math.max(0, top - 3 * ROW_HEIGHT);
  }, [selectedId, events, virtual]);

  if (events.length === 0) return <p className="empty-note">{t('noMatches')}</p>;
  const first = virtual ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = virtual ? Math.min(events.length, first + VIEWPORT_ROWS + 2 * OVERSCAN) : events.length;
  return (
    <div
      className={`event-list-scroll${virtual ? ' is-virtual' : ''}`}
      ref={scrollRef}
      style={virtual ? { height: VIEWPORT_ROWS * ROW_HEIGHT + 36 } : undefined}
      onScroll={virtual ? (e) => setScrollTop(e.currentTarget.scrollTop) : undefined}
      tabIndex={virtual ? 0 : undefined}
      role={virtual ? 'region' : undefined}
      aria-label={virtual ? t('listCaption', { count: events.length }) : undefined}
    >
      <table className="event-list" aria-rowcount={events.length + 1}>
        <caption className="visually-hidden">{t('listCaption', { count: events.length })}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('colDate')}</th>
            <th scope="col">{t('colEvent')}</th>
            <th scope="col" className="col-type">
              {t('colType')}
            </th>
            <th scope="col" className="col-actors">
              {t('colActors')}
            </th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" className="spacer" style={{ height: first * ROW_HEIGHT }} />}
          {events.slice(first, last).map((e, i) => (
            <EventRow
              key={e.id}
              event={e}
              index={first + i}
              text={text}
              t={t}
              selected={e.id === selectedId}
              linked={highlight.eventIds?.has(e.id) ?? false}
              onSelect={selectEvent}
              onHover={hoverEvent}
            />
          ))}
          {last < events.length && (
            <tr aria-hidden="true" className="spacer" style={{ height: (events.length - last) * ROW_HEIGHT }} />
          )}
        </tbody>
      </table>
    </div>
  );
}
