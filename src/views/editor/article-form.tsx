/**
 * "Draft from article": the article's text (pasted, or a .txt or .html file
 * turned into text), its publication day, its language (guessed from the
 * text until the person chooses), publisher and headline; one button sends
 * it to the extractor's worker, which is started as the form opens so the
 * first article is read at full speed.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { EDTF_DAY_PATTERN } from '@/domain/dates/plain-dates';
import type { ArticleLanguage } from '@/domain/extract/proposal-model';
import { guessArticleLanguage } from '@/domain/extract/guess-language';
import { htmlToText, isHtmlFile } from '@/domain/import/html-to-text';
import { draftFromArticle } from '@/domain/review/article-draft';
import type { Draft } from '@/domain/draft/draft-model';
import type { Review } from '@/domain/review/review-model';
import { newDraftId } from '@/data/drafts/draft-session';
import { extractInWorker, prepareExtractWorker } from '@/data/extract-client';
import { FileButton } from '@/components/file-button';
import { languageName } from '@/views/editor/fields';
import type { EditorT } from '@/views/editor/use-editor-t';

const LANGUAGES: readonly ArticleLanguage[] = ['id', 'en'];

/** The form; `onDrafted` gets the new draft, the article its one source, and the review of what the extractor proposed. */
export function ArticleForm({
  t,
  language,
  onDrafted,
  onCancel,
}: {
  readonly t: EditorT;
  /** The interface language, for names of languages. */
  readonly language: string;
  readonly onDrafted: (started: { readonly draft: Draft; readonly review: Review }) => void;
  readonly onCancel: () => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [chosenLanguage, setChosenLanguage] = useState<ArticleLanguage | null>(null);
  const [publisher, setPublisher] = useState('');
  const [headline, setHeadline] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const aborter = useRef<AbortController | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    void prepareExtractWorker();
    return () => aborter.current?.abort();
  }, []);

  const guessed = text.trim() === '' ? null : guessArticleLanguage(text);
  const articleLanguage: ArticleLanguage = chosenLanguage ?? guessed ?? (language === 'en' ? 'en' : 'id');
  const dayOk = EDTF_DAY_PATTERN.test(published.trim());

  const onFile = async (file: File) => {
    try {
      const content = await file.text();
      setText(isHtmlFile(file.name, content) ? htmlToText(content) : content);
      setProblem(null);
    } catch (error) {
      setProblem(t('articleFileFailed', { name: file.name, reason: (error as Error).message }));
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') return setProblem(t('articleTextMissing'));
    if (!dayOk) return setProblem(t('articlePublishedMissing'));
    setProblem(null);
    setReading(true);
    aborter.current?.abort();
    const controller = new AbortController();
    aborter.current = controller;
    try {
      const extraction = await extractInWorker(text, {
        published: published.trim(),
        language: articleLanguage,
        signal: controller.signal,
      });
      onDrafted(draftFromArticle(extraction, { publisher, headline }, newDraftId()));
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      setProblem(t('articleFailed', { message: (error as Error).message }));
      setReading(false);
    }
  };

  return (
    <form className="ed-start ed-article-form" onSubmit={(e) => void submit(e)} aria-busy={reading}>
      <h1 ref={heading} tabIndex={-1}>
        {t('articleHeading')}
      </h1>
      <p>{t('articleIntro')}</p>
      <div className="ed-field">
        <label htmlFor={`${id}-text`}>{t('articleText')}</label>
        <textarea
          id={`${id}-text`}
          rows={12}
          value={text}
          aria-describedby={`${id}-text-hint`}
          lang={articleLanguage}
          dir="auto"
          onChange={(e) => setText(e.target.value)}
        />
        <p className="ed-hint" id={`${id}-text-hint`}>
          {t('articleTextHint')}
        </p>
        <div>
          <FileButton label={t('articleOpenFile')} accept=".txt,.html,.htm,text/plain,text/html" onFile={onFile} />
        </div>
      </div>
      <div className="ed-article-meta">
        <div className="ed-field">
          <label htmlFor={`${id}-published`}>{t('articlePublished')}</label>
          <input
            id={`${id}-published`}
            value={published}
            placeholder="2022-07-01"
            inputMode="numeric"
            autoComplete="off"
            aria-describedby={`${id}-published-hint`}
            aria-invalid={published.trim() !== '' && !dayOk ? true : undefined}
            onChange={(e) => setPublished(e.target.value)}
          />
          <p className="ed-hint" id={`${id}-published-hint`}>
            {t('articlePublishedHint')}
          </p>
        </div>
        <div className="ed-field">
          <label htmlFor={`${id}-language`}>{t('articleLanguage')}</label>
          <select
            id={`${id}-language`}
            value={articleLanguage}
            aria-describedby={guessed && chosenLanguage === null ? `${id}-language-hint` : undefined}
            onChange={(e) => setChosenLanguage(e.target.value as ArticleLanguage)}
          >
            {LANGUAGES.map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag, language)}
              </option>
            ))}
          </select>
          {guessed && chosenLanguage === null && (
            <p className="ed-hint" id={`${id}-language-hint`}>
              {t('articleLanguageGuessed', { language: languageName(guessed, language) })}
            </p>
          )}
        </div>
        <div className="ed-field">
          <label htmlFor={`${id}-publisher`}>{t('articlePublisher')}</label>
          <input
            id={`${id}-publisher`}
            value={publisher}
            autoComplete="off"
            aria-describedby={`${id}-publisher-hint`}
            onChange={(e) => setPublisher(e.target.value)}
          />
          <p className="ed-hint" id={`${id}-publisher-hint`}>
            {t('articlePublisherHint')}
          </p>
        </div>
        <div className="ed-field">
          <label htmlFor={`${id}-headline`}>{t('articleHeadline')}</label>
          <input
            id={`${id}-headline`}
            value={headline}
            autoComplete="off"
            lang={articleLanguage}
            dir="auto"
            onChange={(e) => setHeadline(e.target.value)}
          />
        </div>
      </div>
      {problem && (
        <p className="ed-field-problems is-error" role="alert">
          {problem}
        </p>
      )}
      <div className="ed-actions">
        <button type="submit" disabled={reading}>
          {t('articleDraft')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('articleCancel')}
        </button>
      </div>
      <p role="status" className="ed-hint">
        {reading ? t('articleReading') : ''}
      </p>
    </form>
  );
}
