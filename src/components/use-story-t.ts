import { useCallback } from 'react';
import { formatMessage, type MessageParams } from '@/domain/i18n/i18n';
import { storyEn, type StoryMessageKey } from '@/domain/i18n/story-messages-en';
import { storyId } from '@/domain/i18n/story-messages-id';
import { selectLanguage } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';

/** A translate function for the story layout's words, bound to the interface language. */
export type StoryT = (key: StoryMessageKey, params?: MessageParams) => string;

/** The story layout's words in the interface language; both languages come with the code that uses them. */
export function useStoryT(): StoryT {
  const language = useAppStore(selectLanguage);
  return useCallback(
    (key: StoryMessageKey, params?: MessageParams) =>
      formatMessage(language, (language === 'id' ? storyId : storyEn)[key], params),
    [language],
  );
}
