/**
 * A source's details: publisher, headline, day of publication, address,
 * language, the agency it quotes, and its text, pasted or opened from a
 * file (an HTML page is turned into plain text). The text is fixed once an
 * event quotes it, since the quotes' offsets point into it.
 */
import { useState } from 'react';
import { FileButton } from '@/components/file-button';
import { htmlToText, isHtmlFile } from '@/domain/import/html-to-text';
import { eventsQuotingSource, removeSource, renameSource, setIn, updateSource } from '@/domain/draft/draft-commands';
import type { DraftSource } from '@/domain/draft/draft-model';
import { useEditor } from '@/views/editor/editor-context';
import { DraftTextField, LocalizedFields, TextField } from '@/views/editor/fields';

/** Languages offered for a source; any other BCP 47 tag can be typed. */
const COMMON_LANGUAGES = ['id', 'en', 'ms', 'jv', 'su', 'ar', 'zh', 'fr', 'de', 'es', 'ru', 'uk', 'he', 'ja', 'ko'];

/** The details of the source at `index`; `onRemoved` is told when it is removed. */
export function SourceDetails({
  source,
  index,
  onRemoved,
}: {
  readonly source: DraftSource;
  readonly index: number;
  readonly onRemoved: () => void;
}) {
  const { draft, apply, t } = useEditor();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const quotedBy = eventsQuotingSource(draft, source.id);
  const fixed = quotedBy.length > 0;
  const setText = (text: string) =>
    apply((d) => setIn(d, ['sources', index, 'text'], text === '' ? null : text), `sources[${index}].text`);
  const onFile = async (chosen: File) => {
    try {
      const content = await chosen.text();
      setText(isHtmlFile(chosen.name, content) ? htmlToText(content) : content);
      setFileProblem(null);
    } catch (error) {
      setFileProblem(t('sourceFileFailed', { name: chosen.name, reason: (error as Error).message }));
    }
  };
  const remove = () => {
    apply((d) => removeSource(d, source.id));
    setConfirmRemove(false);
    onRemoved();
  };
  return (
    <div className="ed-source-details">
      <TextField
        path={`sources[${index}].publisher`}
        label={t('fieldPublisher')}
        value={source.publisher}
        onChange={(publisher) =>
          apply((d) => updateSource(d, index, (s) => ({ ...s, publisher })), `sources[${index}].publisher`)
        }
      />
      <TextField
        path={`sources[${index}].published`}
        label={t('fieldPublished')}
        value={source.published}
        placeholder="2022-07-01"
        hint={t('publishedHint')}
        onChange={(published) =>
          apply((d) => updateSource(d, index, (s) => ({ ...s, published })), `sources[${index}].published`)
        }
      />
      <DraftTextField
        draftPath={['sources', index, 'language']}
        label={t('fieldLanguage')}
        value={source.language}
        hint={t('languageHint', { examples: COMMON_LANGUAGES.slice(0, 4).join(', ') })}
      />
      <LocalizedFields draftPath={['sources', index, 'title']} label={t('fieldHeadline')} value={source.title} />
      <DraftTextField
        draftPath={['sources', index, 'url']}
        label={t('fieldUrl')}
        value={source.url}
        type="url"
        hint={t('urlHint')}
      />
      <DraftTextField
        draftPath={['sources', index, 'via']}
        label={t('fieldVia')}
        value={source.via}
        hint={t('viaHint')}
      />
      <TextField
        path={`sources[${index}].text`}
        label={t('fieldSourceText')}
        value={source.text ?? ''}
        multiline
        className="ed-source-text-field"
        lang={source.language || undefined}
        readOnly={fixed}
        hint={fixed ? t('sourceTextFixed', { count: quotedBy.length }) : t('sourceTextHint')}
        onChange={setText}
      />
      {!fixed && (
        <p className="ed-actions">
          <FileButton
            label={t('sourceOpenFile')}
            accept=".txt,.text,.html,.htm,text/plain,text/html"
            onFile={(chosen) => void onFile(chosen)}
          />
        </p>
      )}
      {fileProblem && (
        <p className="ed-field-problems is-error" role="alert">
          {fileProblem}
        </p>
      )}
      <TextField
        path={`sources[${index}].id`}
        label={t('fieldId')}
        value={source.id}
        hint={t('sourceIdHint')}
        onChange={(id) => apply((d) => renameSource(d, source.id, id), `sources[${index}].id`)}
      />
      <div className="ed-actions">
        {!confirmRemove ? (
          <button type="button" className="ed-danger" onClick={() => (fixed ? setConfirmRemove(true) : remove())}>
            {t('removeSource')}
          </button>
        ) : (
          <div className="ed-confirm" role="alert">
            <p>{t('removeSourceUses', { count: quotedBy.length })}</p>
            <button type="button" className="ed-danger" onClick={remove}>
              {t('removeSourceConfirm', { count: quotedBy.length })}
            </button>{' '}
            <button type="button" onClick={() => setConfirmRemove(false)}>
              {t('cancel')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
