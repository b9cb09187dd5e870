import { Fragment } from 'react';
import type { EventText } from '@/components/use-event-text';

/** Actor names as buttons that select the actor (and so light it up in the graph). */
export function ActorButtons({
  ids,
  text,
  onSelect,
}: {
  readonly ids: readonly string[];
  readonly text: EventText;
  readonly onSelect: (id: string) => void;
}) {
  return (
    <>
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ', '}
          <button type="button" className="link-button" onClick={() => onSelect(id)}>
            {text.actorName(id)}
          </button>
        </Fragment>
      ))}
    </>
  );
}
