/**
 * The sources of the story: add one, fill in its details and its text, and
 * pick evidence from the text for a new event or for the event being edited.
 */
import { useState, type ReactNode } from 'react';
import { addSource } from '@/domain/draft/draft-commands';
import { draftTextIn } from '@/domain/draft/draft-model';
import type { TextSpan } from '@/domain/draft/evidence-selection';
import { useEditor, useFieldProblems } from '@/views/editor/editor-context';
import { FieldProblems } from '@/views/editor/fields';
import { SourceDetails } from '@/views/editor/source-details';
import { SentenceList, WordsArea } from '@/views/editor/source-text';

/** A span picked in one source's text. */
export interface SourcePick {
  readonly sourceId: string;
  readonly span: TextSpan;
}

/** The source pane. `tools` is where helpers that work on a source's text (drafting events from it) go. */
export function SourcePane({
  sourceIndex,
  onSourceIndex,
  pick,
  onPick,
  eventIndex,
  onNewEvent,
  onAddEvidence,
  tools,
}: {
  readonly sourceIndex: number;
  readonly onSourceIndex: (index: number) => void;
  readonly pick: SourcePick | null;
  readonly onPick: (pick: SourcePick | null) => void;
  /** The event being edited, which "Add as evidence" adds to; null for none. */
  readonly eventIndex: number | null;
  readonly onNewEvent: (pick: SourcePick) => void;
  readonly onAddEvidence: (pick: SourcePick, eventIndex: number) => void;
  readonly tools?: ReactNode;
}) {
  const { draft, apply, t, language } = useEditor();
  const [mode, setMode] = useState<'sentences' | 'words'>('sentences');
  // A source's details start open unless it was complete when the editor opened; then they stay as
  // the person leaves them (by index: an id may change as its publisher is typed).
  const [details, setDetails] = useState<Record<number, boolean>>({});
  const [completeAtStart] = useState(
    () => new Set(draft.sources.flatMap((s, i) => (s.text !== null && s.publisher !== '' ? [i] : []))),
  );
  const problems = useFieldProblems('sources');
  const index = Math.min(sourceIndex, draft.sources.length - 1);
  const source = index >= 0 ? draft.sources[index] : undefined;
  const add = () => {
    const n = draft.sources.length + 1;
    const taken = new Set(draft.sources.map((s) => s.id));
    let id = `source-${n}`;
    for (let k = n + 1; taken.has(id); k += 1) id = `source-${k}`;
    apply((d) =>
      addSource(d, {
        id,
        publisher: '',
        title: {},
        url: '',
        published: '',
        language: draft.story.locales[0] ?? language,
        via: '',
        text: null,
        textPath: '',
      }),
    );
    onSourceIndex(draft.sources.length);
  };
  const sourceName = (i: number) => {
    const s = draft.sources[i];
    return s ? [s.publisher || s.id, s.published].filter(Boolean).join(', ') : '';
  };
  const picked = pick && source && pick.sourceId === source.id ? pick.span : null;
  const event = eventIndex === null ? undefined : draft.events[eventIndex];
  const quoted =
    event && source
      ? event.evidence
          .filter((e) => e.source === source.id && e.start !== undefined && e.end !== undefined)
          .map((e) => ({ start: e.start ?? 0, end: e.end ?? 0, quote: e.quote }))
      : [];
  const detailsOpen = source ? (details[index] ?? !completeAtStart.has(index)) : false;
  return (
    <section className="ed-pane ed-source-pane" aria-labelledby="ed-sources-heading">
      <div className="ed-pane-header">
        <h2 id="ed-sources-heading" tabIndex={-1} data-group="sources">
          {t('sourcesHeading')}
        </h2>
        <button type="button" onClick={add}>
          {t('addSource')}
        </button>
      </div>
      <FieldProblems
        id="ed-sources-problems"
        errors={problems.errors.filter((p) => p.path === 'sources')}
        warnings={[]}
      />
      {draft.sources.length === 0 && <p className="ed-hint">{t('sourcesNone')}</p>}
      {draft.sources.length > 1 && (
        <div className="ed-field">
          <label htmlFor="ed-source-choice">{t('sourceChoice')}</label>
          <select id="ed-source-choice" value={index} onChange={(e) => onSourceIndex(Number(e.target.value))}>
            {draft.sources.map((s, i) => (
              <option key={i} value={i}>
                {sourceName(i)}
              </option>
            ))}
          </select>
        </div>
      )}
      {source && (
        <>
          <details
            className="ed-details"
            open={detailsOpen}
            onToggle={(e) => {
              const open = (e.currentTarget as HTMLDetailsElement).open;
              if (open !== detailsOpen) setDetails((d) => ({ ...d, [index]: open }));
            }}
          >
            <summary>{t('sourceDetails', { name: sourceName(index) || t('sourceUnnamed') })}</summary>
            <SourceDetails source={source} index={index} onRemoved={() => onSourceIndex(Math.max(0, index - 1))} />
          </details>
          {tools}
          {source.text !== null && (
            <div className="ed-pick-area">
              <fieldset className="ed-radios ed-pick-mode">
                <legend>{t('pickBy')}</legend>
                <label>
                  <input
                    type="radio"
                    name="ed-pick-mode"
                    checked={mode === 'sentences'}
                    onChange={() => setMode('sentences')}
                  />{' '}
                  {t('pickSentences')}
                </label>
                <label>
                  <input
                    type="radio"
                    name="ed-pick-mode"
                    checked={mode === 'words'}
                    onChange={() => setMode('words')}
                  />{' '}
                  {t('pickWords')}
                </label>
              </fieldset>
              {mode === 'sentences' ? (
                <SentenceList
                  text={source.text}
                  language={source.language || 'und'}
                  label={t('sentencesLabel', { name: sourceName(index) || t('sourceUnnamed') })}
                  pick={picked}
                  quoted={quoted}
                  onPick={(span) => onPick({ sourceId: source.id, span })}
                />
              ) : (
                <WordsArea
                  text={source.text}
                  language={source.language || 'und'}
                  label={t('wordsLabel', { name: sourceName(index) || t('sourceUnnamed') })}
                  hint={t('wordsHint')}
                  pick={picked}
                  onPick={(span) => onPick(span ? { sourceId: source.id, span } : null)}
                />
              )}
              <div className="ed-pick-bar">
                <p aria-live="polite" className="ed-pick-quote">
                  {picked ? (
                    <>
                      {t('picked', { start: picked.start, end: picked.end })}{' '}
                      <q lang={source.language || undefined} dir="auto">
                        {picked.quote}
                      </q>
                    </>
                  ) : (
                    t('pickHint')
                  )}
                </p>
                <div className="ed-actions">
                  <button type="button" disabled={!picked} onClick={() => pick && onNewEvent(pick)}>
                    {t('newEventFromPick')}
                  </button>
                  <button
                    type="button"
                    disabled={!picked || eventIndex === null || !event}
                    onClick={() => pick && eventIndex !== null && onAddEvidence(pick, eventIndex)}
                  >
                    {event && eventIndex !== null
                      ? t('addEvidenceTo', {
                          n: eventIndex + 1,
                          title: draftTextIn(event.title, language) || t('untitled'),
                        })
                      : t('addEvidenceNoEvent')}
                  </button>
                </div>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
