import { pickText } from '@/domain/dataset/localized-text';
import type { Dataset } from '@/domain/dataset/model';
import { useEventText } from '@/components/use-event-text';
import { usePrinting } from '@/components/use-printing';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useT } from '@/store/use-t';

/**
 * The printable handout: every (filtered) event with date, summary, quote and
 * source. It stays mounted but empty until the page is printed, so a large
 * dataset is not drawn a second time for paper.
 */
export function HandoutView({ dataset }: { readonly dataset: Dataset }) {
  const printing = usePrinting();
  return (
    <section className="handout" aria-hidden="true">
      {printing && <HandoutContent dataset={dataset} />}
    </section>
  );
}

function HandoutContent({ dataset }: { readonly dataset: Dataset }) {
  const t = useT();
  const text = useEventText(dataset);
  const events = useFilteredEvents(dataset);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const fallback = dataset.locales[0] ?? 'en';
  return (
    <>
      <h1>{pickText(dataset.title, text.language, fallback)}</h1>
      {dataset.description && <p>{pickText(dataset.description, text.language, fallback)}</p>}
      <ol>
        {events.map((e) => (
          <li key={e.id} className="handout-event">
            <h2>
              <span className="handout-date">{text.date(e)}</span> {text.text(e.title)}
            </h2>
            {e.summary && <p>{text.text(e.summary)}</p>}
            {e.evidence.map((ev, i) => {
              const source = sources.get(ev.source);
              return (
                <blockquote key={i} lang={source?.language}>
                  “{ev.quote}”{' '}
                  <cite>
                    — {source?.publisher}
                    {source?.via ? `, ${t('evidenceVia', { via: source.via })}` : ''}, {source?.published}
                  </cite>
                </blockquote>
              );
            })}
          </li>
        ))}
      </ol>
      {dataset.credit && (
        <p className="handout-credit">
          {t('footerCredit', { credit: pickText(dataset.credit, text.language, fallback) })} · Linimasa
        </p>
      )}
    </>
  );
}
