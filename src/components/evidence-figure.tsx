import { formatInstant } from '@/domain/dates/format-date';
import { parseEdtfDate } from '@/domain/dates/edtf';
import type { Dataset, Evidence, Source, TimelineEvent } from '@/domain/dataset/model';
import type { EventText } from '@/components/use-event-text';
import type { Translate } from '@/store/use-t';

/** The day a source was published, formatted, e.g. `1 Juli 2022`. */
function publishedText(source: Source, language: string): string {
  const parsed = parseEdtfDate(source.published);
  return parsed.ok ? formatInstant(parsed.span.earliest, parsed.span.precision, language) : source.published;
}

/** Consecutive evidence from one source, cited once. */
export interface EvidenceGroup {
  readonly source: Source | undefined;
  readonly sourceId: string;
  readonly items: readonly { readonly evidence: Evidence; readonly index: number }[];
}

/** The event's evidence in runs from one source, each item with its index in the event's evidence. */
export function groupBySource(evidence: readonly Evidence[], sources: ReadonlyMap<string, Source>): EvidenceGroup[] {
  const groups: { source: Source | undefined; sourceId: string; items: { evidence: Evidence; index: number }[] }[] = [];
  evidence.forEach((ev, index) => {
    const last = groups[groups.length - 1];
    if (last && last.sourceId === ev.source) last.items.push({ evidence: ev, index });
    else groups.push({ source: sources.get(ev.source), sourceId: ev.source, items: [{ evidence: ev, index }] });
  });
  return groups;
}

/** The quoted sentences of one source with "Show in article" for each, and the source cited once below them. */
export function EvidenceFigure({
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

/** The event's evidence, one figure per source, each sentence with "Show in article" when its source text is at hand. */
export function EventEvidence({
  dataset,
  event,
  text,
  t,
  onShow,
}: {
  readonly dataset: Dataset;
  readonly event: TimelineEvent;
  readonly text: EventText;
  readonly t: Translate;
  readonly onShow: (eventId: string, evidenceIndex: number) => void;
}) {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return groupBySource(event.evidence, sources).map((group) => (
    <EvidenceFigure
      key={group.items[0]?.index}
      group={group}
      event={event}
      text={text}
      t={t}
      hasText={(ev) => dataset.sourceTexts.has(ev.source) && ev.start !== undefined}
      onShow={onShow}
    />
  ));
}
