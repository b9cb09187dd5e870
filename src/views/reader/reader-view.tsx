import { useEffect, useRef } from 'react';
import { formatInstant } from '@/domain/dates/format-date';
import { parseEdtfDate } from '@/domain/dates/edtf';
import type { Dataset } from '@/domain/dataset/model';
import { selectReaderFocus } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { selectLanguage } from '@/store/selectors';

/**
 * The source reader: a modal dialog with the source's full text and the
 * evidence highlighted and scrolled into view. Text is rendered as text only.
 */
export function ReaderView({ dataset }: { readonly dataset: Dataset }) {
  const t = useT();
  const language = useAppStore(selectLanguage);
  const focus = useAppStore(selectReaderFocus);
  const { closeReader } = useAppActions();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);

  const event = focus ? dataset.events.find((e) => e.id === focus.eventId) : undefined;
  const evidence = event?.evidence[focus?.evidenceIndex ?? -1];
  const source = evidence ? dataset.sources.find((s) => s.id === evidence.source) : undefined;
  const body = source ? dataset.sourceTexts.get(source.id) : undefined;
  const open = Boolean(focus);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    if (open) markRef.current?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }, [open, focus]);

  const start = evidence?.start ?? 0;
  const end = evidence?.end ?? 0;
  const published = source ? parseEdtfDate(source.published) : null;
  return (
    <dialog
      ref={dialogRef}
      className="reader"
      aria-labelledby="reader-heading"
      onClose={() => {
        closeReader();
        if (opener.current instanceof HTMLElement) opener.current.focus();
      }}
    >
      <div className="reader-header">
        <h2 id="reader-heading">
          {t('readerHeading')}
          {source && `: ${source.publisher}`}
        </h2>
        <button type="button" onClick={() => closeReader()} autoFocus>
          {t('readerClose')}
        </button>
      </div>
      {source && (
        <p className="reader-attribution">
          {t('readerAttribution', {
            publisher: source.publisher + (source.via ? ` (${t('evidenceVia', { via: source.via })})` : ''),
            date: published?.ok ? formatInstant(published.span.earliest, 'day', language) : source.published,
          })}
        </p>
      )}
      {body !== undefined && evidence?.start !== undefined ? (
        <div
          className="reader-text"
          lang={source?.language}
          tabIndex={0}
          role="document"
          aria-label={t('readerHeading')}
        >
          {body.slice(0, start)}
          <mark ref={markRef}>{body.slice(start, end)}</mark>
          {body.slice(end)}
        </div>
      ) : (
        open && <p>{t('readerNoText')}</p>
      )}
    </dialog>
  );
}
