/**
 * The proposals drafted from an article, for the person to decide on: a list
 * in time order with where each stands, "accept all with a date and an
 * actor", and for the chosen one its details and evidence with accept,
 * edit (accepted, then opened in the event form), merge and reject. An
 * acceptance is a draft change like any other: saved, and undone with Undo.
 */
import { useEffect, useRef, useState } from 'react';
import type { Draft } from '@/domain/draft/draft-model';
import { missingTranslations } from '@/domain/draft/missing-translations';
import { acceptProposals } from '@/domain/review/accept-proposals';
import {
  followSource,
  isReadyToAccept,
  markAccepted,
  mergeProposals,
  rejectProposal,
  restoreProposal,
  statusOf,
  type Review,
  type ReviewItem,
  type ReviewStatus,
} from '@/domain/review/review-model';
import { useEditor } from '@/views/editor/editor-context';
import { languageName } from '@/views/editor/fields';
import { ProposalDetails, useDateReading } from '@/views/editor/proposal-details';

/** The review part; `onEdit` opens the draft event with the given id in the event form. */
export function ReviewPart({
  review: given,
  onReview,
  onEdit,
}: {
  readonly review: Review;
  readonly onReview: (review: Review) => void;
  readonly onEdit: (eventId: string) => void;
}) {
  const { draft, apply, t, language } = useEditor();
  const readDate = useDateReading();
  const review = followSource(given, draft);
  const [selected, setSelected] = useState<string | null>(review.items[0]?.proposal.id ?? null);
  const [mergeTarget, setMergeTarget] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const focusDetail = useRef(false);
  // Opened as the draft is made, the form that had the focus is gone: the focus comes to the proposals.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) heading.current?.focus();
  }, []);
  useEffect(() => {
    if (!focusDetail.current) return;
    focusDetail.current = false;
    detailHeading.current?.focus();
  });

  const status = (item: ReviewItem): ReviewStatus => statusOf(item, draft);
  const count = (s: ReviewStatus) => review.items.filter((i) => status(i) === s).length;
  const item = review.items.find((i) => i.proposal.id === selected) ?? review.items[0];
  const titleOf = (i: ReviewItem | undefined) => i?.proposal.title || i?.proposal.evidence[0]?.quote || '';
  const ready = review.items.filter((i) => status(i) === 'pending' && isReadyToAccept(i.proposal));

  /** Accepts proposals `ids`; returns the draft event ids they became. */
  const accept = (ids: readonly string[]): Record<string, string> => {
    let events: Record<string, string> = {};
    apply((d: Draft) => {
      const result = acceptProposals(d, review, ids);
      events = { ...result.events };
      return result.draft;
    });
    onReview(markAccepted(review, events));
    return events;
  };
  /** Chooses the next proposal still to review after `from` (else the first), with the focus kept on the actions. */
  const next = (from: string) => {
    const at = review.items.findIndex((i) => i.proposal.id === from);
    const after = [...review.items.slice(at + 1), ...review.items.slice(0, at)];
    const pending = after.find((i) => status(i) === 'pending' && i.proposal.id !== from);
    if (pending) setSelected(pending.proposal.id);
    else focusDetail.current = true;
  };

  if (review.items.length === 0) return <p>{t('reviewNone')}</p>;
  const current = item as ReviewItem;
  const currentStatus = status(current);
  const id = current.proposal.id;
  const eventNumber = (eventId: string | null) => draft.events.findIndex((e) => e.id === eventId) + 1;
  const mergeable = review.items.filter((i) => i.proposal.id !== id && status(i) === 'pending');
  const missing = missingTranslations(draft);
  const missingIn = [...new Set(missing.map((m) => languageName(m.locale, language)))].join(', ');
  const target = mergeable.find((i) => i.proposal.id === mergeTarget) ?? mergeable[0];
  return (
    <section className="ed-review" aria-labelledby="ed-review-heading">
      <h3 id="ed-review-heading" ref={heading} tabIndex={-1}>
        {t('reviewHeading')}
      </h3>
      <p>
        {t('reviewSummary', {
          count: review.items.length,
          accepted: count('accepted'),
          pending: count('pending'),
          rejected: count('rejected'),
          merged: count('merged'),
        })}
      </p>
      {missing.length > 0 && (
        <p className="ed-hint">{t('translationsMissing', { count: missing.length, languages: missingIn })}</p>
      )}
      <div className="ed-actions">
        <button
          type="button"
          disabled={ready.length === 0}
          onClick={() => {
            const events = accept(ready.map((i) => i.proposal.id));
            setAnnouncement(t('acceptedAll', { count: Object.keys(events).length }));
          }}
        >
          {t('acceptAllReady', { count: ready.length })}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="ed-review-layout">
        <ol className="ed-review-list" aria-label={t('reviewList')}>
          {review.items.map((i) => {
            const s = status(i);
            const date = readDate(i.proposal.date) ?? i.proposal.date;
            return (
              <li key={i.proposal.id} className={`is-${s}`}>
                <button
                  type="button"
                  aria-current={i === current ? 'true' : undefined}
                  onClick={() => setSelected(i.proposal.id)}
                >
                  {t('proposalItem', { title: titleOf(i), date, status: t(`status_${s}`) })}
                </button>
              </li>
            );
          })}
        </ol>
        <div className="ed-review-detail">
          <h4 ref={detailHeading} tabIndex={-1} lang={review.extraction.language}>
            {titleOf(current)}
          </h4>
          <p className={`ed-review-status is-${currentStatus}`}>
            {currentStatus === 'accepted'
              ? t('acceptedAs', { n: eventNumber(current.event) })
              : currentStatus === 'rejected'
                ? t('rejectedNote')
                : current.set?.kind === 'merged'
                  ? t('mergedInto', {
                      title: titleOf(
                        review.items.find((i) => i.proposal.id === (current.set as { into: string }).into),
                      ),
                    })
                  : t(`status_${currentStatus}`)}
          </p>
          <div className="ed-actions">
            {currentStatus === 'pending' && (
              <>
                <button
                  type="button"
                  onClick={() => {
                    accept([id]);
                    setAnnouncement(t('proposalAccepted', { title: titleOf(current) }));
                    next(id);
                  }}
                >
                  {t('accept')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    const events = accept([id]);
                    const eventId = events[id];
                    if (eventId) onEdit(eventId);
                  }}
                >
                  {t('editProposal')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    onReview(rejectProposal(review, id));
                    setAnnouncement(t('proposalRejected', { title: titleOf(current) }));
                    next(id);
                  }}
                >
                  {t('reject')}
                </button>
              </>
            )}
            {currentStatus === 'accepted' && (
              <button type="button" onClick={() => current.event && onEdit(current.event)}>
                {t('openEvent', { n: eventNumber(current.event) })}
              </button>
            )}
            {currentStatus === 'rejected' && (
              <button type="button" onClick={() => onReview(restoreProposal(review, id))}>
                {t('restore')}
              </button>
            )}
          </div>
          {currentStatus === 'pending' && target && (
            <div className="ed-field ed-merge">
              <label htmlFor="ed-merge-target">{t('mergeWith')}</label>
              <div className="ed-actions">
                <select
                  id="ed-merge-target"
                  value={target.proposal.id}
                  onChange={(e) => setMergeTarget(e.target.value)}
                >
                  {mergeable.map((i) => (
                    <option key={i.proposal.id} value={i.proposal.id}>
                      {`${titleOf(i)} (${readDate(i.proposal.date) ?? i.proposal.date})`}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  onClick={() => {
                    onReview(mergeProposals(review, id, target.proposal.id));
                    setAnnouncement(t('proposalMerged', { title: titleOf(target) }));
                    setSelected(target.proposal.id);
                  }}
                >
                  {t('merge')}
                </button>
              </div>
            </div>
          )}
          <ProposalDetails review={review} proposal={current.proposal} />
        </div>
      </div>
    </section>
  );
}
