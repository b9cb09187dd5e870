import type { TimelineEvent } from '@/domain/dataset/model';
import type { EventText } from '@/components/use-event-text';

/** A list of events in time order, each a button that selects it. */
export function EventLinks({
  events,
  text,
  onSelect,
}: {
  readonly events: readonly TimelineEvent[];
  readonly text: EventText;
  readonly onSelect: (id: string) => void;
}) {
  return (
    <ol className="event-links">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.date.edtf} className="muted">
            {text.date(e, 'short')}
          </time>{' '}
          <button type="button" className="link-button" onClick={() => onSelect(e.id)}>
            {text.text(e.title)}
          </button>
        </li>
      ))}
    </ol>
  );
}
