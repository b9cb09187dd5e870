/**
 * The events and the actors of the story: each a list to choose from, a
 * button to add one, and the form of the one chosen.
 */
import { addActor, addEvent } from '@/domain/draft/draft-commands';
import { draftTextIn } from '@/domain/draft/draft-model';
import { placeOfPath } from '@/domain/draft/draft-paths';
import type { TextSpan } from '@/domain/draft/evidence-selection';
import { useEditor } from '@/views/editor/editor-context';
import { ActorForm } from '@/views/editor/actor-form';
import { EventForm } from '@/views/editor/event-form';

/** How many errors sit at items of `part`, by index. */
function useErrorCounts(part: 'events' | 'actors'): Map<number, number> {
  const { errors } = useEditor();
  const counts = new Map<number, number>();
  for (const issue of errors) {
    const place = placeOfPath(issue.path);
    if (place.part === part && place.index >= 0) counts.set(place.index, (counts.get(place.index) ?? 0) + 1);
  }
  return counts;
}

/** A list of items to choose from, the chosen one marked as current. */
function ItemList({
  label,
  items,
  current,
  onChoose,
}: {
  readonly label: string;
  readonly items: readonly { readonly text: string; readonly problems: number }[];
  readonly current: number;
  readonly onChoose: (index: number) => void;
}) {
  const { t } = useEditor();
  return (
    <nav aria-label={label}>
      <ol className="ed-items">
        {items.map((item, i) => (
          <li key={i}>
            <button type="button" aria-current={i === current ? 'true' : undefined} onClick={() => onChoose(i)}>
              {item.text}
              {item.problems > 0 && <span className="ed-badge"> · {t('itemProblems', { count: item.problems })}</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The events: their list, "New event", and the chosen event's form. */
export function EventsPart({
  index,
  onIndex,
  onShowEvidence,
}: {
  readonly index: number;
  readonly onIndex: (index: number, focus?: boolean) => void;
  readonly onShowEvidence: (sourceId: string, span: TextSpan) => void;
}) {
  const { draft, apply, t, language } = useEditor();
  const counts = useErrorCounts('events');
  const event = draft.events[index];
  return (
    <div className="ed-part">
      <div className="ed-pane-header">
        <h3>{t('eventsListHeading', { count: draft.events.length })}</h3>
        <button
          type="button"
          onClick={() => {
            apply((d) => addEvent(d, null).draft);
            onIndex(draft.events.length, true);
          }}
        >
          {t('newEvent')}
        </button>
      </div>
      {draft.events.length === 0 && <p className="ed-hint">{t('eventsNone')}</p>}
      <ItemList
        label={t('eventsListHeading', { count: draft.events.length })}
        items={draft.events.map((e, i) => ({
          text: `${i + 1}. ${draftTextIn(e.title, language) || t('untitled')}${e.date ? ` (${e.date})` : ''}`,
          problems: counts.get(i) ?? 0,
        }))}
        current={index}
        onChoose={(i) => onIndex(i)}
      />
      {event && (
        <section className="ed-item" aria-labelledby="ed-event-heading">
          <h3 id="ed-event-heading" tabIndex={-1}>
            {t('eventHeading', { n: index + 1, count: draft.events.length })}
          </h3>
          <EventForm
            key={index}
            event={event}
            index={index}
            onShowEvidence={onShowEvidence}
            onDeleted={() => onIndex(Math.max(0, index - 1))}
          />
        </section>
      )}
    </div>
  );
}

/** The actors: their list, "New actor", and the chosen actor's form. */
export function ActorsPart({
  index,
  onIndex,
}: {
  readonly index: number;
  readonly onIndex: (index: number, focus?: boolean) => void;
}) {
  const { draft, apply, t, language } = useEditor();
  const counts = useErrorCounts('actors');
  const actor = draft.actors[index];
  return (
    <div className="ed-part">
      <div className="ed-pane-header">
        <h3>{t('actorsListHeading', { count: draft.actors.length })}</h3>
        <button
          type="button"
          onClick={() => {
            apply((d) => addActor(d, '', draft.story.locales[0] ?? language, 'person').draft);
            onIndex(draft.actors.length, true);
          }}
        >
          {t('newActor')}
        </button>
      </div>
      {draft.actors.length === 0 && <p className="ed-hint">{t('actorsNone')}</p>}
      <ItemList
        label={t('actorsListHeading', { count: draft.actors.length })}
        items={draft.actors.map((a, i) => ({
          text: `${draftTextIn(a.name, language) || a.id}`,
          problems: counts.get(i) ?? 0,
        }))}
        current={index}
        onChoose={(i) => onIndex(i)}
      />
      {actor && (
        <section className="ed-item" aria-labelledby="ed-actor-heading">
          <h3 id="ed-actor-heading" tabIndex={-1}>
            {t('actorHeading', { name: draftTextIn(actor.name, language) || actor.id })}
          </h3>
          <ActorForm
            key={index}
            actor={actor}
            index={index}
            onGone={(next) => {
              // The actor at `index` is gone, so those after it move up one.
              const kept = next === null ? -1 : draft.actors.findIndex((a) => a.id === next);
              onIndex(Math.max(0, kept < 0 ? index - 1 : kept - (index < kept ? 1 : 0)));
            }}
          />
        </section>
      )}
    </div>
  );
}
