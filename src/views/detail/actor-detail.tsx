import { useMemo } from 'react';
import { createActorGraph, relationsOfActor } from '@/domain/graph/actor-graph';
import type { Actor, Dataset } from '@/domain/dataset/model';
import { useEventText } from '@/components/use-event-text';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { selectFilter } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { QUAD_COLOURS } from '@/viz/quad-colours';
import { EventLinks } from '@/views/detail/event-links';

/** Details of one actor: who it is, whom it acts for, its events in order and its relations. */
export function ActorDetail({ dataset, actor }: { readonly dataset: Dataset; readonly actor: Actor }) {
  const t = useT();
  const text = useEventText(dataset);
  const events = useFilteredEvents(dataset);
  const filter = useAppStore(selectFilter);
  const { selectActor, selectEvent, selectRelation, toggleActorFilter } = useAppActions();
  const own = useMemo(
    () => events.filter((e) => e.actors.includes(actor.id) || e.recipients.includes(actor.id)),
    [events, actor.id],
  );
  const relations = useMemo(
    () => relationsOfActor(createActorGraph(dataset.actors, events), actor.id),
    [dataset.actors, events, actor.id],
  );
  const filtering = filter.actorIds.includes(actor.id);
  return (
    <article className="detail" aria-labelledby="detail-title">
      <h3 id="detail-title" className="detail-title">
        {text.text(actor.name)}
      </h3>
      <dl className="detail-facts">
        <div>
          <dt>{t('actorKind')}</dt>
          <dd>{t(`kind_${actor.kind}`)}</dd>
        </div>
        {actor.role && (
          <div>
            <dt>{t('actorRole')}</dt>
            <dd>{text.text(actor.role)}</dd>
          </div>
        )}
        {actor.country && (
          <div>
            <dt>{t('actorCountry')}</dt>
            <dd>{actor.country}</dd>
          </div>
        )}
        {actor.affiliation && (
          <div>
            <dt>{t('actorAffiliation')}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => selectActor(actor.affiliation ?? null)}>
                {text.actorName(actor.affiliation)}
              </button>
            </dd>
          </div>
        )}
        {actor.wikidata && (
          <div>
            <dt>Wikidata</dt>
            <dd>
              <a href={`https://www.wikidata.org/wiki/${actor.wikidata}`} target="_blank" rel="noopener noreferrer">
                {actor.wikidata}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <p>
        <button type="button" aria-pressed={filtering} onClick={() => toggleActorFilter(actor.id)}>
          {filtering ? t('actorUnfilter') : t('actorFilter', { name: text.text(actor.name) })}
        </button>
      </p>
      <h4>{t('actorEvents', { count: own.length })}</h4>
      {own.length > 0 ? (
        <EventLinks events={own} text={text} onSelect={selectEvent} />
      ) : (
        <p className="muted">{t('actorNoEvents')}</p>
      )}
      {relations.length > 0 && (
        <>
          <h4>{t('actorRelations')}</h4>
          <ul className="relation-links">
            {relations.map((r) => (
              <li key={r.id}>
                <span className="swatch" style={{ background: QUAD_COLOURS[r.dominantQuad] }} aria-hidden="true" />{' '}
                <button type="button" className="link-button" onClick={() => selectRelation(r.id)}>
                  {text.actorName(r.source)} → {text.actorName(r.target)}
                </button>{' '}
                <span className="muted">
                  ({r.count === 1 ? t('clusterEvent') : t('clusterEvents', { count: r.count })})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
