import { useCallback } from 'react';
import { translate, type MessageKey, type MessageParams } from '@/domain/i18n';
import { selectLanguage } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';

/** A translate function bound to the interface language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Returns `t(key, params)` in the current interface language; changes identity when the language does. */
export function useT(): Translate {
  const language = useAppStore(selectLanguage);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(language, key, params), [language]);
}
