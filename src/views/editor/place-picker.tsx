/**
 * Where an event happened, in its form: the event's places as removable
 * chips, a picker of the story's places and of the countries the map has
 * boundaries for (named in the interface language), and a small form that
 * adds a city from its coordinates, each wrong field told what is wrong.
 */
import { useId, useState, type FormEvent } from 'react';
import { draftTextIn, type DraftEvent, type DraftText } from '@/domain/draft/draft-model';
import {
  addCityToEvent,
  addCountryToEvent,
  addPlaceToEvent,
  readCityEntry,
  removePlaceFromEvent,
  type CityProblem,
} from '@/domain/draft/place-commands';
import { COUNTRIES, countryByCode, countryName } from '@/domain/places/country-names';
import { Icon } from '@/components/icon';
import { useT } from '@/store/use-t';
import { Combobox, type ComboOption } from '@/views/editor/combobox';
import { useEditor } from '@/views/editor/editor-context';
import { FieldProblems, languageName, useDescribedBy } from '@/views/editor/fields';
import { rank } from '@/views/editor/pickers';
import type { EditorMessageKey } from '@/domain/i18n/editor-messages-en';

// The countries a person can pick: those the boundary files draw, so each one shows on the map.
const MAPPED_COUNTRIES = COUNTRIES.filter((c) => c.boundary);

/** The event's places as chips, and the picker that adds a country or one of the story's places. */
export function PlacesPicker({ event, index }: { readonly event: DraftEvent; readonly index: number }) {
  const { draft, apply, t: et, language } = useEditor();
  const t = useT();
  const path = `events[${index}].places`;
  const { id, problems, describedBy, invalid } = useDescribedBy(path, undefined, false);
  const places = draft.places ?? [];
  const label = t('eventPlaces');
  const nameOf = (placeId: string) => {
    const place = places.find((p) => p.id === placeId);
    return place ? draftTextIn(place.name, language) || place.id : placeId;
  };
  const search = (query: string): ComboOption[] => {
    const chosen = new Set(event.places ?? []);
    const inStory = places
      .filter((p) => !chosen.has(p.id))
      .map((p) => ({
        id: `place:${p.id}`,
        label: draftTextIn(p.name, language) || p.id,
        detail: [t(`placeKind_${p.kind}`), p.kind !== 'country' && p.country ? countryName(p.country, language) : '']
          .filter(Boolean)
          .join(', '),
      }));
    // A country the story has already is offered as the story's place, not twice.
    const storyCountries = new Set(places.filter((p) => p.kind === 'country').map((p) => p.country));
    const countries = MAPPED_COUNTRIES.filter((c) => !storyCountries.has(c.code)).map((c) => ({
      id: `country:${c.code}`,
      label: countryName(c.code, language),
      detail: `${t('placeKind_country')}, ${c.code}`,
    }));
    return [
      ...rank(inStory, query, (o) => `${o.label} ${o.detail}`),
      ...rank(countries, query, (o) => `${o.label} ${o.detail}`),
    ];
  };
  return (
    <div className="ed-field ed-places">
      <div className="ed-chips" role="group" aria-label={label} data-group={path}>
        {(event.places ?? []).length === 0 ? (
          <span className="ed-hint">{et('noPlacesYet')}</span>
        ) : (
          (event.places ?? []).map((placeId) => (
            <span className="ed-chip" key={placeId}>
              {nameOf(placeId)}
              <button
                type="button"
                aria-label={et('removeFromList', { name: nameOf(placeId), list: label })}
                onClick={() => apply((d) => removePlaceFromEvent(d, index, placeId))}
              >
                <Icon name="close" />
              </button>
            </span>
          ))
        )}
      </div>
      <Combobox
        id={id}
        label={et('addPlace')}
        text=""
        search={search}
        onPick={(option) => {
          const [, kind, key = ''] = /^(place|country):(.*)$/s.exec(option.id) ?? [];
          if (kind === 'place') apply((d) => addPlaceToEvent(d, index, key));
          const country = kind === 'country' ? countryByCode(key) : undefined;
          if (country) apply((d) => addCountryToEvent(d, index, country));
        }}
        path={path}
        describedBy={describedBy}
        invalid={invalid}
        noMatch={et('noMatch')}
        placeholder={et('placePlaceholder')}
      />
      <FieldProblems id={`${id}-problems`} {...problems} />
      <CityForm index={index} />
    </div>
  );
}

const PROBLEM_TEXT: Record<CityProblem['field'], Record<CityProblem['kind'], EditorMessageKey>> = {
  name: { missing: 'cityNameMissing', notNumber: 'cityNameMissing', outOfRange: 'cityNameMissing' },
  latitude: { missing: 'latitudeMissing', notNumber: 'latitudeNotNumber', outOfRange: 'latitudeOutOfRange' },
  longitude: { missing: 'longitudeMissing', notNumber: 'longitudeNotNumber', outOfRange: 'longitudeOutOfRange' },
};

/** "A city with its coordinates": its name in each language of the story, latitude and longitude; Enter or the button adds it. */
function CityForm({ index }: { readonly index: number }) {
  const { draft, apply, t: et, language } = useEditor();
  const formId = useId();
  const locales = draft.story.locales.length > 0 ? draft.story.locales : [language];
  const [name, setName] = useState<DraftText>({});
  const [latitude, setLatitude] = useState('');
  const [longitude, setLongitude] = useState('');
  const [problems, setProblems] = useState<readonly CityProblem[]>([]);
  const [added, setAdded] = useState('');
  const inputId = (field: string) => `${formId}-${field}`;
  const problemOf = (field: CityProblem['field']) => problems.find((p) => p.field === field);
  const message = (problem: CityProblem) =>
    et(PROBLEM_TEXT[problem.field][problem.kind], {
      language: languageName(locales[0] ?? language, language),
      typed: problem.field === 'latitude' ? latitude.trim() : longitude.trim(),
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const reading = readCityEntry({ name, latitude, longitude }, locales[0] ?? language);
    if (!reading.ok) {
      setProblems(reading.problems);
      setAdded('');
      const first = reading.problems[0];
      if (first) {
        const target = first.field === 'name' ? `name-${locales[0] ?? language}` : first.field;
        document.getElementById(inputId(target))?.focus();
      }
      return;
    }
    apply((d) => addCityToEvent(d, index, { name: reading.name, point: reading.point }));
    setProblems([]);
    setName({});
    setLatitude('');
    setLongitude('');
    setAdded(et('cityAdded', { name: draftTextIn(reading.name, language) }));
  };

  const field = (
    key: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
    problem: CityProblem | undefined,
    extra: { lang?: string; inputMode?: 'decimal' } = {},
  ) => (
    <div className="ed-field" key={key}>
      <label htmlFor={inputId(key)}>{label}</label>
      <input
        id={inputId(key)}
        type="text"
        autoComplete="off"
        value={value}
        lang={extra.lang}
        inputMode={extra.inputMode}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${inputId(key)}-problem` : `${formId}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem && (
        <p className="ed-field-problems is-error" id={`${inputId(key)}-problem`}>
          {message(problem)}
        </p>
      )}
    </div>
  );

  return (
    <details className="ed-more ed-city">
      <summary>{et('cityHeading')}</summary>
      <form noValidate onSubmit={submit} aria-label={et('cityHeading')}>
        {locales.map((locale, i) =>
          field(
            `name-${locale}`,
            `${et('cityName')} (${languageName(locale, language)})`,
            name[locale] ?? '',
            (v) => setName((n) => ({ ...n, [locale]: v })),
            i === 0 ? problemOf('name') : undefined,
            { lang: locale },
          ),
        )}
        <div className="ed-city-point">
          {field('latitude', et('cityLatitude'), latitude, setLatitude, problemOf('latitude'), {
            inputMode: 'decimal',
          })}
          {field('longitude', et('cityLongitude'), longitude, setLongitude, problemOf('longitude'), {
            inputMode: 'decimal',
          })}
        </div>
        <p className="ed-hint" id={`${formId}-hint`}>
          {et('cityHint')}
        </p>
        <p className="ed-actions">
          <button type="submit">{et('cityAdd')}</button>
        </p>
        <p className="ed-hint" role="status">
          {added}
        </p>
      </form>
    </details>
  );
}
