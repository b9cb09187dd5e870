/**
 * The pickers of an event's form: its PLOVER type (searchable, each type
 * with its quad class and a one-line meaning) and its actors or recipients
 * (chosen from the story's actors, or created on the spot).
 */
import { ACTOR_KINDS, EVENT_TYPES, type ActorKind, type EventType } from '@/domain/dataset/model';
import { quadClassOf } from '@/domain/dataset/quad';
import { addActor, setEventActor, updateEvent } from '@/domain/draft/draft-commands';
import { draftTextIn, type DraftEvent } from '@/domain/draft/draft-model';
import { normalizeSearchText, searchTerms } from '@/domain/search/search-text';
import { Icon } from '@/components/icon';
import { useT } from '@/store/use-t';
import { QUAD_COLOURS } from '@/viz/quad-colours';
import { Combobox, type ComboOption } from '@/views/editor/combobox';
import { useEditor } from '@/views/editor/editor-context';
import { FieldProblems, useDescribedBy } from '@/views/editor/fields';

function matches(query: string, haystack: string): boolean {
  const text = normalizeSearchText(haystack);
  return searchTerms(query).every((term) => text.includes(term));
}

/** The options that match `query`, those whose label starts with it first, then those whose label holds it, then the rest. */
export function rank(
  options: readonly ComboOption[],
  query: string,
  haystack: (option: ComboOption) => string,
): ComboOption[] {
  const wanted = normalizeSearchText(query);
  const score = (option: ComboOption) => {
    const label = normalizeSearchText(option.label);
    return label.startsWith(wanted) ? 0 : label.includes(wanted) ? 1 : 2;
  };
  return options
    .filter((option) => matches(query, haystack(option)))
    .map((option, i) => ({ option, i, score: score(option) }))
    .sort((a, b) => a.score - b.score || a.i - b.i)
    .map(({ option }) => option);
}

/** The event type picker: type "sanc" or "conflict" or "blame" to narrow the sixteen PLOVER types and STATEMENT. */
export function TypePicker({ event, index }: { readonly event: DraftEvent; readonly index: number }) {
  const { apply, t: et } = useEditor();
  const t = useT();
  const path = `events[${index}].type`;
  const { id, problems, describedBy, invalid } = useDescribedBy(path, undefined, true);
  const describe = (type: EventType) => {
    const quad = quadClassOf(type);
    return {
      label: t(`type_${type}`),
      detail: `${t(`quad_${quad}`)}: ${et(`meaning_${type}`)}`,
      quad,
    };
  };
  const options: ComboOption[] = EVENT_TYPES.map((type) => {
    const { label, detail, quad } = describe(type);
    return {
      id: type,
      label,
      detail,
      mark: <span className="swatch" aria-hidden="true" style={{ background: QUAD_COLOURS[quad] }} />,
    };
  });
  const current = event.type === '' ? null : describe(event.type);
  return (
    <div className="ed-field">
      <Combobox
        id={id}
        label={et('fieldType')}
        text={current ? `${current.label} (${t(`quad_${quadClassOf(event.type as EventType)}`)})` : ''}
        placeholder={et('typePlaceholder')}
        search={(query) => rank(options, query, (o) => `${o.id} ${o.label} ${o.detail}`)}
        onPick={(option) => apply((d) => updateEvent(d, index, (e) => ({ ...e, type: option.id as EventType })))}
        path={path}
        describedBy={describedBy}
        invalid={invalid}
        noMatch={et('noMatch')}
      />
      <p className="ed-hint" id={`${id}-hint`}>
        {current ? current.detail : et('typeHint')}
      </p>
      <FieldProblems id={`${id}-problems`} {...problems} />
    </div>
  );
}

/** Who acts, or towards whom: the chosen actors as removable chips, and a picker to add one or create one. */
export function ActorListPicker({
  event,
  index,
  list,
}: {
  readonly event: DraftEvent;
  readonly index: number;
  readonly list: 'actors' | 'recipients';
}) {
  const { draft, apply, t: et, language } = useEditor();
  const t = useT();
  const path = `events[${index}].${list}`;
  const { id, problems, describedBy, invalid } = useDescribedBy(path, undefined, false);
  const locale = draft.story.locales[0] ?? language;
  const nameOf = (actorId: string) => {
    const actor = draft.actors.find((a) => a.id === actorId);
    return actor ? draftTextIn(actor.name, language) || actor.id : actorId;
  };
  const label = list === 'actors' ? et('fieldActors') : et('fieldRecipients');
  const search = (query: string): ComboOption[] => {
    const chosen = new Set(event[list]);
    const found = rank(
      draft.actors
        .filter((a) => !chosen.has(a.id))
        .map((a) => ({
          id: `actor:${a.id}`,
          label: draftTextIn(a.name, language) || a.id,
          detail: [t(`kind_${a.kind}`), draftTextIn(a.role, language)].filter(Boolean).join(', '),
        })),
      query,
      (o) => `${o.label} ${o.detail} ${o.id}`,
    );
    const name = query.trim();
    const exists = draft.actors.some((a) =>
      Object.values(a.name).some((n) => normalizeSearchText(n) === normalizeSearchText(name)),
    );
    if (name === '' || exists) return found;
    return [
      ...found,
      ...ACTOR_KINDS.map((kind) => ({
        id: `new:${kind}:${name}`,
        label: et('createActor', { kind: t(`kind_${kind}`), name }),
      })),
    ];
  };
  return (
    <div className="ed-field">
      <div className="ed-chips" role="group" aria-label={label} data-group={path}>
        {event[list].length === 0 ? (
          <span className="ed-hint">{list === 'actors' ? et('noActorsYet') : et('noRecipients')}</span>
        ) : (
          event[list].map((actorId) => (
            <span className="ed-chip" key={actorId}>
              {nameOf(actorId)}
              <button
                type="button"
                aria-label={et('removeFromList', { name: nameOf(actorId), list: label })}
                onClick={() => apply((d) => setEventActor(d, index, list, actorId, false))}
              >
                <Icon name="close" />
              </button>
            </span>
          ))
        )}
      </div>
      <Combobox
        id={id}
        label={list === 'actors' ? et('addActor') : et('addRecipient')}
        text=""
        search={search}
        onPick={(option) => {
          if (option.id.startsWith('actor:')) {
            const actorId = option.id.slice('actor:'.length);
            apply((d) => setEventActor(d, index, list, actorId, true));
            return;
          }
          const [, kind, name] = /^new:([a-z]+):(.*)$/s.exec(option.id) ?? [];
          apply((d) => {
            const added = addActor(d, name ?? '', locale, kind as ActorKind);
            return setEventActor(added.draft, index, list, added.actor.id, true);
          });
        }}
        path={path}
        describedBy={describedBy}
        invalid={invalid}
        noMatch={et('noMatch')}
        placeholder={et('actorPlaceholder')}
      />
      <FieldProblems id={`${id}-problems`} {...problems} />
    </div>
  );
}
