/**
 * The draft story an article starts: the article as its one source, with
 * the text exactly as the extractor read it (so every proposal's offsets
 * point into the source's text), its publisher, headline, day and language;
 * the story written in the article's language first, with the other
 * language of the interface beside it, and titled by the headline. Its
 * events come later, as the person accepts proposals (accept-proposals.ts).
 */
import { storyIdFromTitle } from '@/domain/draft/draft-commands';
import { createEmptyDraft, type Draft, type DraftSource } from '@/domain/draft/draft-model';
import type { ExtractionDraft } from '@/domain/extract/proposal-model';
import { createReview, type Review } from '@/domain/review/review-model';

/** What the person said about the article besides its text, day and language. */
export interface ArticleDetails {
  /** Who published it ("Republika"); may be empty, and is then asked for before publishing. */
  readonly publisher: string;
  /** Its headline; may be empty. */
  readonly headline: string;
}

/** The languages the story is written in: the article's first, then English and Indonesian, each once. */
function storyLocales(language: string): string[] {
  return [...new Set([language, 'id', 'en'])];
}

/** A source id from the publisher and the day (`republika-2022-07-01`), else `article`. */
function sourceIdOf(publisher: string, published: string): string {
  return storyIdFromTitle(`${publisher} ${published}`) ?? storyIdFromTitle(published) ?? 'article';
}

/** A new draft `draftId` holding the article of `extraction` as its source, and the review of its proposals. */
export function draftFromArticle(
  extraction: ExtractionDraft,
  details: ArticleDetails,
  draftId: string,
): { draft: Draft; review: Review } {
  const publisher = details.publisher.trim();
  const headline = details.headline.trim();
  const language = extraction.language;
  const source: DraftSource = {
    id: sourceIdOf(publisher, extraction.published),
    publisher,
    title: headline === '' ? {} : { [language]: headline },
    url: '',
    published: extraction.published,
    language,
    via: '',
    text: extraction.text,
    textPath: '',
  };
  const empty = createEmptyDraft(draftId, storyLocales(language));
  const title = headline || [publisher, extraction.published].filter(Boolean).join(', ');
  const draft: Draft = {
    ...empty,
    story: {
      ...empty.story,
      id: storyIdFromTitle(title) ?? empty.story.id,
      title: title === '' ? {} : { [language]: title },
    },
    sources: [source],
  };
  return { draft, review: createReview(extraction, source.id) };
}
