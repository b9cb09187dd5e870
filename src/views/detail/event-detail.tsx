import { useMemo } from 'react';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { EventEvidence } from '@/components/evidence-figure';
import { useEventText } from '@/components/use-event-text';
import { ActorButtons } from '@/views/detail/actor-buttons';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useAppActions } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** Details of one event: what, when (as worded and normalised), who, and the source sentences. */
export function EventDetail({ dataset, event }: { readonly dataset: Dataset; readonly event: TimelineEvent }) {
  const t = useT();
  const text = useEventText(dataset);
  const events = useFilteredEvents(dataset);
  const { selectEvent, selectActor, selectPlace, openReader } = useAppActions();
  const places = useMemo(
    () => (event.places ?? []).flatMap((id) => dataset.places?.find((p) => p.id === id) ?? []),
    [event, dataset.places],
  );
  const index = useMemo(() => events.indexOf(event), [events, event]);
  const prev = index > 0 ? events[index - 1] : undefined;
  const next = index >= 0 ? events[index + 1] : undefined;
  const dateText = event.dateText ? text.text(event.dateText) : null;
  const basis =
    event.dateBasis === 'relative'
      ? t('dateBasis_relative', { phrase: event.dateText ? text.text(event.dateText) : '' })
      : t(`dateBasis_${event.dateBasis}`);
  return (
    <article className="detail" aria-labelledby="detail-title">
      <h3 id="detail-title" className="detail-title">
        {text.text(event.title)}
      </h3>
      {index < 0 && <p className="notice">{t('hiddenByFilters')}</p>}
      <dl className="detail-facts">
        <div>
          <dt>{t('dateNormalised')}</dt>
          <dd>
            <time dateTime={event.date.edtf}>{text.date(event)}</time> <span className="muted">({basis})</span>
          </dd>
        </div>
        {dateText && (
          <div>
            <dt>{t('dateAsWorded')}</dt>
            <dd>“{dateText}”</dd>
          </div>
        )}
        <div>
          <dt>{t('type')}</dt>
          <dd>
            <span className="type-badge" style={{ borderColor: QUAD_COLOURS[event.quad] }}>
              <span className="swatch" style={{ background: QUAD_COLOURS[event.quad] }} aria-hidden="true" />
              {t(`type_${event.type}`)}
            </span>{' '}
            <span className="muted">{t(`quad_${event.quad}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('who')}</dt>
          <dd>
            <ActorButtons ids={event.actors} text={text} onSelect={selectActor} />
          </dd>
        </div>
        {event.recipients.length > 0 && (
          <div>
            <dt>{t('towards')}</dt>
            <dd>
              <ActorButtons ids={event.recipients} text={text} onSelect={selectActor} />
            </dd>
          </div>
        )}
        {places.length > 0 && (
          <div>
            <dt>{t('eventPlaces')}</dt>
            <dd>
              {places.map((place, i) => (
                <span key={place.id}>
                  {i > 0 && ', '}
                  <button type="button" className="link-button" onClick={() => selectPlace(place.id)}>
                    {text.text(place.name)}
                  </button>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {event.summary && <p className="detail-summary">{text.text(event.summary)}</p>}
      {event.evidence.length > 0 && (
        <section aria-labelledby="evidence-heading">
          <h4 id="evidence-heading">{t('evidenceHeading')}</h4>
          <EventEvidence
            dataset={dataset}
            event={event}
            text={text}
            t={t}
            onShow={(eventId, evidenceIndex) => openReader({ eventId, evidenceIndex })}
          />
        </section>
      )}
      <div className="detail-nav">
        <button type="button" disabled={!prev} onClick={() => prev && selectEvent(prev.id)}>
          ← {t('previousEvent')}
        </button>
        <button type="button" onClick={() => selectEvent(null)}>
          {t('closeDetail')}
        </button>
        <button type="button" disabled={!next} onClick={() => next && selectEvent(next.id)}>
          {t('nextEvent')} →
        </button>
      </div>
    </article>
  );
}
