/**
 * Where writing starts: a new story, a copy of the story that is open (to
 * edit it), a draft kept in this browser, or a draft file from another
 * machine. `assistants` is where ways of starting from an article go.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { formatInstant } from '@/domain/dates/format-date';
import { draftTextIn } from '@/domain/draft/draft-model';
import { draftListQueryOptions } from '@/data/drafts/draft-list-query';
import { openDraftStorage } from '@/data/drafts/draft-storage';
import { FileButton } from '@/components/file-button';
import type { EditorT } from '@/views/editor/use-editor-t';

/** The start screen. `openStory` names the story that is open in the viewer, which "Edit this story" copies. */
export function StartScreen({
  t,
  language,
  openStory,
  problem,
  onNew,
  onEditOpenStory,
  onOpenDraft,
  onImport,
  assistants,
}: {
  readonly t: EditorT;
  readonly language: string;
  readonly openStory: string | null;
  /** Why the last attempt to start failed, or why drafts cannot be kept. */
  readonly problem: string | null;
  readonly onNew: () => void;
  readonly onEditOpenStory: () => void;
  readonly onOpenDraft: (id: string) => void;
  readonly onImport: (file: File) => void;
  readonly assistants?: ReactNode;
}) {
  const drafts = useQuery(draftListQueryOptions());
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<string | null>(null);
  const remove = async (id: string) => {
    await (await openDraftStorage()).remove(id);
    setDeleting(null);
    await queryClient.invalidateQueries({ queryKey: draftListQueryOptions().queryKey });
  };
  const when = (ms: number) =>
    `${formatInstant(ms, 'day', language)} ${new Date(ms).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' })}`;
  return (
    <div className="ed-start">
      <h1>{t('startHeading')}</h1>
      <p>{t('startIntro')}</p>
      {problem && (
        <p className="ed-field-problems is-error" role="alert">
          {problem}
        </p>
      )}
      <ul className="ed-start-options">
        <li>
          <button type="button" onClick={onNew}>
            {t('newStory')}
          </button>
          <p className="ed-hint">{t('newStoryHint')}</p>
        </li>
        {assistants}
        {openStory !== null && (
          <li>
            <button type="button" onClick={onEditOpenStory}>
              {t('editOpenStory', { title: openStory })}
            </button>
            <p className="ed-hint">{t('editOpenStoryHint')}</p>
          </li>
        )}
        <li>
          <FileButton label={t('importDraft')} accept=".json,application/json" onFile={onImport} />
          <p className="ed-hint">{t('importDraftHint')}</p>
        </li>
      </ul>
      <section aria-labelledby="ed-drafts-heading">
        <h2 id="ed-drafts-heading">{t('draftsHeading')}</h2>
        {drafts.isError ? (
          <p role="alert">{t('draftsUnavailable', { message: (drafts.error as Error).message })}</p>
        ) : drafts.data === undefined ? (
          <p>{t('draftsLoading')}</p>
        ) : drafts.data.length === 0 ? (
          <p>{t('draftsNone')}</p>
        ) : (
          <table className="ed-drafts">
            <thead>
              <tr>
                <th scope="col">{t('draftTitle')}</th>
                <th scope="col">{t('draftEvents')}</th>
                <th scope="col">{t('draftChanged')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('draftActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {drafts.data.map((d) => {
                const title = draftTextIn(d.title, language) || t('untitled');
                return (
                  <tr key={d.id}>
                    <td>{title}</td>
                    <td>{d.eventCount}</td>
                    <td>{when(d.updated)}</td>
                    <td className="ed-actions">
                      <button type="button" onClick={() => onOpenDraft(d.id)}>
                        {t('openDraft', { title })}
                      </button>
                      {deleting === d.id ? (
                        <>
                          <button type="button" className="ed-danger" onClick={() => void remove(d.id)}>
                            {t('deleteDraftConfirm', { title })}
                          </button>
                          <button type="button" onClick={() => setDeleting(null)}>
                            {t('cancel')}
                          </button>
                        </>
                      ) : (
                        <button type="button" onClick={() => setDeleting(d.id)}>
                          {t('deleteDraft', { title })}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
