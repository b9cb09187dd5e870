import { useMemo } from 'react';
import type { Dataset, Place } from '@/domain/dataset/model';
import { eventsAtPlaces, placesWithin } from '@/domain/places/place-events';
import { useEventText } from '@/components/use-event-text';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useAppActions } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { EventLinks } from '@/views/detail/event-links';

/** Formats a point as degrees with hemispheres, e.g. `55.7558° N, 37.6172° E`. */
function formatPoint([longitude, latitude]: readonly [number, number], language: string): string {
  const number = (v: number) => Math.abs(v).toLocaleString(language, { maximumFractionDigits: 4 });
  return `${number(latitude)}° ${latitude < 0 ? 'S' : 'N'}, ${number(longitude)}° ${longitude < 0 ? 'W' : 'E'}`;
}

/** Details of one place: what it is, where its point comes from, whose dateline it is, and its events in order. */
export function PlaceDetail({ dataset, place }: { readonly dataset: Dataset; readonly place: Place }) {
  const t = useT();
  const text = useEventText(dataset);
  const events = useFilteredEvents(dataset);
  const { selectEvent } = useAppActions();
  const own = useMemo(
    () => eventsAtPlaces(events, placesWithin(dataset.places ?? [], place.id)),
    [events, dataset.places, place.id],
  );
  const datelineOf = dataset.sources.filter((s) => s.place === place.id);
  return (
    <article className="detail" aria-labelledby="detail-title">
      <h3 id="detail-title" className="detail-title">
        {text.text(place.name)}
      </h3>
      <dl className="detail-facts">
        <div>
          <dt>{t('placeKind')}</dt>
          <dd>{t(`placeKind_${place.kind}`)}</dd>
        </div>
        {place.country && (
          <div>
            <dt>{t('actorCountry')}</dt>
            <dd>{place.country}</dd>
          </div>
        )}
        {place.point && (
          <div>
            <dt>{t('placePoint')}</dt>
            <dd>
              {formatPoint(place.point, text.language)}{' '}
              {place.pointBasis && <span className="muted">({t(`dateBasis_${place.pointBasis}`)})</span>}
            </dd>
          </div>
        )}
        {datelineOf.length > 0 && (
          <div>
            <dt>{t('placeDateline')}</dt>
            <dd>{datelineOf.map((s) => s.publisher).join(', ')}</dd>
          </div>
        )}
        {place.wikidata && (
          <div>
            <dt>Wikidata</dt>
            <dd>
              <a href={`https://www.wikidata.org/wiki/${place.wikidata}`} target="_blank" rel="noopener noreferrer">
                {place.wikidata}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <h4>{t('actorEvents', { count: own.length })}</h4>
      {own.length > 0 ? (
        <EventLinks events={own} text={text} onSelect={selectEvent} />
      ) : (
        <p className="muted">{t('actorNoEvents')}</p>
      )}
    </article>
  );
}
