/**
 * An event's date: typed as EDTF (`2022-06`, `1997?`, `2022-06-20/2022-06-26`)
 * with a live reading in the interface language, or as the source words it
 * ("19 Februari 2026", "pekan lalu", "yesterday", "Sunday"), resolved against
 * the source's publication day to the EDTF date that is stored, the phrase
 * kept as the date's wording and the basis marked stated or relative. Then the wording in each language
 * and the basis, which the person may always set themselves.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import { formatDateSpan, formatInstant } from '@/domain/dates/format-date';
import { parseEdtfDate } from '@/domain/dates/edtf';
import { EDTF_DAY_PATTERN } from '@/domain/dates/plain-dates';
import type { DateBasis } from '@/domain/dataset/model';
import { updateEvent } from '@/domain/draft/draft-commands';
import {
  applyDateEntry,
  dateEntryText,
  publicationSourceOf,
  readDateEntry,
  type DateEntry,
} from '@/domain/draft/date-entry';
import type { DraftEvent } from '@/domain/draft/draft-model';
import { loadEdtfGrammar } from '@/data/edtf-grammar-loader';
import { useT } from '@/store/use-t';
import { useEditor } from '@/views/editor/editor-context';
import { FieldProblems, LocalizedFields, useDescribedBy, useEntryText } from '@/views/editor/fields';

const BASES: readonly DateBasis[] = ['stated', 'relative', 'external'];

function sameDate(a: DraftEvent, b: DraftEvent): boolean {
  return a.date === b.date && a.dateBasis === b.dateBasis && JSON.stringify(a.dateText) === JSON.stringify(b.dateText);
}

/** The date, its wording and its basis, for the event at `index`. */
export function DateFields({ event, index }: { readonly event: DraftEvent; readonly index: number }) {
  const { draft, apply, t: et, language } = useEditor();
  const t = useT();
  const source = publicationSourceOf(draft, event);
  const published = source && EDTF_DAY_PATTERN.test(source.published) ? source.published : null;
  const wordingLanguage = source?.language || draft.story.locales[0] || language;
  const read = (text: string) => readDateEntry(text, published, source?.language);
  const path = `events[${index}].date`;
  const [text, setText] = useEntryText(
    event,
    (e) => dateEntryText(e, published, wordingLanguage),
    (typed, e) => sameDate(applyDateEntry(e, read(typed), wordingLanguage), e),
  );
  const [, setGrammarLoaded] = useState(false);
  const entry = read(text);
  const needsGrammar = entry.kind === 'needs-grammar';
  // Applies the typed text again with what is current when the grammar arrives, not what was when it was asked for.
  const applyWithGrammar = useEffectEvent((typed: string) => {
    setGrammarLoaded(true);
    apply((d) => updateEvent(d, index, (ev) => applyDateEntry(ev, read(typed), wordingLanguage)), path);
  });
  useEffect(() => {
    // A date beyond plain years, months and days reads once the EDTF grammar is here; it is then applied again.
    if (!needsGrammar) return;
    let current = true;
    void loadEdtfGrammar().then(() => {
      if (current) applyWithGrammar(text);
    });
    return () => {
      current = false;
    };
  }, [needsGrammar, text]);

  const { id, problems, describedBy, invalid } = useDescribedBy(path, undefined, true);
  const words = { approximate: t('approximate'), before: t('dateUntil'), after: t('dateFrom') };
  const publishedText = () => {
    const day = published ? parseEdtfDate(published) : null;
    return day?.ok ? formatInstant(day.span.earliest, 'day', language) : '';
  };
  const reading = (e: DateEntry): string => {
    switch (e.kind) {
      case 'edtf':
        return et('dateReading', { reading: formatDateSpan(e.span, language, words) });
      case 'phrase':
        return et(e.basis === 'stated' ? 'datePhraseStated' : 'datePhraseReading', {
          phrase: e.phrase,
          reading: formatDateSpan(e.span, language, words),
          published: publishedText(),
          date: e.date,
        });
      case 'needs-grammar':
        return et('dateReadingWait');
      case 'unknown':
        return published ? et('dateUnknown') : et('dateUnknownNoSource');
      default:
        return published ? et('dateHint') : et('dateHintNoSource');
    }
  };
  const basisName = `basis-${index}`;
  return (
    <div className="ed-date">
      <div className="ed-field">
        <label htmlFor={id}>{et('fieldDate')}</label>
        <input
          id={id}
          type="text"
          data-path={path}
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => {
            const typed = e.target.value;
            setText(typed);
            apply((d) => updateEvent(d, index, (ev) => applyDateEntry(ev, read(typed), wordingLanguage)), path);
          }}
        />
        <p className="ed-hint ed-date-reading" id={`${id}-hint`}>
          {reading(entry)}
        </p>
        <FieldProblems id={`${id}-problems`} {...problems} />
      </div>
      <LocalizedFields draftPath={['events', index, 'dateText']} label={et('fieldDateText')} value={event.dateText} />
      <fieldset className="ed-radios" data-group={`events[${index}].dateBasis`}>
        <legend>{et('fieldDateBasis')}</legend>
        {BASES.map((basis, i) => (
          <label key={basis}>
            <input
              type="radio"
              name={basisName}
              value={basis}
              data-path={i === 0 ? `events[${index}].dateBasis` : undefined}
              checked={event.dateBasis === basis}
              onChange={() => apply((d) => updateEvent(d, index, (ev) => ({ ...ev, dateBasis: basis })))}
            />{' '}
            {et(`basis_${basis}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
