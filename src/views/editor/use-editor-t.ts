import { useCallback } from 'react';
import { formatMessage, type MessageParams } from '@/domain/i18n/i18n';
import { editorEn, type EditorMessageKey } from '@/domain/i18n/editor-messages-en';
import { editorId } from '@/domain/i18n/editor-messages-id';
import { selectLanguage } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';

/** A translate function for the editor's words, bound to the interface language. */
export type EditorT = (key: EditorMessageKey, params?: MessageParams) => string;

/** The editor's words in the interface language; both languages come with the editor's code, so they never wait. */
export function useEditorT(): EditorT {
  const language = useAppStore(selectLanguage);
  return useCallback(
    (key: EditorMessageKey, params?: MessageParams) =>
      formatMessage(language, (language === 'id' ? editorId : editorEn)[key], params),
    [language],
  );
}
