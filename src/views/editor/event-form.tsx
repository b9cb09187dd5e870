/**
 * The form of one event: its title, date, type, actors, places, summary, the quotes
 * it rests on and its labels, each field beside the problems the parser
 * finds in it.
 */
import { removeEvent, removeEvidence } from '@/domain/draft/draft-commands';
import type { DraftEvent } from '@/domain/draft/draft-model';
import type { TextSpan } from '@/domain/draft/evidence-selection';
import { useEditor } from '@/views/editor/editor-context';
import { DateFields } from '@/views/editor/date-fields';
import { DraftTextField, FieldProblems, LocalizedFields, useDescribedBy } from '@/views/editor/fields';
import { ListField } from '@/views/editor/list-field';
import { ActorListPicker, TypePicker } from '@/views/editor/pickers';
import { PlacesPicker } from '@/views/editor/place-picker';

/** The quotes an event rests on, each with the way to see it in its source or to remove it. */
function EvidenceList({
  event,
  index,
  onShow,
}: {
  readonly event: DraftEvent;
  readonly index: number;
  readonly onShow: (sourceId: string, span: TextSpan) => void;
}) {
  const { draft, apply, t } = useEditor();
  const path = `events[${index}].evidence`;
  const { id, problems } = useDescribedBy(path, undefined, false);
  return (
    <section className="ed-evidence" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} tabIndex={-1} data-group={path}>
        {t('evidenceHeading', { count: event.evidence.length })}
      </h4>
      {event.evidence.length === 0 && <p className="ed-hint">{t('evidenceNone')}</p>}
      <ol>
        {event.evidence.map((evidence, k) => {
          const source = draft.sources.find((s) => s.id === evidence.source);
          const itemPath = `${path}[${k}]`;
          return (
            <li key={k} data-group={itemPath} tabIndex={-1}>
              <blockquote lang={source?.language} dir="auto">
                {evidence.quote}
              </blockquote>
              <p className="ed-hint">
                {t('evidenceWhere', {
                  source: source ? source.publisher || source.id : evidence.source,
                  start: evidence.start ?? '–',
                  end: evidence.end ?? '–',
                })}
              </p>
              <div className="ed-actions">
                {source && evidence.start !== undefined && evidence.end !== undefined && (
                  <button
                    type="button"
                    onClick={() =>
                      onShow(source.id, { start: evidence.start ?? 0, end: evidence.end ?? 0, quote: evidence.quote })
                    }
                  >
                    {t('evidenceShow', { n: k + 1 })}
                  </button>
                )}
                <button type="button" onClick={() => apply((d) => removeEvidence(d, index, k))}>
                  {t('evidenceRemove', { n: k + 1 })}
                </button>
              </div>
              <FieldProblems
                id={`${id}-${k}-problems`}
                errors={problems.errors.filter((p) => p.path.startsWith(itemPath))}
                warnings={problems.warnings.filter((p) => p.path.startsWith(itemPath))}
              />
            </li>
          );
        })}
      </ol>
      <FieldProblems
        id={`${id}-problems`}
        errors={problems.errors.filter((p) => p.path === path)}
        warnings={problems.warnings.filter((p) => p.path === path)}
      />
    </section>
  );
}

/** The form of the event at `index`. */
export function EventForm({
  event,
  index,
  onShowEvidence,
  onDeleted,
}: {
  readonly event: DraftEvent;
  readonly index: number;
  readonly onShowEvidence: (sourceId: string, span: TextSpan) => void;
  readonly onDeleted: () => void;
}) {
  const { apply, t } = useEditor();
  return (
    <div className="ed-event-form">
      <LocalizedFields draftPath={['events', index, 'title']} label={t('fieldTitle')} value={event.title} />
      <DateFields event={event} index={index} />
      <TypePicker event={event} index={index} />
      <ActorListPicker event={event} index={index} list="actors" />
      <ActorListPicker event={event} index={index} list="recipients" />
      <PlacesPicker event={event} index={index} />
      <LocalizedFields
        draftPath={['events', index, 'summary']}
        label={t('fieldSummary')}
        value={event.summary}
        multiline
      />
      <EvidenceList event={event} index={index} onShow={onShowEvidence} />
      <ListField draftPath={['events', index, 'tags']} label={t('fieldTags')} value={event.tags} hint={t('listHint')} />
      <details className="ed-more">
        <summary>{t('moreFields')}</summary>
        <DraftTextField draftPath={['events', index, 'id']} label={t('fieldId')} value={event.id} hint={t('idHint')} />
        <DraftTextField draftPath={['events', index, 'mode']} label={t('fieldMode')} value={event.mode} />
        <ListField
          draftPath={['events', index, 'context']}
          label={t('fieldContext')}
          value={event.context}
          hint={t('contextHint')}
        />
      </details>
      <p className="ed-actions">
        <button
          type="button"
          className="ed-danger"
          onClick={() => {
            apply((d) => removeEvent(d, index));
            onDeleted();
          }}
        >
          {t('deleteEvent')}
        </button>
      </p>
    </div>
  );
}
