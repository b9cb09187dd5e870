/** The map's own words in English; they come with the map's code, so the viewer's first script does not carry them. */
export const mapEn = {
  mapFailed: 'The map could not be drawn: {message}',
  mapLabel:
    'Map: {places, plural, one {# place} other {# places}}, {states, plural, one {# state} other {# states}} taking part. Arrow keys move between places, Enter selects, plus and minus zoom, 0 fits.',
  mapCaptionAll:
    '{places, plural, one {# place} other {# places}} with events, {states, plural, one {# state} other {# states}} taking part',
  mapCaptionWindow:
    '{places, plural, one {# place} other {# places}} with events, {states, plural, one {# state} other {# states}} taking part, in {range}',
  mapCaptionAsOf:
    'As of this step: {places, plural, one {# place} other {# places}} with events, {states, plural, one {# state} other {# states}} taking part',
  mapArcsCapped: 'the {shown} busiest of {total} relations between states are drawn',
  placeName: '{name}: {count, plural, =0 {no events} one {# event} other {# events}}',
  placeNameDateline: '{name}: {count, plural, =0 {no events} one {# event} other {# events}}, dateline',
  stateName: '{name}: takes part in {count, plural, one {# event} other {# events}}',
  mapShadeBy: 'Shade states by',
  mapShadeCount: 'Number of events',
  mapShadeQuad: 'Kind of act',
  mapList: 'Places and states as a list',
  mapPlaces: 'Places',
  mapStates: 'States taking part',
  mapRelations: 'Relations between states',
  colPlace: 'Place',
  colState: 'State',
  colEvents: 'Events',
  mapLegendPlace: 'Place: size by events, colour by kind of act',
  mapLegendDateline: "A source's dateline",
  mapLegendStates: 'State taking part: darker, more events',
  mapLegendStatesQuad: 'State taking part: colour by kind of act',
  mapLegendRelation: 'Relation between states',
  mapCredit: 'Boundaries: Natural Earth',
};

/** A key of the map's words. */
export type MapMessageKey = keyof typeof mapEn;
