import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { isFilterEmpty, type EventFilter } from '@/domain/search/event-filter';
import { countByFacet, type FacetCounts } from '@/domain/search/facet-counts';
import { EVENT_TYPES, QUAD_CLASSES, type Dataset } from '@/domain/dataset/model';
import { formatCount } from '@/domain/i18n/count-format';
import { useAfterPaint } from '@/components/use-after-paint';
import { useEventText } from '@/components/use-event-text';
import { useFilteredEvents, usePreparedSearchIndex } from '@/components/use-filtered-events';
import { datasetModel } from '@/data/dataset-model';
import { selectFilter } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { formatUrlInstant } from '@/store/url-state';
import { FilterChip } from '@/views/filters/filter-chip';
import { DAY_MS } from '@/domain/dates/day';

const OPEN_START = -8.64e15;
const OPEN_END = 8.64e15;

// "Types and dates" opens a panel most visits never open: its code is fetched when it is.
const FilterMore = lazy(() => import('@/views/filters/filter-more').then((m) => ({ default: m.FilterMore })));

/** Counts not known yet: shown as none until the deferred count arrives. */
const NO_COUNTS: FacetCounts = { actors: new Map(), types: new Map(), quads: new Map() };

/** " (12)" after a value, or nothing while its count is not known yet. */
function countLabel(count: number | undefined, language: string): string {
  return count === undefined ? '' : ` (${formatCount(language, count)})`;
}

/** One filter for every view: search, actors, types, quad classes and dates, with removable chips. */
export function FilterBar({ dataset }: { readonly dataset: Dataset }) {
  const t = useT();
  const text = useEventText(dataset);
  const filter = useAppStore(selectFilter);
  const filtered = useFilteredEvents(dataset);
  const actions = useAppActions();
  const [moreOpen, setMoreOpen] = useState(false);
  usePreparedSearchIndex(dataset);
  // The counts on the chips follow a moment after the events themselves (and after the first drawing).
  const countedFilter = useDeferredValue<EventFilter | null>(useAfterPaint(filter), null);
  const counts = useMemo(
    () => (countedFilter ? countByFacet(dataset, datasetModel(dataset).searchIndex, countedFilter) : NO_COUNTS),
    [dataset, countedFilter],
  );
  const presentTypes = useMemo(
    () => EVENT_TYPES.filter((type) => dataset.events.some((e) => e.type === type)),
    [dataset],
  );
  const presentQuads = useMemo(() => QUAD_CLASSES.filter((q) => dataset.events.some((e) => e.quad === q)), [dataset]);
  // Thousands of actors are sorted and listed in the render after the first: the page is drawn first.
  const listActors = useDeferredValue(true, false);
  const actorsByName = useMemo(() => {
    if (!listActors) return [];
    const collator = new Intl.Collator(text.language);
    return dataset.actors
      .map((actor) => ({ actor, name: text.text(actor.name) }))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(({ actor }) => actor);
  }, [dataset, text, listActors]);
  // Thousands of options: rebuilt only when names, counts or chosen actors change, not on every keystroke.
  const chosen = filter.actorIds;
  const actorOptions = useMemo(
    () =>
      actorsByName.map((a) => (
        <option key={a.id} value={a.id} disabled={chosen.includes(a.id)}>
          {`${text.text(a.name)}${countLabel(counts.actors.get(a.id), text.language)}`}
        </option>
      )),
    [actorsByName, chosen, counts, text],
  );
  const [from, to] = filter.dateRange ?? [OPEN_START, OPEN_END];
  const dateChip =
    filter.dateRange &&
    [from > OPEN_START ? formatUrlInstant(from) : '…', to < OPEN_END ? formatUrlInstant(to - DAY_MS + 1) : '…'].join(
      ' – ',
    );
  const empty = isFilterEmpty(filter);
  const removeLabel = (label: string) => t('removeFilter', { what: label });

  return (
    <section className="filter-bar" aria-label={t('filtersHeading')}>
      <div className="filter-controls">
        <label className="search-field">
          <span className="visually-hidden">{t('searchLabel')}</span>
          <input
            type="search"
            value={filter.query}
            placeholder={t('searchPlaceholder')}
            aria-label={t('searchLabel')}
            onChange={(e) => actions.setQuery(e.target.value)}
          />
        </label>
        <label className="select-field">
          <span>{t('filterActor')}</span>
          <select
            value=""
            onChange={(e) => {
              if (e.target.value) actions.toggleActorFilter(e.target.value);
            }}
          >
            <option value="">{t('filterActorPick')}</option>
            {actorOptions}
          </select>
        </label>
        <button
          type="button"
          aria-expanded={moreOpen}
          aria-controls="filter-more"
          onClick={() => setMoreOpen(!moreOpen)}
        >
          {t('filterMore')}
        </button>
      </div>
      {moreOpen && (
        <Suspense fallback={null}>
          <FilterMore
            filter={filter}
            counts={counts}
            presentQuads={presentQuads}
            presentTypes={presentTypes}
            language={text.language}
          />
        </Suspense>
      )}
      <div className="filter-status">
        <p role="status" className="filter-count">
          {empty
            ? t('showingAll', { total: dataset.events.length })
            : t('showingSome', { count: filtered.length, total: dataset.events.length })}
        </p>
        {!empty && (
          <ul className="chips" aria-label={t('activeFilters')}>
            {filter.query && (
              <FilterChip
                label={`${t('chipSearch')}: “${filter.query}”`}
                removeLabel={removeLabel}
                onRemove={() => actions.setQuery('')}
              />
            )}
            {filter.actorIds.map((id) => (
              <FilterChip
                key={id}
                label={`${text.actorName(id)}${countLabel(counts.actors.get(id), text.language)}`}
                removeLabel={removeLabel}
                onRemove={() => actions.toggleActorFilter(id)}
              />
            ))}
            {filter.quads.map((q) => (
              <FilterChip
                key={q}
                label={`${t(`quad_${q}`)}${countLabel(counts.quads.get(q), text.language)}`}
                removeLabel={removeLabel}
                onRemove={() => actions.toggleQuadFilter(q)}
              />
            ))}
            {filter.types.map((type) => (
              <FilterChip
                key={type}
                label={`${t(`type_${type}`)}${countLabel(counts.types.get(type), text.language)}`}
                removeLabel={removeLabel}
                onRemove={() => actions.toggleTypeFilter(type)}
              />
            ))}
            {dateChip && (
              <FilterChip
                label={`${t('filterDates')}: ${dateChip}`}
                removeLabel={removeLabel}
                onRemove={() => actions.setDateRange(null)}
              />
            )}
            <li>
              <button type="button" className="chip chip-clear" onClick={() => actions.clearFilters()}>
                {t('clearFilters')}
              </button>
            </li>
          </ul>
        )}
      </div>
      {!empty && filtered.length === 0 && (
        <p className="empty-result" role="alert">
          {t('noMatches')}{' '}
          <button type="button" onClick={() => actions.clearFilters()}>
            {t('clearFilters')}
          </button>
        </p>
      )}
    </section>
  );
}
