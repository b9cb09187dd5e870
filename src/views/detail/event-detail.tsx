import { useMemo } from 'react';
import { formatInstant } from '@/domain/dates/format-date';
import { parseEdtfDate } from '@/domain/dates/edtf';
import type { Dataset, Evidence, Source, TimelineEvent } from '@/domain/dataset/model';
import { useEventText, type EventText } from '@/components/use-event-text';
import { ActorButtons } from '@/views/detail/actor-buttons';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useAppActions } from '@/store/store-context';
import { useT, type Translate } from '@/store/use-t';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** The day a source was published, formatted, e.g. `1 Juli 2022`. */
function publishedText(source: Source, language: string): string {
  const parsed = parseEdtfDate(source.published);
  return parsed.ok ? formatInstant(parsed.span.earliest, parsed.span.precision, language) : source.published;
}

/** Consecutive evidence from one source, cited once. */
interface EvidenceGroup {
  readonly source: Source | undefined;
  readonly sourceId: string;
  readonly items: readonly { readonly evidence: Evidence; readonly index: number }[];
}

function groupBySource(evidence: readonly Evidence[], sources: ReadonlyMap<string, Source>): EvidenceGroup[] {
  const groups: { source: Source | undefined; sourceId: string; items: { evidence: Evidence; index: number }[] }[] = [];
  evidence.forEach((ev, index) => {
    const last = groups[groups.length - 1];
    if (last && last.sourceId === ev.source) last.items.push({ evidence: ev, index });
    else groups.push({ source: sources.get(ev.source), sourceId: ev.source, items: [{ evidence: ev, index }] });
  });
  return groups;
}

function EvidenceFigure({
  group,
  event,
  text,
  t,
  hasText,
  onShow,
}: {
  readonly group: EvidenceGroup;
  readonly event: TimelineEvent;
  readonly text: EventText;
  readonly t: Translate;
  readonly hasText: (evidence: Evidence) => boolean;
  readonly onShow: (eventId: string, index: number) => void;
}) {
  const { source } = group;
  return (
    <figure className="evidence">
      {group.items.map(({ evidence, index }) => (
        <div className="evidence-quote" key={index}>
          <blockquote lang={source?.language}>
            <p>{evidence.quote}</p>
          </blockquote>
          {hasText(evidence) && (
            <button type="button" className="show-in-article" onClick={() => onShow(event.id, index)}>
              {t('showInArticle')}
            </button>
          )}
        </div>
      ))}
      {source && (
        <figcaption>
          <cite>{t('evidenceFrom', { publisher: source.publisher, date: publishedText(source, text.language) })}</cite>
          {source.via && <span>, {t('evidenceVia', { via: source.via })}</span>}
          {source.title && <span className="source-title"> — {text.text(source.title)}</span>}
          {source.url && (
            <>
              {' · '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {t('openSource')}
              </a>
            </>
          )}
        </figcaption>
      )}
    </figure>
  );
}

/** Details of one event: what, when (as worded and normalised), who, and the source sentences. */
export function EventDetail({ dataset, event }: { readonly dataset: Dataset; readonly event: TimelineEvent }) {
  const t = useT();
  const text = useEventText(dataset);
  const events = useFilteredEvents(dataset);
  const { selectEvent, selectActor, openReader } = useAppActions();
  const index = useMemo(() => events.indexOf(event), [events, event]);
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset]);
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
      </dl>
      {event.summary && <p className="detail-summary">{text.text(event.summary)}</p>}
      {event.evidence.length > 0 && (
        <section aria-labelledby="evidence-heading">
          <h4 id="evidence-heading">{t('evidenceHeading')}</h4>
          {groupBySource(event.evidence, sources).map((group) => (
            <EvidenceFigure
              key={group.items[0]?.index}
              group={group}
              event={event}
              text={text}
              t={t}
              hasText={(ev) => dataset.sourceTexts.has(ev.source) && ev.start !== undefined}
              onShow={(eventId, evidenceIndex) => openReader({ eventId, evidenceIndex })}
            />
          ))}
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
