/**
 * The editor's words for drafting a story from an article and reviewing
 * what the extractor proposes, in English; part of the editor's words.
 */

/** The English words of drafting from an article, by key. */
export const reviewEn = {
  fromArticle: 'Draft from article',
  fromArticleHint:
    'Paste a news article in Indonesian or English: Linimasa proposes its events, each tied to its sentence, for you to accept, edit or reject.',
  articleHeading: 'Draft a story from an article',
  articleIntro:
    'The article is read in this browser; nothing is sent anywhere. Page furniture (related headlines, “Baca juga”, bylines) yields no event.',
  articleText: 'Article text',
  articleTextHint: 'Paste the article, or open a .txt or .html file.',
  articleOpenFile: 'Open a .txt or .html file…',
  articleFileFailed: '{name} could not be read: {reason}.',
  articlePublished: 'Publication date',
  articlePublishedHint:
    'As year-month-day, such as 2022-07-01. “Last week”, “on Sunday” and the like are dated from this day.',
  articlePublishedMissing: 'Give the publication date as year-month-day, such as 2022-07-01.',
  articleLanguage: 'Language of the article',
  articleLanguageGuessed: 'Guessed from the text: {language}. Change it if the guess is wrong.',
  articlePublisher: 'Publisher',
  articlePublisherHint: 'Who published the article, such as Republika; needed before publishing.',
  articleHeadline: 'Headline',
  articleTextMissing: 'Paste the article’s text or open its file first.',
  articleDraft: 'Draft the story',
  articleReading: 'Reading the article…',
  articleFailed: 'The article could not be drafted: {message}',
  articleCancel: 'Back',
  articleLoading: 'Opening…',
  partReview: 'Proposals ({count})',
  reviewHeading: 'Proposals from the article',
  reviewSummary:
    '{count, plural, one {# proposal} other {# proposals}}: {accepted} accepted, {pending} to review, {rejected} rejected, {merged} merged.',
  reviewNone: 'The article gave no events to propose. Pick sentences from its text to add events yourself.',
  acceptAllReady: 'Accept all with a date and an actor ({count})',
  translationsMissing:
    '{count, plural, one {# text} other {# texts}} of the story still to write in {languages}: the viewer shows them in the article’s language until then.',
  acceptedAll: '{count, plural, one {# proposal} other {# proposals}} accepted as events.',
  reviewList: 'Proposals',
  status_pending: 'to review',
  status_accepted: 'accepted',
  status_rejected: 'rejected',
  status_merged: 'merged',
  proposalItem: '{title}, {date}, {status}',
  proposalDate: 'Date',
  proposalDateText: 'Date as the text words it: “{text}”',
  proposalBasis_stated: 'Stated in the text',
  proposalBasis_relative: 'Worked out from the publication date, {published}',
  proposalActors: 'Who acts',
  proposalRecipients: 'Towards whom',
  proposalNobody: 'none found',
  proposalType: 'Type',
  typeNeeded: 'Type needed',
  proposalTitle: 'Title ({language})',
  titleMissing: 'missing: to translate',
  proposalCues: 'Why',
  cue_date: 'date phrase',
  cue_verb: 'verb',
  cue_actor: 'actor',
  cue_recipient: 'recipient',
  proposalEvidence: 'Evidence in the source text',
  evidenceText: 'Source text, evidence marked',
  accept: 'Accept',
  editProposal: 'Edit in the event form',
  reject: 'Reject',
  restore: 'Restore',
  mergeWith: 'Merge with',
  merge: 'Merge',
  acceptedAs: 'Accepted as event {n}.',
  openEvent: 'Open event {n}',
  mergedInto: 'Merged into “{title}”.',
  rejectedNote: 'Rejected: it will not become an event.',
  proposalAccepted: 'Accepted: {title}',
  proposalRejected: 'Rejected: {title}',
  proposalMerged: 'Merged into: {title}',
};

/** A key of the words of drafting from an article. */
export type ReviewMessageKey = keyof typeof reviewEn;
