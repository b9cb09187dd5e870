/**
 * The story layout: the events as a list running down the page, for phones
 * and narrow embeds where a time axis leaves a title a few words wide. Each
 * row gives the date, the whole title (wrapped, never cut), the quad class's
 * colour and mark shape as on the timeline, and the actors; a long empty
 * stretch between rows says how long it is. Opening an event (tap, click or
 * Enter) selects it and shows its summary and quoted sentences in place.
 */
import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isApproximate, isRange } from '@/domain/dataset/event-date';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { createStoryRows, type StoryRow } from '@/domain/timeline/story-rows';
import { EventEvidence } from '@/components/evidence-figure';
import { useEventText, type EventText } from '@/components/use-event-text';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useHighlight } from '@/components/use-highlight';
import { useLaterThanAsOf } from '@/components/use-later-than-as-of';
import { useStoryT, type StoryT } from '@/components/use-story-t';
import { selectSelectedEventId } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT, type Translate } from '@/store/use-t';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** Rows drawn at first; more on request, so a story of 100,000 events does not put them all in the page. */
const ROWS_PER_PAGE = 200;

/** The event's mark as the timeline draws it, in small: a dot for a day, a bar for a range, dashed when approximate. */
function StoryMark({ event }: { readonly event: TimelineEvent }) {
  const colour = QUAD_COLOURS[event.quad];
  const approximate = isApproximate(event);
  const dash = approximate ? '3 2' : undefined;
  return (
    <svg className="story-mark" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" focusable="false">
      {isRange(event) ? (
        <rect
          x="1"
          y="3"
          width="20"
          height="10"
          rx="2"
          fill={colour}
          fillOpacity={approximate ? 0.14 : 0.35}
          stroke={colour}
          strokeWidth="2"
          strokeDasharray={dash}
        />
      ) : (
        <circle
          cx="11"
          cy="8"
          r="6"
          fill={approximate ? '#fff' : colour}
          stroke={colour}
          strokeWidth="2"
          strokeDasharray={dash}
        />
      )}
    </svg>
  );
}

const StoryEvent = memo(function StoryEvent({
  dataset,
  event,
  text,
  t,
  st,
  open,
  linked,
  later,
  tabbable,
  onToggle,
  onHover,
  onKeyDown,
  onFocus,
  onShow,
}: {
  readonly dataset: Dataset;
  readonly event: TimelineEvent;
  readonly text: EventText;
  readonly t: Translate;
  readonly st: StoryT;
  readonly open: boolean;
  readonly linked: boolean;
  /** Past the graph's "as of" step: drawn faint, as on the timeline. */
  readonly later: boolean;
  readonly tabbable: boolean;
  readonly onToggle: (id: string) => void;
  readonly onHover: (id: string | null) => void;
  readonly onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
  readonly onFocus: (id: string) => void;
  readonly onShow: (eventId: string, evidenceIndex: number) => void;
}) {
  const worded = event.dateText ? text.text(event.dateText) : null;
  const actors = event.actors.map(text.actorName).join(', ');
  const recipients = event.recipients.map(text.actorName).join(', ');
  const moreId = `story-more-${event.id}`;
  return (
    <li
      className={`story-event${open ? ' is-open' : ''}${linked && !open ? ' is-linked' : ''}${later ? ' is-later' : ''}`}
      onMouseEnter={() => onHover(event.id)}
      onMouseLeave={() => onHover(null)}
    >
      <button
        type="button"
        className="story-event-button"
        data-event-id={event.id}
        aria-expanded={open}
        aria-controls={open ? moreId : undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onToggle(event.id)}
        onKeyDown={onKeyDown}
        onFocus={() => onFocus(event.id)}
      >
        <StoryMark event={event} />
        <span className="story-title">{text.text(event.title)}</span>
      </button>
      <p className="story-meta">
        {worded && <span className="story-worded">{st('storyAsWorded', { words: worded })}</span>}
        {(actors || recipients) && (
          <span className="story-actors">
            {actors}
            {recipients && ` → ${recipients}`}
          </span>
        )}
      </p>
      {open && (
        <div id={moreId} className="story-more" role="region" aria-label={st('storyMore')}>
          {event.summary && <p className="story-summary">{text.text(event.summary)}</p>}
          <EventEvidence dataset={dataset} event={event} text={text} t={t} onShow={onShow} />
        </div>
      )}
    </li>
  );
});

/** The story layout for one dataset: every event that passes the filters, in time order, as a list. */
export function StoryView({ dataset }: { readonly dataset: Dataset }) {
  const t = useT();
  const st = useStoryT();
  const text = useEventText(dataset);
  const events = useFilteredEvents(dataset);
  const selectedId = useAppStore(selectSelectedEventId);
  const highlight = useHighlight(dataset);
  const laterThanAsOf = useLaterThanAsOf(events);
  const { selectEvent, hoverEvent, openReader } = useAppActions();
  const rows = useMemo(() => createStoryRows(events), [events]);
  const [pages, setPages] = useState(1);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const onToggle = useCallback((id: string) => selectEvent(id === selectedId ? null : id), [selectEvent, selectedId]);
  const onShow = useCallback(
    (eventId: string, evidenceIndex: number) => openReader({ eventId, evidenceIndex }),
    [openReader],
  );

  // A selection made elsewhere (the graph, a search, the host page) is drawn even when it lies past the rows shown.
  const selectedRow = selectedId
    ? rows.findIndex((r) => r.kind === 'date' && r.events.some((e) => e.id === selectedId))
    : -1;
  const shownRows = Math.max(pages * ROWS_PER_PAGE, selectedRow + 1);
  const shown = rows.slice(0, shownRows);
  const hiddenEvents = useMemo(
    () => rows.slice(shownRows).reduce((n, r) => n + (r.kind === 'date' ? r.events.length : 0), 0),
    [rows, shownRows],
  );
  const shownIds = new Set(shown.flatMap((r) => (r.kind === 'date' ? r.events.map((e) => e.id) : [])));
  // One tab stop for the whole list (the event last focused, else the one open, else the first); arrows move within it.
  const firstId = shown.find((r): r is Extract<StoryRow<TimelineEvent>, { kind: 'date' }> => r.kind === 'date')
    ?.events[0]?.id;
  const tabId =
    (focusedId && shownIds.has(focusedId) ? focusedId : null) ??
    (selectedId && shownIds.has(selectedId) ? selectedId : null) ??
    firstId;

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('.story-event-button') ?? [])];
    const at = buttons.indexOf(e.currentTarget);
    const to =
      e.key === 'ArrowDown'
        ? at + 1
        : e.key === 'ArrowUp'
          ? at - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? buttons.length - 1
              : null;
    if (to === null) {
      if (e.key === 'Escape' && selectedId) selectEvent(null);
      return;
    }
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
  };

  if (events.length === 0) return <p className="empty-note">{t('noMatches')}</p>;
  return (
    <div className="story">
      <ol className="story-list" ref={listRef} aria-label={st('storyLabel', { count: events.length })}>
        {shown.map((row) =>
          row.kind === 'gap' ? (
            <li key={row.key} className="story-gap">
              <span>{st(`gap_${row.length.unit}`, { count: row.length.count })}</span>
            </li>
          ) : (
            <li key={row.key} className="story-date">
              <h3 className="story-date-text">
                <time dateTime={row.events[0]?.date.edtf}>{row.events[0] && text.date(row.events[0])}</time>
              </h3>
              <ul className="story-events">
                {row.events.map((event) => (
                  <StoryEvent
                    key={event.id}
                    dataset={dataset}
                    event={event}
                    text={text}
                    t={t}
                    st={st}
                    open={event.id === selectedId}
                    linked={highlight.eventIds?.has(event.id) ?? false}
                    later={laterThanAsOf?.has(event.id) ?? false}
                    tabbable={event.id === tabId}
                    onToggle={onToggle}
                    onHover={hoverEvent}
                    onKeyDown={onKeyDown}
                    onFocus={setFocusedId}
                    onShow={onShow}
                  />
                ))}
              </ul>
            </li>
          ),
        )}
      </ol>
      {hiddenEvents > 0 && (
        <button type="button" className="story-more-rows" onClick={() => setPages((p) => p + 1)}>
          {st('storyShowMore', { count: hiddenEvents })}
        </button>
      )}
    </div>
  );
}
