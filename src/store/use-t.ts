import { useCallback, useEffect, useSyncExternalStore } from 'react';
import {
  hasMessages,
  loadMessages,
  subscribeToMessages,
  translate,
  type MessageKey,
  type MessageParams,
} from '@/domain/i18n/i18n';
import { selectLanguage } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';

/** A translate function bound to the interface language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Returns `t(key, params)` in the current interface language; changes identity when the language
 * does, and again when that language's words arrive (until then they read in English).
 */
export function useT(): Translate {
  const language = useAppStore(selectLanguage);
  const ready = useSyncExternalStore(
    subscribeToMessages,
    () => hasMessages(language),
    () => hasMessages(language),
  );
  useEffect(() => {
    if (!ready) loadMessages(language).catch(() => undefined);
  }, [language, ready]);
  return useCallback(
    (key: MessageKey, params?: MessageParams) => translate(ready ? language : 'en', key, params),
    [language, ready],
  );
}
