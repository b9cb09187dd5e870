/**
 * The form of one actor: its name in each language, kind, role, country,
 * whom it acts for and its Wikidata item; merging it into another actor
 * (its events move over), and deleting it, which first says which events
 * lose it.
 */
import { useState } from 'react';
import { ACTOR_KINDS, type ActorKind } from '@/domain/dataset/model';
import { WIKIDATA_PATTERN } from '@/domain/dataset/schema-fields';
import { eventsUsingActor, mergeActors, removeActor, renameActor } from '@/domain/draft/actor-merge';
import { setIn } from '@/domain/draft/draft-commands';
import { draftTextIn, type DraftActor } from '@/domain/draft/draft-model';
import { useT } from '@/store/use-t';
import { useEditor } from '@/views/editor/editor-context';
import { DraftTextField, FieldProblems, LocalizedFields, TextField, useDescribedBy } from '@/views/editor/fields';

function SelectField({
  path,
  label,
  value,
  options,
  onChange,
}: {
  readonly path: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}) {
  const { id, problems, describedBy, invalid } = useDescribedBy(path, undefined, false);
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-path={path}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldProblems id={`${id}-problems`} {...problems} />
    </div>
  );
}

/** The form of the actor at `index`; `onGone` is told when it was merged away or deleted, with the actor to show next. */
export function ActorForm({
  actor,
  index,
  onGone,
}: {
  readonly actor: DraftActor;
  readonly index: number;
  readonly onGone: (nextActorId: string | null) => void;
}) {
  const { draft, apply, t: et, language } = useEditor();
  const t = useT();
  const [mergeInto, setMergeInto] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const name = draftTextIn(actor.name, language) || actor.id;
  const others = draft.actors.filter((a) => a.id !== actor.id);
  const uses = eventsUsingActor(draft, actor.id);
  const eventTitle = (i: number) => {
    const event = draft.events[i];
    return event ? draftTextIn(event.title, language) || event.id : '';
  };
  const remove = () => {
    apply((d) => removeActor(d, actor.id));
    setConfirmDelete(false);
    onGone(null);
  };
  const wikidata = WIKIDATA_PATTERN.test(actor.wikidata) ? actor.wikidata : null;
  return (
    <div className="ed-actor-form">
      <LocalizedFields draftPath={['actors', index, 'name']} label={et('fieldName')} value={actor.name} />
      <SelectField
        path={`actors[${index}].kind`}
        label={et('fieldKind')}
        value={actor.kind}
        options={ACTOR_KINDS.map((kind) => ({ value: kind, label: t(`kind_${kind}`) }))}
        onChange={(kind) => apply((d) => setIn(d, ['actors', index, 'kind'], kind as ActorKind))}
      />
      <LocalizedFields draftPath={['actors', index, 'role']} label={et('fieldRole')} value={actor.role} />
      <DraftTextField
        draftPath={['actors', index, 'country']}
        label={et('fieldCountry')}
        value={actor.country}
        hint={et('countryHint')}
      />
      <SelectField
        path={`actors[${index}].affiliation`}
        label={et('fieldActsFor')}
        value={actor.affiliation}
        options={[
          { value: '', label: et('actsForNobody') },
          ...others.map((a) => ({ value: a.id, label: draftTextIn(a.name, language) || a.id })),
        ]}
        onChange={(id) => apply((d) => setIn(d, ['actors', index, 'affiliation'], id))}
      />
      <DraftTextField
        draftPath={['actors', index, 'wikidata']}
        label={et('fieldWikidata')}
        value={actor.wikidata}
        hint={
          wikidata ? (
            <a href={`https://www.wikidata.org/wiki/${wikidata}`} target="_blank" rel="noopener noreferrer">
              {et('wikidataOpen', { id: wikidata })}
            </a>
          ) : (
            et('wikidataHint')
          )
        }
      />
      <TextField
        path={`actors[${index}].id`}
        label={et('fieldId')}
        value={actor.id}
        hint={et('actorIdHint')}
        onChange={(id) => apply((d) => renameActor(d, actor.id, id), `actors[${index}].id`)}
      />
      {others.length > 0 && (
        <div className="ed-merge" role="group" aria-label={et('mergeHeading', { name })}>
          <div className="ed-field">
            <label htmlFor={`merge-${index}`}>{et('mergeInto', { name })}</label>
            <select id={`merge-${index}`} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
              <option value="">{et('mergeChoose')}</option>
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {draftTextIn(a.name, language) || a.id}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={mergeInto === ''}
            onClick={() => {
              apply((d) => mergeActors(d, mergeInto, actor.id));
              onGone(mergeInto);
              setMergeInto('');
            }}
          >
            {et('mergeButton', { count: uses.length })}
          </button>
        </div>
      )}
      <div className="ed-actions">
        {!confirmDelete ? (
          <button
            type="button"
            className="ed-danger"
            onClick={() => (uses.length === 0 ? remove() : setConfirmDelete(true))}
          >
            {et('deleteActor', { name })}
          </button>
        ) : (
          <div className="ed-confirm" role="alert">
            <p>{et('deleteActorUses', { name, count: uses.length })}</p>
            <ul>
              {uses.map((use) => (
                <li key={use.eventIndex}>
                  {eventTitle(use.eventIndex)} ({et(`actorUse_${use.as}`)})
                </li>
              ))}
            </ul>
            <button type="button" className="ed-danger" onClick={remove}>
              {et('deleteActorConfirm', { name, count: uses.length })}
            </button>{' '}
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {et('cancel')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
