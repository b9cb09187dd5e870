import { useMemo, useState, type ReactNode } from 'react';
import type { Dataset, Place } from '@/domain/dataset/model';
import type { MapTally } from '@/domain/places/place-tally';
import type { EventText } from '@/components/use-event-text';
import { useAppActions } from '@/store/store-context';
import { MAX_ARCS } from '@/views/map/use-map-marks';
import { useMapT } from '@/views/map/use-map-t';

/** One table of the text alternative: a caption, a first column named `what`, and a count of events per row. */
function CountTable({
  caption,
  what,
  events,
  children,
}: {
  readonly caption: string;
  readonly what: string;
  readonly events: string;
  readonly children: ReactNode;
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          <th scope="col">{events}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/**
 * The map as text: every place with its events, every state taking part,
 * and the relations between states, each a button that selects it, for
 * anyone who does not see the map or would rather read it.
 */
export function MapPlaceList({
  dataset,
  tally,
  text,
  placeName,
  stateName,
  statesOf,
  datelines,
}: {
  readonly dataset: Dataset;
  readonly tally: MapTally;
  readonly text: EventText;
  readonly placeName: (place: Place) => string;
  readonly stateName: (code: string) => string;
  readonly statesOf: ReadonlyMap<string, readonly string[]>;
  readonly datelines: ReadonlySet<string>;
}) {
  const mt = useMapT();
  const { selectPlace, selectActor } = useAppActions();
  // The tables are built only while open: a large dataset has hundreds of rows.
  const [open, setOpen] = useState(false);
  const places = useMemo(
    () =>
      open
        ? (dataset.places ?? [])
            .map((place) => ({ place, name: placeName(place), count: tally.places.get(place.id)?.count ?? 0 }))
            .filter(({ place, count }) => count > 0 || datelines.has(place.id))
            .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
        : [],
    [open, dataset.places, tally, datelines, placeName],
  );
  const states = useMemo(
    () => (open ? [...tally.countries].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])) : []),
    [open, tally],
  );
  return (
    <details className="map-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{mt('mapList')}</summary>
      {open && places.length > 0 && (
        <CountTable caption={mt('mapPlaces')} what={mt('colPlace')} events={mt('colEvents')}>
          {places.map(({ place, name, count }) => (
            <tr key={place.id}>
              <td>
                <button type="button" className="link-button" onClick={() => selectPlace(place.id)}>
                  {name}
                </button>
                {datelines.has(place.id) && <span className="muted"> ({mt('mapLegendDateline')})</span>}
              </td>
              <td>{count.toLocaleString(text.language)}</td>
            </tr>
          ))}
        </CountTable>
      )}
      {open && states.length > 0 && (
        <CountTable caption={mt('mapStates')} what={mt('colState')} events={mt('colEvents')}>
          {states.map(([code, tallied]) => {
            const state = statesOf.get(code)?.[0];
            return (
              <tr key={code}>
                <td>
                  {state ? (
                    <button type="button" className="link-button" onClick={() => selectActor(state)}>
                      {stateName(code)}
                    </button>
                  ) : (
                    stateName(code)
                  )}
                </td>
                <td>{tallied.count.toLocaleString(text.language)}</td>
              </tr>
            );
          })}
        </CountTable>
      )}
      {open && tally.relations.length > 0 && (
        <CountTable caption={mt('mapRelations')} what={mt('colState')} events={mt('colEvents')}>
          {tally.relations.slice(0, MAX_ARCS).map((r) => (
            <tr key={r.id}>
              <td>
                {stateName(r.source)} → {stateName(r.target)}
              </td>
              <td>{r.count.toLocaleString(text.language)}</td>
            </tr>
          ))}
        </CountTable>
      )}
    </details>
  );
}
