import type { DatasetProblems } from '@/domain/dataset/model';
import type { Translate } from '@/store/use-t';

/** The most problems listed; the rest are counted. */
const MAX_LISTED_ERRORS = 20;

/** Why the dataset is not shown: the problems that stop it, each at its path, or why it could not be had at all. */
export function LoadError({
  problems,
  error,
  t,
  onRetry,
  onBack,
}: {
  readonly problems: DatasetProblems | null;
  readonly error: Error | null;
  readonly t: Translate;
  readonly onRetry: () => void;
  readonly onBack?: () => void;
}) {
  const count = problems ? problems.problems.length + problems.truncated : 0;
  return (
    <section className="load-error" role="alert" aria-labelledby="load-error-heading">
      <h2 id="load-error-heading">{t('loadFailedTitle')}</h2>
      {problems ? (
        <>
          <p>{t('datasetErrorsTitle', { count })}</p>
          <ol className="issue-list">
            {problems.problems.slice(0, MAX_LISTED_ERRORS).map((issue, i) => (
              <li key={i}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ol>
          {count > MAX_LISTED_ERRORS && <p>{t('datasetErrorsMore', { count: count - MAX_LISTED_ERRORS })}</p>}
        </>
      ) : (
        <p>{t('loadFailedNetwork', { reason: error?.message ?? '' })}</p>
      )}
      <p className="load-error-actions">
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>{' '}
        {onBack && (
          <>
            <button type="button" onClick={onBack}>
              {t('backToPrevious')}
            </button>{' '}
          </>
        )}
        <a href={window.location.pathname}>{t('openBundled')}</a>
      </p>
    </section>
  );
}
