import type { EventFilter } from '@/domain/search/event-filter';
import type { FacetCounts } from '@/domain/search/facet-counts';
import type { EventType, QuadClass } from '@/domain/dataset/model';
import { formatCount } from '@/domain/i18n/count-format';
import { useAppActions } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { formatUrlInstant, parseUrlInstant } from '@/store/url-state';
import { QUAD_COLOURS } from '@/viz/quad-colours';
import { DAY_MS } from '@/domain/dates/day';

const OPEN_START = -8.64e15;
const OPEN_END = 8.64e15;

/** " (12)" after a value, or nothing while its count is not known yet. */
function countLabel(count: number | undefined, language: string): string {
  return count === undefined ? '' : ` (${formatCount(language, count)})`;
}

/** The filter bar's "Types and dates" panel: quad classes and event types to keep, with their counts, and a date range. */
export function FilterMore({
  filter,
  counts,
  presentQuads,
  presentTypes,
  language,
}: {
  readonly filter: EventFilter;
  readonly counts: FacetCounts;
  /** The quad classes and types the dataset has, in their order. */
  readonly presentQuads: readonly QuadClass[];
  readonly presentTypes: readonly EventType[];
  readonly language: string;
}) {
  const t = useT();
  const actions = useAppActions();
  const [from, to] = filter.dateRange ?? [OPEN_START, OPEN_END];
  const setDate = (side: 'from' | 'to', value: string) => {
    const ms = value ? parseUrlInstant(value) : null;
    const next: [number, number] =
      side === 'from' ? [ms ?? OPEN_START, to] : [from, ms === null ? OPEN_END : ms + DAY_MS - 1];
    actions.setDateRange(next[0] === OPEN_START && next[1] === OPEN_END ? null : next);
  };
  return (
    <div id="filter-more" className="filter-more">
      <fieldset>
        <legend>{t('filterQuads')}</legend>
        {presentQuads.map((q) => (
          <label key={q} className="check">
            <input type="checkbox" checked={filter.quads.includes(q)} onChange={() => actions.toggleQuadFilter(q)} />
            <span className="swatch" style={{ background: QUAD_COLOURS[q] }} aria-hidden="true" /> {t(`quad_${q}`)}
            {countLabel(counts.quads.get(q), language)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterTypes')}</legend>
        {presentTypes.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={filter.types.includes(type)}
              onChange={() => actions.toggleTypeFilter(type)}
            />
            {t(`type_${type}`)}
            {countLabel(counts.types.get(type), language)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterDates')}</legend>
        <label className="date-field">
          {t('filterFrom')}
          <input
            type="date"
            value={from > OPEN_START ? formatUrlInstant(from).slice(0, 10) : ''}
            onChange={(e) => setDate('from', e.target.value)}
          />
        </label>
        <label className="date-field">
          {t('filterTo')}
          <input
            type="date"
            value={to < OPEN_END ? formatUrlInstant(to - DAY_MS + 1).slice(0, 10) : ''}
            onChange={(e) => setDate('to', e.target.value)}
          />
        </label>
      </fieldset>
    </div>
  );
}
