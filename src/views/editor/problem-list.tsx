/**
 * Every problem the parser finds in the draft, each a button that goes to
 * its field; errors stop publishing, warnings do not.
 */
import type { DatasetIssue } from '@/domain/dataset/model';
import { draftTextIn } from '@/domain/draft/draft-model';
import { placeOfPath } from '@/domain/draft/draft-paths';
import { useEditor } from '@/views/editor/editor-context';

/** Where a problem is, in words: "Event 2 (Putin warns…)", "Source 1", "Story". */
function usePlaceName(): (path: string) => string {
  const { draft, t, language } = useEditor();
  return (path) => {
    const { part, index } = placeOfPath(path);
    if (part === 'story') return t('placeStory');
    if (index < 0) return t(`place_${part}`);
    const n = index + 1;
    if (part === 'events') {
      const event = draft.events[index];
      return t('placeEvent', { n, title: event ? draftTextIn(event.title, language) || t('untitled') : '' });
    }
    if (part === 'actors') {
      const actor = draft.actors[index];
      return t('placeActor', { n, name: actor ? draftTextIn(actor.name, language) || actor.id : '' });
    }
    const source = draft.sources[index];
    return t('placeSource', { n, name: source?.publisher || source?.id || '' });
  };
}

function ProblemItems({
  issues,
  kind,
}: {
  readonly issues: readonly DatasetIssue[];
  readonly kind: 'error' | 'warning';
}) {
  const { goTo } = useEditor();
  const placeName = usePlaceName();
  return (
    <ol className={`ed-problem-list is-${kind}`}>
      {issues.map((issue, i) => (
        <li key={i}>
          <button type="button" className="link-button" onClick={() => goTo(issue.path)}>
            {placeName(issue.path)}: {issue.message}
          </button>{' '}
          <code>{issue.path}</code>
        </li>
      ))}
    </ol>
  );
}

/** The list of problems, with how many there are beyond those listed. */
export function ProblemList({ truncated }: { readonly truncated: number }) {
  const { errors, warnings, t } = useEditor();
  const count = errors.length + truncated;
  return (
    <section className="ed-problems" aria-labelledby="ed-problems-heading">
      <h2 id="ed-problems-heading" tabIndex={-1}>
        {count === 0 ? t('problemsNone') : t('problemsHeading', { count })}
      </h2>
      {count > 0 && <p className="ed-hint">{t('problemsHint')}</p>}
      <ProblemItems issues={errors} kind="error" />
      {truncated > 0 && <p>{t('problemsMore', { count: truncated })}</p>}
      {warnings.length > 0 && (
        <>
          <h3>{t('warningsHeading', { count: warnings.length })}</h3>
          <ProblemItems issues={warnings} kind="warning" />
        </>
      )}
    </section>
  );
}
