import { useMemo } from 'react';
import type { Dataset, QuadClass } from '@/domain/dataset/model';
import { QUAD_CLASSES } from '@/domain/dataset/model';
import { useEventText } from '@/components/use-event-text';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useAppActions } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { QUAD_COLOURS } from '@/viz/quad-colours';
import { ActorButtons } from '@/views/detail/actor-buttons';
import { EventLinks } from '@/views/detail/event-links';

/** Details of the relation between two actors: the events each way, by kind of act. */
export function RelationDetail({
  dataset,
  source,
  target,
}: {
  readonly dataset: Dataset;
  readonly source: string;
  readonly target: string;
}) {
  const t = useT();
  const text = useEventText(dataset);
  const events = useFilteredEvents(dataset);
  const { selectEvent, selectActor } = useAppActions();
  const forward = useMemo(
    () => events.filter((e) => e.actors.includes(source) && e.recipients.includes(target)),
    [events, source, target],
  );
  const backward = useMemo(
    () => events.filter((e) => e.actors.includes(target) && e.recipients.includes(source)),
    [events, source, target],
  );
  const quads = new Map<QuadClass, number>();
  for (const e of forward) quads.set(e.quad, (quads.get(e.quad) ?? 0) + 1);
  return (
    <article className="detail" aria-labelledby="detail-title">
      <h3 id="detail-title" className="detail-title">
        {text.actorName(source)} → {text.actorName(target)}
      </h3>
      <p>
        <ActorButtons ids={[source, target]} text={text} onSelect={selectActor} />
      </p>
      <ul className="quad-breakdown">
        {QUAD_CLASSES.filter((q) => quads.has(q)).map((q) => (
          <li key={q}>
            <span className="swatch" style={{ background: QUAD_COLOURS[q] }} aria-hidden="true" /> {t(`quad_${q}`)}:{' '}
            {quads.get(q)}
          </li>
        ))}
      </ul>
      <h4>
        {t('relationEvents', { source: text.actorName(source), target: text.actorName(target), count: forward.length })}
      </h4>
      {forward.length > 0 ? (
        <EventLinks events={forward} text={text} onSelect={selectEvent} />
      ) : (
        <p className="muted">{t('actorNoEvents')}</p>
      )}
      {backward.length > 0 && (
        <>
          <h4>
            {t('relationEvents', {
              source: text.actorName(target),
              target: text.actorName(source),
              count: backward.length,
            })}
          </h4>
          <EventLinks events={backward} text={text} onSelect={selectEvent} />
        </>
      )}
    </article>
  );
}
